package dev.spar.analysis;

import java.util.Optional;

/** A conversation move a learner's turn can make. */
public enum Move {
    GREET("greet"),
    VERIFY("verify"),
    ACKNOWLEDGE("acknowledge"),
    EMPATHISE("empathise"),
    APOLOGISE("apologise"),
    PARAPHRASE("paraphrase"),
    /** Recognising their effort, strength or worth, or reassuring them that it can get better. */
    AFFIRM("affirm"),
    /** Sharing a similar experience of one's own. */
    SELF_DISCLOSE("self-disclose"),
    OPEN_QUESTION("open-question"),
    CLOSED_QUESTION("closed-question"),
    EXPLAIN("explain"),
    CITE_POLICY("cite-policy"),
    OFFER_OPTION("offer-option"),
    /** Suggesting what they could do themselves ("You could try...", "Have you thought about...?"). */
    ADVISE("advise"),
    /** Saying plainly what the speaker needs or wants ("I need the budget signed off by Friday"). */
    STATE_NEED("state-need"),
    STATE_LIMIT("state-limit"),
    NEXT_STEP("next-step"),
    PROMISE("promise"),
    BOUNDARY("boundary"),
    CLOSING_CHECK("closing-check"),
    BLAME("blame"),
    DISMISS("dismiss"),
    CONDESCEND("condescend"),
    HEDGE("hedge"),
    OVER_EXPLAIN("over-explain"),
    CONCEDE("concede");

    private final String id;

    Move(String id) {
        this.id = id;
    }

    /** Returns the identifier used in files and reports. */
    public String id() {
        return id;
    }

    /** Returns whether the move asks something. */
    public boolean isQuestion() {
        return this == OPEN_QUESTION || this == CLOSED_QUESTION || this == VERIFY;
    }

    /** Finds the move with this identifier. */
    public static Optional<Move> byId(String id) {
        for (Move m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
