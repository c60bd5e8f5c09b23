package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The household: how many people share the account. Each profile that watched is a person; a
 * profile is a child's when it has a kids' profile's name ({@link #KIDS_NAMES}: "Kids", "Niños",
 * "Enfants", "Kinder", ...) or when at least 80% of its views are of titles tagged {@code kids}. Children share one kids' profile, so the claim
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
   * The names of a kids' profile, lower-cased: Netflix's default name for it in the commonest
   * interface languages (and the same without accents, as people retype them). A profile with
   * another name is a child's only by what it watches ({@link #KIDS_SHARE}), which an export cannot
   * show: its titles carry no genre or tag.
   */
  static final java.util.Set<String> KIDS_NAMES =
      java.util.Set.of(
          "kids", "niños", "ninos", "infantil", "enfants", "kinder", "crianças", "criancas", "bambini",
          "kinderen", "barn", "børn", "born", "lapset", "dzieci", "děti", "deti", "copii", "gyerekek",
          "παιδιά", "дети", "діти", "çocuk", "çocuklar", "cocuk", "子ども", "子供", "キッズ", "儿童", "兒童",
          "어린이", "키즈", "ילדים", "أطفال", "anak-anak", "trẻ em", "เด็ก");

  /** The ASCII names of {@link #KIDS_NAMES}, compared without a lower-case copy. */
  private static final String[] ASCII_KIDS_NAMES =
      KIDS_NAMES.stream().filter(n -> n.chars().allMatch(c -> c < 0x80)).sorted().toArray(String[]::new);

  /**
   * Returns whether a profile's name lower-cased is one of {@link #KIDS_NAMES}, without a lower-case
   * copy when the name is ASCII (lower-casing other letters may change the length: those are copied).
   */
  static boolean isKids(String name) {
    int n = name.length();
    for (int i = 0; i < n; i++) {
      if (name.charAt(i) >= 0x80) {
        return KIDS_NAMES.contains(name.toLowerCase(Locale.ROOT));
      }
    }
    for (String kids : ASCII_KIDS_NAMES) {
      if (kids.length() == n && asciiEqualsIgnoringCase(name, kids)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiEqualsIgnoringCase(String name, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
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
        claim(
            o,
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
