package dev.spar.simulation;

/** Who said a turn. */
public enum Speaker {
    LEARNER("learner"),
    COUNTERPART("counterpart");

    private final String id;

    Speaker(String id) {
        this.id = id;
    }

    /** Returns the identifier used in reports. */
    public String id() {
        return id;
    }
}
