package dev.spar.review;

import java.util.Locale;
import java.util.Optional;

/** Which side of a real conversation a turn is from. */
public enum Role {
    /** The person whose side is reviewed: the support agent, the rep. */
    AGENT("agent"),
    /** The other person: the customer. */
    CUSTOMER("customer");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** Returns the identifier used in files, requests and reports. */
    public String id() {
        return id;
    }

    /** Finds the role with this identifier, ignoring case. */
    public static Optional<Role> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.id.equals(wanted)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
