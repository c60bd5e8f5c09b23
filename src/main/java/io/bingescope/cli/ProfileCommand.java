package io.bingescope.cli;

import io.bingescope.infer.Claim;
import io.bingescope.infer.ClaimKind;
import io.bingescope.infer.GroundTruth;
import io.bingescope.infer.Inferences;
import io.bingescope.io.InputException;
import io.bingescope.io.run.MemberSource;
import io.bingescope.io.run.MembersReader;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.report.ProfileText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints what the platform could conclude about one member from its views. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints what a platform could conclude about one member from its views alone.",
      "",
      "INPUT is a simulate output directory, a views.csv, or your own Netflix export",
      "(ViewingActivity.csv, NetflixViewingHistory.csv, the archive's folder or .zip).",
      "Each claim in plain words (docs/inference.md), with its confidence and the views, days and",
      "figures behind it. On simulated input the member's hidden truth (members.csv) follows each",
      "claim, and whether the claim is right. --profile restricts the views to one profile's, as",
      "for a Netflix export (one account, several profiles).",
      "",
      "Examples:",
      "  bingescope profile out --member 17",
      "  bingescope profile out --member 9 --profile Riley",
      "  bingescope profile netflix-report.zip --profile Sam --zone Europe/Berlin"
    })
final class ProfileCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A simulate output directory, a views.csv, or a Netflix export.")
  Path input;

  @Option(names = "--member", paramLabel = "ID",
      description = "The member (default: the first member with views).")
  Integer member;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Only this profile's views (default: the whole account).")
  String profile;

  @CommandLine.Mixin InferenceOptions options;

  @CommandLine.Mixin ImportOptions importOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (member != null && member < 0) {
      throw new UserException("--member: expected a member id >= 0, found " + member);
    }
    Inferences inferences = new Inferences(options.rule());
    InferenceInput in = InferenceInput.open(
        importOptions.resolve(input, spec.commandLine().getErr()), options.scenario, options.sets);
    History h = new History();
    List<String> names;
    int firstId = -1;
    try (MemberSource source = in.stored().open(in.catalog())) {
      boolean found = false;
      while (source.next(h)) {
        firstId = firstId < 0 ? h.memberId() : firstId;
        if (member == null || h.memberId() == member) {
          found = true;
          break;
        }
        if (h.memberId() > member) {
          break;
        }
      }
      if (!found) {
        throw new UserException(member == null
            ? in.stored().views() + ": holds no views"
            : in.stored().views() + ": member " + member + " has no views"
                + (firstId < 0 ? "" : " (the first member with views is " + firstId + ")"));
      }
      names = List.copyOf(source.profiles());
    }
    String scope = "";
    History account = h.copy();
    if (profile != null) {
      int p = names.indexOf(profile);
      if (p < 0) {
        throw new UserException("--profile: member " + h.memberId() + " has no profile '"
            + profile + "' with views; its profiles: " + String.join(", ", names));
      }
      ByProfile.keep(account, p, h);
      scope = profile;
    }
    List<Claim> claims = new ArrayList<>();
    inferences.run(h, in.catalog(), names, in.period().first(), in.period().last(), scope,
        claims);
    if (profile != null) {
      // Who shares the account is a fact of the account, not of one profile's views.
      List<Claim> whole = new ArrayList<>();
      inferences.run(account, in.catalog(), names, in.period().first(), in.period().last(),
          whole);
      claims.removeIf(c -> c.kind() == ClaimKind.HOUSEHOLD);
      whole.stream().filter(c -> c.kind() == ClaimKind.HOUSEHOLD).forEach(claims::add);
      claims.sort(java.util.Comparator.comparing(Claim::kind));
    }
    Map<ClaimKind, String> withheld = new EnumMap<>(ClaimKind.class);
    in.withholdUnsupported(claims, withheld);
    MemberTraits traits = traits(in, h.memberId());
    GroundTruth truth = in.truth();
    PrintWriter out = spec.commandLine().getOut();
    String title = String.format(Locale.ROOT,
        "What the platform could conclude about member %d%s (profiles: %s), from %,d views,"
            + " %s..%s", h.memberId(), profile == null ? "" : ", profile " + profile,
        String.join(", ", names), h.size(), in.period().first(), in.period().last());
    out.print(ProfileText.render(title, claims, inferences, traits, truth, withheld.keySet()));
    if (!withheld.isEmpty()) {
      out.println("Withheld, as the input cannot support them: "
          + InferenceInput.describe(withheld) + ".");
    }
    if (traits != null && !in.note().isEmpty()) {
      out.println("Note: " + in.note() + ".");
    }
    out.flush();
    return 0;
  }

  /** Returns the member's truth from members.csv, or null without one. */
  private static MemberTraits traits(InferenceInput in, int memberId) throws Exception {
    if (in.members().isEmpty()) {
      return null;
    }
    try (MembersReader r = MembersReader.open(in.members().get())) {
      for (MemberTraits t = r.next(); t != null; t = r.next()) {
        if (t.memberId() == memberId) {
          return t;
        }
      }
    }
    throw new InputException(in.members().get() + ": expected a row for member " + memberId
        + ", who has views; found none");
  }
}
