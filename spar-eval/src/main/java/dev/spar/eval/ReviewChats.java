package dev.spar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.spar.review.ConversationReview;
import dev.spar.review.ConversationReviewer;
import dev.spar.review.ReviewFinding;
import dev.spar.review.Role;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project's own support-chat turns for the review of real conversations ({@code review/chats-dev*.yaml}): agent
 * turns of the kinds people rate impolite or poor, each in its chat, and near misses that are fine. Reports, per
 * kind, how many of its turns the review flags: all of a poor kind should be, none of a fine one.
 */
public final class ReviewChats {
    /**
     * The development files: the first, one written after the first round of changes, and one of kinds the first two
     * do not have (bare orders, putting the customer right, capitals, hurrying...).
     */
    static final List<String> DEV =
            List.of("review/chats-dev.yaml", "review/chats-dev2.yaml", "review/chats-dev3.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String FINE = "fine";

    private ReviewChats() {}

    /**
     * One judged agent turn in its chat.
     *
     * @param kind what is wrong with it, or {@code fine-...} for a near miss
     * @param chat the lines in order; the last is the agent turn judged
     */
    public record Item(String kind, List<Utterance> chat) {
        public Item {
            chat = List.copyOf(chat);
        }

        boolean poor() {
            return !kind.startsWith(FINE);
        }
    }

    /** An item and the problems the review found in its last turn. */
    public record Outcome(Item item, Set<String> problems) {}

    /** Reviews every item of the development files. */
    public static Report run(ConversationReviewer reviewer) {
        List<Item> items = new ArrayList<>();
        DEV.forEach(file -> items.addAll(read(file)));
        return run(reviewer, items);
    }

    /**
     * Reviews the items of one development file ({@code dev2} for {@code chats-dev2.yaml}); an unknown name is an
     * {@link IllegalArgumentException} listing the names there are.
     */
    public static Report run(ConversationReviewer reviewer, String file) {
        String resource = "review/chats-" + file + ".yaml";
        if (!DEV.contains(resource)) {
            throw new IllegalArgumentException(
                    "there is no review development file '" + file + "'; there are [dev, dev2, dev3]");
        }
        return run(reviewer, read(resource));
    }

    /** Reviews given items. */
    public static Report run(ConversationReviewer reviewer, List<Item> items) {
        List<Outcome> out = new ArrayList<>();
        for (Item item : items) {
            ConversationReview review = reviewer.review(Transcript.of("review-dev", item.chat()));
            Set<String> problems = new LinkedHashSet<>();
            for (ReviewFinding f : review.at(item.chat().size())) {
                if (f.isProblem()) {
                    problems.add(f.category().id());
                }
            }
            out.add(new Outcome(item, problems));
        }
        return new Report(out);
    }

    /** The figures of one run. */
    public record Report(List<Outcome> outcomes) {
        public Report {
            outcomes = List.copyOf(outcomes);
        }

        /** Returns, per kind in file order, how many turns it has and how many were flagged. */
        public Map<String, int[]> byKind() {
            Map<String, int[]> kinds = new LinkedHashMap<>();
            for (Outcome o : outcomes) {
                int[] n = kinds.computeIfAbsent(o.item().kind(), k -> new int[2]);
                n[0]++;
                n[1] += o.problems().isEmpty() ? 0 : 1;
            }
            return kinds;
        }

        /** Returns how many poor turns there are and how many were flagged. */
        public int[] poor() {
            return count(true);
        }

        /** Returns how many fine turns there are and how many were flagged (false alarms). */
        public int[] fine() {
            return count(false);
        }

        private int[] count(boolean poor) {
            int n = 0;
            int flagged = 0;
            for (Outcome o : outcomes) {
                if (o.item().poor() == poor) {
                    n++;
                    flagged += o.problems().isEmpty() ? 0 : 1;
                }
            }
            return new int[] {n, flagged};
        }

        /** Returns a table per kind, then (with {@code details}) each poor turn missed and each fine turn flagged. */
        public String toText(boolean details) {
            StringBuilder out = new StringBuilder("Review of real conversations, the project's development turns\n");
            out.append(String.format(Locale.ROOT, "%-24s %6s %8s%n", "kind", "turns", "flagged"));
            byKind().forEach((k, n) -> out.append(String.format(Locale.ROOT, "%-24s %6d %8d%n", k, n[0], n[1])));
            int[] poor = poor();
            int[] fine = fine();
            out.append(String.format(
                    Locale.ROOT,
                    "poor turns flagged %d of %d (%.3f); fine turns flagged %d of %d (%.3f)%n",
                    poor[1],
                    poor[0],
                    share(poor),
                    fine[1],
                    fine[0],
                    share(fine)));
            if (details) {
                for (Outcome o : outcomes) {
                    boolean wrong = o.item().poor() == o.problems().isEmpty();
                    if (wrong) {
                        out.append(o.item().poor() ? "missed  " : "flagged ")
                                .append(o.item().kind())
                                .append(": ")
                                .append(o.item().chat().getLast().text())
                                .append(o.problems().isEmpty() ? "" : "  " + o.problems())
                                .append('\n');
                    }
                }
            }
            return out.toString();
        }

        /** Returns the figures as JSON: per kind the turns and flagged, and the poor and fine totals. */
        public String toJson() {
            ObjectNode root = YAML.createObjectNode();
            root.put("set", "review development turns");
            ObjectNode kinds = root.putObject("kinds");
            byKind().forEach((k, n) -> kinds.putObject(k).put("turns", n[0]).put("flagged", n[1]));
            root.putObject("poor").put("turns", poor()[0]).put("flagged", poor()[1]);
            root.putObject("fine").put("turns", fine()[0]).put("flagged", fine()[1]);
            try {
                return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static double share(int[] n) {
            return n[0] == 0 ? 0 : (double) n[1] / n[0];
        }
    }

    /** Reads a set of items from the class path. */
    static List<Item> read(String resource) {
        JsonNode root;
        try {
            root = YAML.readTree(EvalSets.resource(resource));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(resource + ": " + e.getOriginalMessage(), e);
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            String at = resource + " item " + (i + 1);
            String kind = node.path("kind").asText("");
            List<Utterance> chat = new ArrayList<>();
            for (JsonNode line : node.path("chat")) {
                String text = line.asText();
                if (text.startsWith("C: ")) {
                    chat.add(Utterance.of("customer", Role.CUSTOMER, text.substring(3)));
                } else if (text.startsWith("A: ")) {
                    chat.add(Utterance.of("agent", Role.AGENT, text.substring(3)));
                } else {
                    throw new IllegalStateException(at + ": a line starts with 'C: ' or 'A: ', was '" + text + "'");
                }
            }
            if (kind.isEmpty() || chat.isEmpty() || !chat.getLast().byAgent()) {
                throw new IllegalStateException(at + ": needs a kind and a chat whose last line is the agent's");
            }
            items.add(new Item(kind, chat));
        }
        return items;
    }
}
