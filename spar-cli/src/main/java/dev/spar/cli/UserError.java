package dev.spar.cli;

/** Something the user asked for that cannot be done, said plainly; exits with status 2. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }

    /** Creates the error with what caused it, which --verbose prints. */
    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
