package dev.spar.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One conversation to practise: who the learner is and wants, who the counterpart is, and what they
 * can say.
 *
 * @param id stable identifier, lower-case words joined by dashes ({@code refund-outside-window})
 * @param title short human title
 * @param category library shelf
 * @param situation one line that says what the conversation is about
 * @param difficulty default difficulty, 1 (gentle) to 5 (hard)
 * @param opener who speaks first
 * @param learner the learner's side
 * @param persona the counterpart
 * @param decisionMap for customer conversations, what is known and allowed; may be absent
 * @param checklist optional steps the learner should cover (greeting, verification, ...)
 * @param facts values for slots in lines, such as {@code order_number}
 * @param versions versions of the person a seed chooses between; may be empty
 * @param lines the counterpart's authored lines
 */
public record Scenario(
        String id,
        String title,
        Category category,
        String situation,
        int difficulty,
        Opener opener,
        LearnerBrief learner,
        Persona persona,
        Optional<DecisionMap> decisionMap,
        List<String> checklist,
        Map<String, String> facts,
        List<PersonaVersion> versions,
        Lines lines) {

    public Scenario {
        checklist = List.copyOf(checklist);
        // In the author's order, the same in every run: Map.copyOf would iterate in an order that changes from one
        // process to the next, and with it which of two equally named facts a question is taken to ask for.
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        versions = List.copyOf(versions);
    }

    /**
     * Returns the text with this scenario's fact slots ({@code {order_number}}) filled in; unknown slots
     * stay as they are.
     */
    public String withFacts(String text) {
        String out = text;
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            out = out.replace("{" + fact.getKey() + "}", fact.getValue());
        }
        return out;
    }

    /** Library shelves. */
    public enum Category {
        CUSTOMER_SERVICE("customer-service", "Customer service"),
        WORKPLACE("workplace", "Workplace"),
        FREELANCE_SALES("freelance-sales", "Freelance and sales"),
        PERSONAL("personal", "Personal");

        private final String id;
        private final String title;

        Category(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** Returns the identifier used in files. */
        public String id() {
            return id;
        }

        /** Returns the shelf's display title. */
        public String title() {
            return title;
        }

        /** Finds the category with this file identifier. */
        public static Optional<Category> byId(String id) {
            for (Category c : values()) {
                if (c.id.equals(id)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** Who speaks first. */
    public enum Opener {
        COUNTERPART,
        LEARNER
    }
}
