package io.bingescope.cli;

/** An error the user can fix (bad file, option or input): printed as a message with exit code 2, no stack trace. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }
}
