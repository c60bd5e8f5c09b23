package io.bingescope.analytics.realism;

/** A targets file that cannot be used: every problem, one per line as {@code FILE:LINE: message}. */
public final class TargetsException extends Exception {
  private static final long serialVersionUID = 1L;

  TargetsException(String message) {
    super(message);
  }
}
