package io.bingescope.infer;

import java.util.Objects;

/**
 * One fact from the viewing log that supports a claim, in plain words and as a figure.
 *
 * @param text what was seen, in plain words ("viewing after 01:00 local on 12 of 24 nights")
 * @param figure the figure the text states (12 here), or NaN when the evidence is not a number
 */
public record Evidence(String text, double figure) {

  public Evidence {
    Objects.requireNonNull(text, "text");
  }

  /** Returns evidence stated in words only. */
  public static Evidence of(String text) {
    return new Evidence(text, Double.NaN);
  }
}
