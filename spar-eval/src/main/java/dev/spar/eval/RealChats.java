package dev.spar.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.Flag;
import dev.spar.analysis.UtteranceAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Real customer-support chats whose agent turns people rated (MAIA-DQE, one client subset): how often Spar's
 * reading of the agent's words flags the turns people judged impolite, not understanding or of poor quality,
 * against the turns they judged fine.
 *
 * <p>The rows are read in order; a dialogue starts where a row's context is not the previous row's response.
 * Each agent turn is read after the customer's message before it and the agent's earlier turns of the same
 * dialogue. Negative labels are rare (16 impolite turns of 2,549), so the report gives rates per group, not an
 * accuracy. Nothing of the text is kept or printed but the examples of the text report, read from the user's
 * own copy of the data.
 */
public final class RealChats {
    /** The dataset's file in its folder. */
    public static final String FILE = "de_client_01_turn.csv";

    private static final List<String> COLUMNS =
            List.of("ctx_src", "ctx_tgt", "res_src", "res_tgt", "politeness", "understanding", "iq", "engagement");
    private static final String CUSTOMER = "<speaker2>";
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("^<speaker\\d>");
    private static final int EXAMPLES = 5;
    private static final int BEST_QUALITY = 5;

    private RealChats() {}

    /**
     * One rated agent turn.
     *
     * @param dialogue which dialogue of the file it is in, from 0
     * @param customer the customer's message just before it, in English
     * @param agent the agent's words, in English
     * @param labels the people's ratings that are present: politeness, understanding, engagement (0/1), iq (1-5)
     */
    public record AgentTurn(int dialogue, String customer, String agent, Map<String, Integer> labels) {
        OptionalInt label(String name) {
            Integer v = labels.get(name);
            return v == null ? OptionalInt.empty() : OptionalInt.of(v);
        }
    }

    /** One dialogue read in order: what the customer said, and the problems the reading finds in each agent turn. */
    public interface Conversation {
        /** Takes in a customer message. */
        void customer(String text);

        /** Reads an agent turn and returns the problem categories found in it (ids). */
        Set<String> agent(String text);
    }

    /**
     * Returns conversations read by an analyzer's habits alone: the problem flags of each agent turn, with the
     * customer's last message and the agent's earlier turns as context.
     */
    public static Supplier<Conversation> habits(Analyzer analyzer) {
        return () -> new Conversation() {
            private String lastCustomer = "";
            private final List<UtteranceAnalysis> earlier = new ArrayList<>();

            @Override
            public void customer(String text) {
                lastCustomer = text;
            }

            @Override
            public Set<String> agent(String text) {
                UtteranceAnalysis a = analyzer.analyze(text, new AnalysisContext(lastCustomer, earlier));
                earlier.add(a);
                Set<String> problems = new LinkedHashSet<>();
                for (Flag f : a.flags()) {
                    if (f.category().isProblem()) {
                        problems.add(f.category().id());
                    }
                }
                return problems;
            }
        };
    }

    /**
     * One turn of a dialogue as the file gives it.
     *
     * @param agent whether the agent said it (else the customer)
     * @param text the words, in English
     * @param rated the turn rated by people, as an agent turn with its labels; empty for the customer's turns
     *     and for a dialogue's first turn, which is only ever context
     */
    public record Line(boolean agent, String text, Optional<AgentTurn> rated) {}

    /**
     * Reads the file in a dataset folder into its dialogues, in order. The {@code <speaker>} tags of the texts
     * are not reliable; who speaks is told by the row: a row whose {@code ctx_src} is the customer's rates an
     * agent turn, and the other rows rate the customer's.
     */
    static List<List<Line>> read(Path folder) {
        Path file = Inputs.file(folder, FILE, "MAIA-DQE");
        List<List<Line>> dialogues = new ArrayList<>();
        String previousResponse = null;
        String customer = "";
        for (Inputs.Row row : Inputs.csv(file, COLUMNS)) {
            boolean agentRated = row.get("ctx_src").startsWith(CUSTOMER);
            String context = words(row.get("ctx_tgt"));
            String response = words(row.get("res_tgt"));
            if (previousResponse == null || !context.equals(previousResponse)) {
                dialogues.add(new ArrayList<>());
                dialogues.getLast().add(new Line(!agentRated, context, Optional.empty()));
                customer = agentRated ? context : "";
            }
            Optional<AgentTurn> rated = agentRated
                    ? Optional.of(new AgentTurn(dialogues.size() - 1, customer, response, labels(row)))
                    : Optional.empty();
            dialogues.getLast().add(new Line(agentRated, response, rated));
            if (!agentRated) {
                customer = response;
            }
            previousResponse = response;
        }
        return dialogues;
    }

    /**
     * Reads a whole dialogue at once: returns, for each of its lines in order, the problem categories found in
     * it (ids; empty for the customer's lines).
     */
    public interface Dialogue {
        /** Returns the problems of each line of a dialogue, in order. */
        List<Set<String>> read(List<Line> dialogue);
    }

    /** Returns a whole-dialogue reading made of an incremental one. */
    static Dialogue inOrder(Supplier<Conversation> reading) {
        return dialogue -> {
            Conversation conversation = reading.get();
            List<Set<String>> out = new ArrayList<>();
            for (Line line : dialogue) {
                if (line.agent()) {
                    out.add(conversation.agent(line.text()));
                } else {
                    conversation.customer(line.text());
                    out.add(Set.of());
                }
            }
            return out;
        };
    }

    /**
     * Reads every dialogue and compares, per rating, the share of agent turns flagged in the group people
     * judged poor with the share in the group they judged fine.
     */
    public static Report run(Path folder, Supplier<Conversation> reading) {
        return run(folder, inOrder(reading), Split.ALL);
    }

    /**
     * Reads the dialogues of a split and compares, per rating, the share of agent turns flagged in the group
     * people judged poor with the share in the group they judged fine. Dialogues are split by their place in
     * the file: every fifth ({@code index % 5 == 4}) is the test portion.
     */
    public static Report run(Path folder, Dialogue reading, Split split) {
        List<Scored> scored = new ArrayList<>();
        List<List<Line>> dialogues = read(folder);
        for (int d = 0; d < dialogues.size(); d++) {
            if (!split.includesFold(d)) {
                continue;
            }
            List<Line> dialogue = dialogues.get(d);
            List<Set<String>> problems = reading.read(dialogue);
            for (int i = 0; i < dialogue.size(); i++) {
                Set<String> found = problems.get(i);
                dialogue.get(i).rated().ifPresent(turn -> scored.add(new Scored(turn, found)));
            }
        }
        return new Report(scored);
    }

    /** An agent turn and what the reading flagged in it. */
    public record Scored(AgentTurn turn, Set<String> problems) {}

    /** A rating split into the turns people judged poor and those they judged fine. */
    enum Rating {
        IMPOLITE("politeness", "impolite (politeness 0)", "polite (1)", v -> v == 0, v -> v == 1),
        NOT_UNDERSTOOD("understanding", "not understanding (0)", "understanding (1)", v -> v == 0, v -> v == 1),
        POOR_QUALITY("iq", "poor interaction (iq 1-2)", "good interaction (iq 4-5)", v -> v <= 2, v -> v >= 4),
        NOT_ENGAGING("engagement", "not engaging (0)", "engaging (1)", v -> v == 0, v -> v == 1);

        final String label;
        final String poorName;
        final String fineName;
        final java.util.function.IntPredicate poor;
        final java.util.function.IntPredicate fine;

        Rating(
                String label,
                String poorName,
                String fineName,
                java.util.function.IntPredicate poor,
                java.util.function.IntPredicate fine) {
            this.label = label;
            this.poorName = poorName;
            this.fineName = fineName;
            this.poor = poor;
            this.fine = fine;
        }
    }

    /** The figures of one run. */
    public static final class Report {
        private final List<Scored> scored;

        Report(List<Scored> scored) {
            this.scored = List.copyOf(scored);
        }

        /** Returns how many agent turns were read. */
        public int turns() {
            return scored.size();
        }

        /** Returns how many of the best turns (interaction quality 5, polite) there are and how many were flagged. */
        int[] best() {
            int n = 0;
            int flagged = 0;
            for (Scored s : scored) {
                if (s.turn().label("iq").orElse(0) == BEST_QUALITY
                        && s.turn().label("politeness").orElse(0) == 1) {
                    n++;
                    flagged += s.problems().isEmpty() ? 0 : 1;
                }
            }
            return new int[] {n, flagged};
        }

        /** Returns the share of the poor group's turns flagged, and of the fine group's, for a rating. */
        double[] rates(Rating rating) {
            int[] poor = count(rating, true);
            int[] fine = count(rating, false);
            return new double[] {share(poor), share(fine)};
        }

        private int[] count(Rating rating, boolean poorGroup) {
            int n = 0;
            int flagged = 0;
            for (Scored s : scored) {
                OptionalInt v = s.turn().label(rating.label);
                if (v.isEmpty() || !(poorGroup ? rating.poor : rating.fine).test(v.getAsInt())) {
                    continue;
                }
                n++;
                if (!s.problems().isEmpty()) {
                    flagged++;
                }
            }
            return new int[] {n, flagged};
        }

        private Map<String, int[]> byCategory(Rating rating) {
            Map<String, int[]> counts = new TreeMap<>();
            for (Scored s : scored) {
                OptionalInt v = s.turn().label(rating.label);
                if (v.isEmpty()) {
                    continue;
                }
                int group = rating.poor.test(v.getAsInt()) ? 0 : rating.fine.test(v.getAsInt()) ? 1 : -1;
                if (group < 0) {
                    continue;
                }
                for (String c : s.problems()) {
                    counts.computeIfAbsent(c, k -> new int[2])[group]++;
                }
            }
            return counts;
        }

        /** Returns the report as a table per rating, with a few flagged and missed poor turns as examples. */
        public String toText(boolean examples) {
            StringBuilder out = new StringBuilder();
            out.append("MAIA-DQE real support chats: ").append(turns()).append(" rated agent turns\n\n");
            out.append(String.format(
                    Locale.ROOT,
                    "%-28s %6s %8s %6s | %-26s %6s %8s %6s | %5s%n",
                    "people judged",
                    "turns",
                    "flagged",
                    "share",
                    "against",
                    "turns",
                    "flagged",
                    "share",
                    "lift"));
            for (Rating r : Rating.values()) {
                int[] poor = count(r, true);
                int[] fine = count(r, false);
                out.append(String.format(
                        Locale.ROOT,
                        "%-28s %6d %8d %6.3f | %-26s %6d %8d %6.3f | %5s%n",
                        r.poorName,
                        poor[0],
                        poor[1],
                        share(poor),
                        r.fineName,
                        fine[0],
                        fine[1],
                        share(fine),
                        lift(poor, fine)));
            }
            int[] best = best();
            out.append(String.format(
                    Locale.ROOT, "%-28s %6d %8d %6.3f%n", "best (iq 5 and polite)", best[0], best[1], share(best)));
            out.append("\nFlags by category on the impolite and poor-interaction turns (against polite and good):\n");
            for (Rating r : List.of(Rating.IMPOLITE, Rating.POOR_QUALITY)) {
                int[] poor = count(r, true);
                int[] fine = count(r, false);
                out.append("  ").append(r.poorName).append(": ");
                List<String> cells = new ArrayList<>();
                byCategory(r)
                        .forEach((c, n) -> cells.add(String.format(
                                Locale.ROOT,
                                "%s %d (%.3f vs %.3f)",
                                c,
                                n[0],
                                ratio(n[0], poor[0]),
                                ratio(n[1], fine[0]))));
                out.append(cells.isEmpty() ? "none" : String.join(", ", cells)).append('\n');
            }
            if (examples) {
                examples(
                        out, "Impolite turns", s -> s.turn().label("politeness").orElse(1) == 0, EXAMPLES * 3);
                examples(
                        out,
                        "Poor-interaction turns (iq 1-2)",
                        s -> s.turn().label("iq").orElse(3) <= 2,
                        EXAMPLES * 3);
                examples(
                        out,
                        "Best turns flagged (iq 5 and polite)",
                        s -> !s.problems().isEmpty()
                                && s.turn().label("iq").orElse(0) == BEST_QUALITY
                                && s.turn().label("politeness").orElse(0) == 1,
                        EXAMPLES * 3);
            }
            return out.toString();
        }

        private void examples(StringBuilder out, String title, java.util.function.Predicate<Scored> which, int most) {
            out.append('\n').append(title).append(", as read (from your copy of the data; nothing is stored):\n");
            scored.stream().filter(which).limit(most).forEach(s -> out.append("  ")
                    .append(s.problems().isEmpty() ? "missed  " : "flagged ")
                    .append(shorten(s.turn().agent()))
                    .append(s.problems().isEmpty() ? "" : "  " + s.problems())
                    .append('\n'));
        }

        /** Returns the figures as JSON: per rating, the groups' sizes, flagged counts and shares, and the lift. */
        public String toJson() {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            root.put("dataset", "maia-dqe");
            root.put("agent_turns", turns());
            int[] best = best();
            ObjectNode bestNode = root.putObject("best");
            bestNode.put("turns", best[0]);
            bestNode.put("flagged", best[1]);
            bestNode.put("share", round(share(best)));
            ArrayNode ratings = root.putArray("ratings");
            for (Rating r : Rating.values()) {
                int[] poor = count(r, true);
                int[] fine = count(r, false);
                ObjectNode node = ratings.addObject();
                node.put("rating", r.label);
                node.put("poor_turns", poor[0]);
                node.put("poor_flagged", poor[1]);
                node.put("poor_share", round(share(poor)));
                node.put("fine_turns", fine[0]);
                node.put("fine_flagged", fine[1]);
                node.put("fine_share", round(share(fine)));
                ObjectNode categories = node.putObject("categories");
                byCategory(r).forEach((c, n) -> categories.putArray(c).add(n[0]).add(n[1]));
            }
            try {
                return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String lift(int[] poor, int[] fine) {
            double f = share(fine);
            return f == 0 ? "-" : String.format(Locale.ROOT, "%.2f", share(poor) / f);
        }
    }

    private static Map<String, Integer> labels(Inputs.Row row) {
        Map<String, Integer> labels = new TreeMap<>();
        for (String name : List.of("politeness", "understanding", "engagement", "iq")) {
            parse(row.get(name)).ifPresent(v -> {
                boolean inRange = name.equals("iq") ? v >= 1 && v <= 5 : v == 0 || v == 1;
                if (inRange) {
                    labels.put(name, v);
                }
            });
        }
        return labels;
    }

    private static Optional<Integer> parse(String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of((int) Math.round(Double.parseDouble(t)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String words(String text) {
        return TAG.matcher(text.strip()).replaceFirst("").strip();
    }

    private static double share(int[] counts) {
        return ratio(counts[1], counts[0]);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static String shorten(String text) {
        return text.length() <= 110 ? text : text.substring(0, 107) + "...";
    }
}
