package io.bingescope.infer;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Every inference, run for one member at a time: observes the history once ({@link
 * Observations}) and lets each {@link Inference} decide its claims ({@link #decide}, no object
 * per member), then word them when someone reads them ({@link #word}); {@link #run} does both.
 * One instance per thread; it reuses its scratch from member to member.
 */
public final class Inferences {
  private final Observations observations = new Observations();
  private final List<Inference> all;
  private final Inference[] array;
  private final int[] decided = new int[ClaimKind.values().length];
  private int claims;

  /** Creates the inferences of every {@link ClaimKind}, with a wellness rule. */
  public Inferences(WellnessRule rule) {
    Objects.requireNonNull(rule, "rule");
    this.array =
        Arrays.stream(ClaimKind.values()).map(k -> k.newInference(rule)).toArray(Inference[]::new);
    this.all = List.of(array);
  }

  /** Creates the inferences with the default wellness rule. */
  public Inferences() {
    this(WellnessRule.DEFAULT);
  }

  /** Returns the inferences, one per {@link ClaimKind}, in kind order. */
  public List<Inference> all() {
    return all;
  }

  /** Returns the inference of a kind. */
  public Inference of(ClaimKind kind) {
    return all.get(kind.ordinal());
  }

  /**
   * Appends every claim about the member of {@code h} (in time order) over the period {@code [first,
   * last]} of local days to {@code out}, in kind order; {@code profileNames} names its profiles.
   */
  public void run(
      History h,
      Catalog c,
      List<String> profileNames,
      LocalDate first,
      LocalDate last,
      List<Claim> out) {
    run(h, c, profileNames, first, last, "", out);
  }

  /**
   * Appends the claims like {@link #run(History, Catalog, List, LocalDate, LocalDate, List)}, for
   * claims about one profile ({@code scope}, its name) or the whole account (empty).
   */
  public void run(
      History h,
      Catalog c,
      List<String> profileNames,
      LocalDate first,
      LocalDate last,
      String scope,
      List<Claim> out) {
    if (decide(h, c, profileNames, first, last, scope) > 0) {
      word(out);
    }
  }

  /**
   * Decides every claim about the member of {@code h} like {@link #run(History, Catalog, List,
   * LocalDate, LocalDate, String, List)} without wording them, and returns how many there are.
   * They stay until the next call: {@link #decided(ClaimKind)} counts them, {@link #word} words
   * them, {@link ScorecardBuilder#add(io.bingescope.model.MemberTraits, Inferences)} scores them.
   */
  public int decide(
      History h,
      Catalog c,
      List<String> profileNames,
      LocalDate first,
      LocalDate last,
      String scope) {
    Observations o = observations.observe(h, c, profileNames, first, last, scope);
    int n = 0;
    for (int k = 0; k < array.length; k++) {
      decided[k] = array[k].decide(o);
      n += decided[k];
    }
    claims = n;
    return n;
  }

  /** Returns the claims of a kind last decided. */
  public int decided(ClaimKind kind) {
    return decided[kind.ordinal()];
  }

  /** Returns the claims last decided, of every kind. */
  public int decided() {
    return claims;
  }

  /** Appends the claims last decided ({@link #decide}) to {@code out} in words, in kind order. */
  public void word(List<Claim> out) {
    for (int k = 0; k < array.length; k++) {
      if (decided[k] > 0) {
        array[k].word(observations, out);
      }
    }
  }
}
