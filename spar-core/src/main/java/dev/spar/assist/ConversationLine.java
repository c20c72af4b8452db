package dev.spar.assist;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a live conversation, as it happened.
 *
 * @param speaker who said it
 * @param text what they said
 */
public record ConversationLine(Speaker speaker, String text) {
    /** Who said a line: the customer, or the rep being assisted. */
    public enum Speaker {
        CUSTOMER("customer"),
        REP("rep");

        private final String id;

        Speaker(String id) {
            this.id = id;
        }

        /** Returns the identifier used in requests and reports. */
        public String id() {
            return id;
        }

        /** Finds the speaker with this identifier. */
        public static Optional<Speaker> byId(String id) {
            for (Speaker s : values()) {
                if (s.id.equals(id)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    public ConversationLine {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }

    /** Returns a line the customer said. */
    public static ConversationLine customer(String text) {
        return new ConversationLine(Speaker.CUSTOMER, text);
    }

    /** Returns a line the rep sent. */
    public static ConversationLine rep(String text) {
        return new ConversationLine(Speaker.REP, text);
    }

    /** Returns whether the customer said it. */
    public boolean byCustomer() {
        return speaker == Speaker.CUSTOMER;
    }
}
