package dev.spar.store;

/** The run history could not be read or written. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with what was being done and why it failed. */
    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    /** Creates the exception with a message that says all a person needs; the cause is kept for the log. */
    static StoreException plain(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    private StoreException(String message, Throwable cause, boolean plain) {
        super(message, cause);
    }
}
