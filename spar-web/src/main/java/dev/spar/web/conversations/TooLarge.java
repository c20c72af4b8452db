package dev.spar.web.conversations;

/** A request bigger than a limit; the message names the limit. Answered 413. */
public final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the limit. */
    public TooLarge(String message) {
        super(message);
    }
}
