package io.bingescope.publish;

import java.math.BigDecimal;
import java.math.BigInteger;

/** A disclosure policy: how a table of counts is turned into a release. Spelled as on the command line. */
public sealed interface Policy {

  /** Returns the policy as the command line spells it ({@code raw}, {@code threshold:11}, {@code dp:epsilon=1}). */
  String spelling();

  /** Returns the privacy budget the policy spends, or null when it is not differentially private. */
  default BigDecimal epsilon() {
    return null;
  }

  /** The counts as they are. */
  record Raw() implements Policy {
    @Override
    public String spelling() {
      return "raw";
    }
  }

  /**
   * Cells under {@code k} (and above 0) are suppressed, then complementary cells until no suppressed cell can be
   * worked out from the published cells and totals ({@link Suppression}).
   */
  record Threshold(int k) implements Policy {
    public Threshold {
      if (k < 1) {
        throw new IllegalArgumentException("threshold:K needs K >= 1, got " + k);
      }
    }

    @Override
    public String spelling() {
      return "threshold:" + k;
    }
  }

  /**
   * Epsilon-differential privacy for the member: each member counts in at most {@code maxCells} cells, and each cell
   * gets discrete Laplace noise of rate epsilon / maxCells (the L1 sensitivity of the bounded table).
   *
   * @param epsilon the privacy loss, a positive decimal
   * @param maxCells the most cells one member may count in
   * @param clamp whether negative noisy counts are published as 0 (post-processing, labelled in the release)
   */
  record Dp(BigDecimal epsilon, int maxCells, boolean clamp) implements Policy {
    public Dp {
      if (epsilon.signum() <= 0) {
        throw new IllegalArgumentException("dp:epsilon=E needs E > 0, got " + epsilon.toPlainString());
      }
      if (maxCells < 1) {
        throw new IllegalArgumentException("--max-cells needs at least 1, got " + maxCells);
      }
    }

    @Override
    public String spelling() {
      return "dp:epsilon=" + epsilon.stripTrailingZeros().toPlainString();
    }

    /** Returns the noise of each cell: rate epsilon / maxCells, as the exact fraction of epsilon's decimal digits. */
    public DiscreteLaplace noise() {
      BigDecimal e = epsilon.stripTrailingZeros();
      BigInteger num = e.unscaledValue();
      BigInteger den = e.scale() > 0 ? BigInteger.TEN.pow(e.scale()) : BigInteger.ONE;
      if (e.scale() < 0) {
        num = num.multiply(BigInteger.TEN.pow(-e.scale()));
      }
      den = den.multiply(BigInteger.valueOf(maxCells));
      BigInteger g = num.gcd(den);
      return new DiscreteLaplace(num.divide(g).longValueExact(), den.divide(g).longValueExact());
    }

    /** Returns the policy's e^epsilon: the most one member can change the odds of any release. */
    public double oddsBound() {
      return Math.exp(epsilon.doubleValue());
    }
  }

  /**
   * Parses {@code raw}, {@code threshold:K} or {@code dp:epsilon=E}; {@code maxCells} and {@code clamp} apply to dp.
   *
   * @throws IllegalArgumentException with a message saying what was expected
   */
  static Policy parse(String text, int maxCells, boolean clamp) {
    String expected = "expected raw, threshold:K (a whole K >= 1) or dp:epsilon=E (a decimal E > 0, at most 1000),"
        + " found '" + text + "'";
    if (text.equals("raw")) {
      return new Raw();
    }
    try {
      if (text.startsWith("threshold:")) {
        return new Threshold(Integer.parseInt(text.substring("threshold:".length())));
      }
      if (text.startsWith("dp:epsilon=")) {
        BigDecimal e = new BigDecimal(text.substring("dp:epsilon=".length()));
        if (e.compareTo(BigDecimal.valueOf(1000)) > 0 || e.scale() > 9) {
          throw new IllegalArgumentException(expected);
        }
        return new Dp(e, maxCells, clamp);
      }
    } catch (NumberFormatException bad) {
      throw new IllegalArgumentException(expected);
    } catch (IllegalArgumentException bad) {
      throw new IllegalArgumentException(bad.getMessage().startsWith("expected") ? bad.getMessage()
          : bad.getMessage() + " (" + expected + ")");
    }
    throw new IllegalArgumentException(expected);
  }
}
