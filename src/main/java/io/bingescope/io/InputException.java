package io.bingescope.io;

/**
 * A problem with an input file that the user can fix (a missing file, a bad header, a malformed or
 * out-of-order row). Its message is complete, says where ({@code FILE:LINE}) and what was expected
 * and found, and is meant to be printed as is, without a stack trace.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message for the user. */
  public InputException(String message) {
    super(message);
  }

  /** Creates an exception with a message for the user and the failure behind it. */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
