package dev.spar.web.teams;

import java.util.Locale;

/** A person's role in one team. */
public enum Role {
    /** Practises, sees their own assignments, comments and the team's weekly moments. */
    LEARNER,
    /** Assigns work and sees the team's shared and assigned runs. */
    COACH;

    /** Returns the role's name as stored and sent: {@code learner} or {@code coach}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the role with this name.
     *
     * @throws IllegalArgumentException naming the two roles
     */
    public static Role of(String id) {
        if (id != null) {
            for (Role r : values()) {
                if (r.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("The role is 'learner' or 'coach'.");
    }
}
