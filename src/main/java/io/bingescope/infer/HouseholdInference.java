package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The household: how many people share the account. Each profile that watched is a person; a
 * profile is a child's when it is named "Kids" (Netflix's default name) or when at least 80% of
 * its views are of titles tagged {@code kids}. Children share one kids' profile, so the claim
 * says "children", not how many. Views that start while another profile is watching (concurrent
 * streams) are shown as evidence that several people are at home.
 */
public final class HouseholdInference implements Inference {
  /** Views needed before a claim. */
  static final int MIN_VIEWS = 3;
  /** The share of kids' titles that makes a profile a child's. */
  static final double KIDS_SHARE = 0.8;
  /** The most profiles an account has (Netflix's limit): a larger household cannot show more. */
  static final int MAX_PROFILES = 5;

  @Override
  public ClaimKind kind() {
    return ClaimKind.HOUSEHOLD;
  }

  // The decision: adult profiles, and whether a child's profile watched.
  private int adults;
  private boolean kids;

  @Override
  public int decide(Observations o) {
    if (o.views() < MIN_VIEWS) {
      return 0;
    }
    int adults = 0;
    boolean kids = false;
    for (int p = 0; p < o.profiles(); p++) {
      if (o.profileViews(p) == 0) {
        continue;
      }
      if (child(o, p)) {
        kids = true;
      } else {
        adults++;
      }
    }
    this.adults = adults;
    this.kids = kids;
    return 1;
  }

  /** Returns whether profile {@code p}, which watched, is a child's. */
  private static boolean child(Observations o, int p) {
    int views = o.profileViews(p);
    double kidsShare = (double) o.profileKidsViews(p) / views;
    return isKids(o.profileName(p)) || (views >= MIN_VIEWS && kidsShare >= KIDS_SHARE);
  }

  /**
   * Returns whether a profile's name lower-cased is "kids", without a lower-case copy when the
   * name is ASCII (lower-casing other letters may change the length: those are copied).
   */
  static boolean isKids(String name) {
    int n = name.length();
    // Lower-casing never shortens a name, and lengthens only U+0130 (to "i" and U+0307, not in
    // "kids"): no other length can become "kids".
    if (n != 4) {
      return false;
    }
    boolean kids = true;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return name.toLowerCase(Locale.ROOT).equals("kids");
      }
      if (kids && (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != "kids".charAt(i)) {
        kids = false;
      }
    }
    return kids;
  }

  @Override
  public void word(Observations o, List<Claim> out) {
    List<Evidence> evidence = new ArrayList<>(o.profiles() + 1);
    for (int p = 0; p < o.profiles(); p++) {
      int views = o.profileViews(p);
      if (views == 0) {
        continue;
      }
      double kidsShare = (double) o.profileKidsViews(p) / views;
      evidence.add(
          new Evidence(
              "profile " + o.profileName(p) + ": " + views + " views, "
                  + Text.percent(kidsShare) + " of them kids' titles"
                  + (child(o, p) ? " (a child's profile)" : ""), views));
    }
    evidence.add(
        new Evidence(
            o.concurrentViews() + " views started while another profile was watching",
            o.concurrentViews()));
    String value = value(adults, kids);
    String people =
        adults == 0
            ? "children only"
            : Text.count(adults, "adult", "adults") + (kids ? " and children" : "");
    double confidence = (double) o.views() / (o.views() + 10) * (adults == 0 ? 0.5 : 1);
    out.add(
        new Claim(
            o.memberId(),
            o.scope(),
            kind(),
            value,
            "The account is shared by " + people + ": "
                + Text.count(adults + (kids ? 1 : 0), "profile watches", "profiles watch") + ".",
            confidence,
            evidence));
  }

  @Override
  public boolean truth(MemberTraits traits, GroundTruth truth) {
    return true;
  }

  @Override
  public boolean right(Claim claim, MemberTraits traits, GroundTruth truth) {
    return claim.value().equals(value(traits));
  }

  @Override
  public boolean decidedRight(int i, MemberTraits traits, GroundTruth truth) {
    boolean trueKids = traits.household().kids() > 0;
    return kids == trueKids && adults == trueAdults(traits, trueKids);
  }

  /** Returns the truth in the claim's form: adults (as many as can have a profile), +kids. */
  static String value(MemberTraits traits) {
    boolean kids = traits.household().kids() > 0;
    return value(trueAdults(traits, kids), kids);
  }

  private static int trueAdults(MemberTraits traits, boolean kids) {
    return Math.min(traits.household().adults(), MAX_PROFILES - (kids ? 1 : 0));
  }

  private static String value(int adults, boolean kids) {
    return adults + (kids ? "+kids" : "");
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    MemberTraits.Household h = traits.household();
    return h.kind() + ": " + Text.count(h.adults(), "adult", "adults") + ", "
        + Text.count(h.kids(), "child", "children");
  }
}
