package dev.spar.web.teams;

/**
 * The caller may see this but not do this (a learner on a coach's route, anyone but an administrator on an
 * administrator's). Something the caller may not even see is a {@link dev.spar.web.practice.NotFound} instead.
 */
public final class Forbidden extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says who may do it. */
    public Forbidden(String message) {
        super(message);
    }
}
