package dev.spar.web.practice;

/** What was asked for does not exist, or belongs to someone else: the two look the same from outside. */
public final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message a person can act on. */
    public NotFound(String message) {
        super(message);
    }
}
