package io.bingescope.io;

/**
 * A problem with the output location that the user can fix (the directory is not empty, the path is
 * a file, the disk refused a write). Its message is complete and meant to be printed as is, without
 * a stack trace.
 */
public final class OutputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message for the user. */
  public OutputException(String message) {
    super(message);
  }

  /** Creates an exception with a message for the user and the I/O failure behind it. */
  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
