package dev.spar.scenario;

import java.util.Optional;

/** What the counterpart means to do with its next line. */
public enum Intent {
    OPEN("open"),
    VENT("vent"),
    DEMAND("demand"),
    CHALLENGE("challenge"),
    ANSWER("answer"),
    CURVEBALL("curveball"),
    REJECT_OPTION("reject-option"),
    SOFTEN("soften"),
    ACCEPT("accept"),
    ESCALATE("escalate"),
    END_RESOLVED("end-resolved"),
    END_ESCALATED("end-escalated"),
    END_WALKED_AWAY("end-walked-away");

    private final String id;

    Intent(String id) {
        this.id = id;
    }

    /** Returns the identifier used in scenario files. */
    public String id() {
        return id;
    }

    /** Returns whether a line of this intent ends the conversation. */
    public boolean ends() {
        return this == END_RESOLVED || this == END_ESCALATED || this == END_WALKED_AWAY;
    }

    /** Finds the intent with this file identifier. */
    public static Optional<Intent> byId(String id) {
        for (Intent i : values()) {
            if (i.id.equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
