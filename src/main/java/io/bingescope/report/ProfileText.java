package io.bingescope.report;

import io.bingescope.infer.Claim;
import io.bingescope.infer.ClaimKind;
import io.bingescope.infer.Evidence;
import io.bingescope.infer.GroundTruth;
import io.bingescope.infer.Inference;
import io.bingescope.infer.Inferences;
import io.bingescope.model.MemberTraits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * "What the platform knows about you": one member's claims in plain words, each with its
 * confidence and evidence, then the kinds of claim the views did not support. When the simulated
 * truth is known, each claim is followed by the truth and whether the claim is right.
 */
public final class ProfileText {
  private ProfileText() {}

  /**
   * Renders the report.
   *
   * @param title the first line, naming the member (and profile) and the views read
   * @param claims the member's claims
   * @param inferences the inferences that made them (for the truth's words and tolerances)
   * @param traits the member's truth, or null when unknown
   * @param truth the run's ground truth, or null when unknown
   */
  public static String render(
      String title,
      List<Claim> claims,
      Inferences inferences,
      MemberTraits traits,
      GroundTruth truth) {
    return render(title, claims, inferences, traits, truth, EnumSet.noneOf(ClaimKind.class));
  }

  /**
   * Returns the report like {@link #render(String, List, Inferences, MemberTraits, GroundTruth)},
   * leaving the kinds in {@code withheld} (which the input cannot support) out of the kinds "not
   * concluded": the caller says why they are withheld.
   */
  public static String render(
      String title,
      List<Claim> claims,
      Inferences inferences,
      MemberTraits traits,
      GroundTruth truth,
      Set<ClaimKind> withheld) {
    StringBuilder b = new StringBuilder(title).append("\n\n");
    Set<ClaimKind> made = EnumSet.noneOf(ClaimKind.class);
    int n = 0;
    for (Claim c : claims) {
      made.add(c.kind());
      n++;
      b.append(n).append(". ").append(capitalised(c.kind().label()))
          .append(c.profile().isEmpty() ? "" : " (profile " + c.profile() + ")")
          .append(", confidence ").append(Math.round(100 * c.confidence())).append("%\n");
      wrap(b, c.statement(), "   ");
      for (Evidence e : c.evidence()) {
        wrap(b, "- " + e.text(), "   ");
      }
      if (traits != null && truth != null) {
        Inference i = inferences.of(c.kind());
        if (i.scorable(truth)) {
          wrap(b, "truth: " + i.truthText(traits, truth) + " -> the claim is "
              + (i.right(c, traits, truth) ? "right" : "wrong"), "   ");
        } else {
          wrap(b, "truth: " + i.truthText(traits, truth), "   ");
        }
      }
      b.append('\n');
    }
    if (n == 0) {
      b.append("The views support no claim.\n\n");
    }
    List<String> not = new ArrayList<>();
    for (ClaimKind k : ClaimKind.values()) {
      if (!made.contains(k) && !withheld.contains(k)) {
        not.add(k.label());
      }
    }
    if (!not.isEmpty()) {
      wrap(b, "Not concluded from these views: " + String.join(", ", not) + ".", "");
      if (traits != null && truth != null) {
        for (ClaimKind k : ClaimKind.values()) {
          Inference i = inferences.of(k);
          if (!made.contains(k) && i.scorable(truth) && i.truth(traits, truth)) {
            wrap(b, "missed (truth): " + k.label() + ": " + i.truthText(traits, truth), "  ");
          }
        }
      }
    }
    return b.toString();
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Appends text wrapped at 100 columns, each line indented, continuation lines by 2 more. */
  private static void wrap(StringBuilder b, String text, String indent) {
    int width = 100;
    String prefix = indent;
    String rest = text;
    while (prefix.length() + rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width - prefix.length());
      if (cut <= 0) {
        break;
      }
      b.append(prefix).append(rest, 0, cut).append('\n');
      rest = rest.substring(cut + 1);
      prefix = indent + "  ";
    }
    b.append(prefix).append(rest).append('\n');
  }
}
