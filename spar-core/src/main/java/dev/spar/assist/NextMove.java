package dev.spar.assist;

import java.util.List;

/**
 * A move of the framework to make next, with ready phrasings in the customer's words.
 *
 * @param step the move
 * @param why why this move now
 * @param phrasings two or three short ways to say it; {@code [brackets]} mark what only the rep knows
 */
public record NextMove(Step step, String why, List<String> phrasings) {

    /** The moves of the framework, plus a stabilising line that buys time. */
    public enum Step {
        BOUNDARY("boundary", "Set a respectful boundary"),
        ACKNOWLEDGE("acknowledge", "Acknowledge the impact"),
        SUMMARISE("summarise", "Summarise neutrally"),
        ASK("ask", "Ask for the missing fact"),
        CAN_AND_CANNOT("can-and-cannot", "Say what you can and cannot do"),
        NEXT_STEP("next-step", "Give the next step"),
        CLOSING_CHECK("closing-check", "Check it is really done"),
        STABILISE("stabilise", "Buy a moment");

        private final String id;
        private final String title;

        Step(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** Returns the identifier used in reports. */
        public String id() {
            return id;
        }

        /** Returns a short human title. */
        public String title() {
            return title;
        }
    }

    public NextMove {
        phrasings = List.copyOf(phrasings);
    }
}
