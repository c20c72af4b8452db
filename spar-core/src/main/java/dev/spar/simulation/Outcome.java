package dev.spar.simulation;

import java.util.Optional;

/** How a practice conversation ended. */
public enum Outcome {
    /** Still going. */
    IN_PROGRESS("in-progress", "Still going"),
    /** The counterpart agreed to a way forward. */
    RESOLVED("resolved", "Resolved: they agreed to a way forward"),
    /** The counterpart asked for a manager or took it higher. */
    ESCALATED("escalated", "Escalated: they took it over your head"),
    /** The counterpart walked away or hung up. */
    WALKED_AWAY("walked-away", "They walked away"),
    /** The learner ended it before the counterpart did. */
    ENDED_BY_LEARNER("ended-by-learner", "You ended it before it was settled"),
    /** The role-play stopped because someone's safety was involved. */
    STOPPED_FOR_SAFETY("stopped-for-safety", "Stopped: this needs a person, not a role-play");

    private final String id;
    private final String description;

    Outcome(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Returns the identifier used in reports. */
    public String id() {
        return id;
    }

    /** Returns a one-line description for the learner. */
    public String description() {
        return description;
    }

    /** Returns whether the conversation is over. */
    public boolean isFinal() {
        return this != IN_PROGRESS;
    }

    /**
     * Returns whether a run that stands or ended this way is reviewed: one stopped for safety is not. Its lines are
     * no practice to score, critique or count among the learner's habits; they need a person.
     */
    public boolean isReviewed() {
        return this != STOPPED_FOR_SAFETY;
    }

    /** Returns the outcome with this identifier (as in reports and stored runs), if there is one. */
    public static Optional<Outcome> byId(String id) {
        for (Outcome o : values()) {
            if (o.id.equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
