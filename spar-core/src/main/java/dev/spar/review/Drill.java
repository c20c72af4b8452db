package dev.spar.review;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.assist.Assistance;
import dev.spar.assist.Assistant;
import dev.spar.assist.ConversationLine;
import dev.spar.assist.DraftFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A micro-drill on a real conversation: rewrite one of the agent's replies using one pattern, and hear how the
 * rewrite reads. The rewrite is read by the same analysis as the review, in the same place in the conversation:
 * the pattern's moves must be there, in its order, and nothing the review would flag.
 */
public final class Drill {
    /** The longest rewrite read, in characters. */
    public static final int MAX_REWRITE = Assistant.MAX_DRAFT_CHARS;

    /** One pattern to practise. */
    public enum Pattern {
        /** Say back what they said in neutral words, then check it. */
        PARAPHRASE_AND_CONFIRM(
                "paraphrase-confirm",
                "Paraphrase and confirm",
                "Say back what they told you in your own neutral words, then check you got it right."),
        /** Take their point as given, then build on it. */
        YES_AND(
                "yes-and",
                "Yes, and",
                "Accept what they said as true for them, then add what you can do, without a 'but' undoing it."),
        /** Ask broad, then narrow. */
        LAYERED_QUESTIONS(
                "layered-questions",
                "Layered questions",
                "Ask one open question to let them tell it, then a narrower one to pin down the fact you need."),
        /** Acknowledge the impact before any rule or limit. */
        EMPATHY_BEFORE_POLICY(
                "empathy-before-policy",
                "Empathy before policy",
                "Name how this affects them first; only then say the rule or limit, and what you can do.");

        private final String id;
        private final String title;
        private final String how;

        Pattern(String id, String title, String how) {
            this.id = id;
            this.title = title;
            this.how = how;
        }

        /** Returns the identifier used in requests and forms. */
        public String id() {
            return id;
        }

        /** Returns its name on the page. */
        public String title() {
            return title;
        }

        /** Returns how to use it, in a sentence. */
        public String how() {
            return how;
        }

        /** Finds the pattern with this identifier. */
        public static Optional<Pattern> byId(String id) {
            for (Pattern p : values()) {
                if (p.id.equals(id)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        /**
         * Returns the pattern with this identifier.
         *
         * @throws IllegalArgumentException listing the identifiers, if there is none
         */
        public static Pattern of(String id) {
            return byId(id == null ? "" : id.strip())
                    .orElseThrow(() -> new IllegalArgumentException("Choose a pattern: "
                            + java.util.Arrays.stream(values())
                                    .map(Pattern::id)
                                    .collect(java.util.stream.Collectors.joining(", "))
                            + "."));
        }
    }

    /**
     * How a rewrite reads.
     *
     * @param pattern the pattern practised
     * @param score 0 to 100: the share of the pattern's parts done, less a quarter for each problem
     * @param done the parts of the pattern the rewrite does, each with the words that do it
     * @param missing the parts it does not do, each with how to
     * @param problems what the review would still flag, each with why and a stronger version
     * @param moves every move the analysis read in the rewrite, by id
     */
    public record Result(
            Pattern pattern,
            int score,
            List<String> done,
            List<String> missing,
            List<DraftFlag> problems,
            List<String> moves) {
        public Result {
            Objects.requireNonNull(pattern, "pattern");
            done = List.copyOf(done);
            missing = List.copyOf(missing);
            problems = List.copyOf(problems);
            moves = List.copyOf(moves);
        }

        /** Returns whether the rewrite uses the pattern and has nothing to fix. */
        public boolean passed() {
            return missing.isEmpty() && problems.isEmpty();
        }

        /** Returns the feedback in a few sentences. */
        public String feedback() {
            if (passed()) {
                return "That uses " + pattern.title() + ": " + String.join("; ", done) + ".";
            }
            List<String> out = new ArrayList<>(missing);
            problems.forEach(p -> out.add(p.category().title() + " in \"" + p.quote() + "\": " + p.why()));
            return String.join(" ", out);
        }
    }

    private static final Set<Move> EMPATHY = Set.of(Move.ACKNOWLEDGE, Move.EMPATHISE);
    private static final Set<Move> FORWARD = Set.of(Move.OFFER_OPTION, Move.NEXT_STEP, Move.PROMISE, Move.EXPLAIN);
    private static final Set<Move> POLICY = Set.of(Move.CITE_POLICY, Move.STATE_LIMIT);

    private final Analyzer analyzer;
    private final Assistant assistant;

    /** Creates a drill that reads with this analyzer. */
    public Drill(Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.assistant = new Assistant(analyzer);
    }

    /**
     * Reads a rewrite of one of the agent's turns.
     *
     * @param transcript the conversation
     * @param turn the agent's turn rewritten, counting from 1
     * @param pattern the pattern to use
     * @param rewrite the learner's rewrite of that turn
     * @throws IllegalArgumentException if the turn is not the agent's, or the rewrite is empty or too long
     */
    public Result score(Transcript transcript, int turn, Pattern pattern, String rewrite) {
        Objects.requireNonNull(pattern, "pattern");
        List<Utterance> turns = transcript.turns();
        if (turn < 1 || turn > turns.size() || !turns.get(turn - 1).byAgent()) {
            throw new IllegalArgumentException("Turn " + turn + " is not one of the agent's turns.");
        }
        String text = rewrite == null ? "" : rewrite.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Write your version of the reply.");
        }
        if (text.length() > MAX_REWRITE) {
            throw new IllegalArgumentException(
                    "Keep the rewrite under " + MAX_REWRITE + " characters; it has " + text.length() + ".");
        }
        List<ConversationLine> lines =
                turns.stream().map(ConversationReviewer::line).toList();
        Assistance assistance = assistant.assess(ConversationReviewer.window(lines, turn - 1), text);
        String lastCustomer = "";
        for (int i = turn - 2; i >= 0 && lastCustomer.isEmpty(); i--) {
            if (!turns.get(i).byAgent()) {
                lastCustomer = turns.get(i).text();
            }
        }
        UtteranceAnalysis analysis = analyzer.analyze(text, new AnalysisContext(lastCustomer, List.of()));
        List<String> done = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        switch (pattern) {
            case PARAPHRASE_AND_CONFIRM -> {
                part(
                        analysis,
                        Set.of(Move.PARAPHRASE),
                        "said back what they told you",
                        done,
                        missing,
                        "Say back what they told you in neutral words (\"So the parcel due Monday hasn't come.\").");
                part(
                        analysis,
                        Set.of(Move.CLOSING_CHECK, Move.CLOSED_QUESTION),
                        "checked you got it right",
                        done,
                        missing,
                        "Then check it: \"Have I got that right?\"");
            }
            case YES_AND -> {
                part(
                        analysis,
                        EMPATHY,
                        "took their point as given",
                        done,
                        missing,
                        "Start by taking their point as true for them (\"You're right that it's been too long.\").");
                part(
                        analysis,
                        FORWARD,
                        "built on it with what you can do",
                        done,
                        missing,
                        "Then build on it: say what you can do next.");
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.matches("(?s).*\\b(but|however)\\b.*")) {
                    missing.add("Drop the 'but' or 'however': it takes back the 'yes'; join with 'and' or a new"
                            + " sentence.");
                }
            }
            case LAYERED_QUESTIONS -> {
                Optional<MoveEvidence> open = first(analysis, Set.of(Move.OPEN_QUESTION));
                Optional<MoveEvidence> narrow = first(analysis, Set.of(Move.CLOSED_QUESTION, Move.VERIFY));
                part(
                        open,
                        "asked broadly first",
                        done,
                        missing,
                        "Start with one open question that lets them tell it (\"What happened when you tried?\").");
                if (narrow.isPresent()
                        && (open.isEmpty()
                                || narrow.get().span().start()
                                        > open.get().span().start())) {
                    done.add("then narrowed it down (\"" + narrow.get().quote() + "\")");
                } else {
                    missing.add("Then narrow it down with one specific question (\"Which order was it?\").");
                }
            }
            case EMPATHY_BEFORE_POLICY -> {
                Optional<MoveEvidence> empathy = first(analysis, EMPATHY);
                Optional<MoveEvidence> policy = first(analysis, POLICY);
                part(
                        empathy,
                        "named how it affects them",
                        done,
                        missing,
                        "Start by naming how this affects them (\"I can see this has cost you a week.\").");
                if (policy.isPresent()
                        && empathy.isPresent()
                        && policy.get().span().start() < empathy.get().span().start()) {
                    missing.add(
                            "Move the rule after the empathy: \"" + policy.get().quote() + "\" comes first now.");
                } else if (policy.isPresent()) {
                    done.add("then said the limit (\"" + policy.get().quote() + "\")");
                }
                part(
                        analysis,
                        FORWARD,
                        "said what you can do",
                        done,
                        missing,
                        "End with what you can do, so the limit is not the last word.");
            }
        }
        int parts = done.size() + missing.size();
        int score = parts == 0 ? 0 : (int) Math.round(100.0 * done.size() / parts);
        score = Math.max(0, score - 25 * assistance.flags().size());
        return new Result(
                pattern,
                score,
                done,
                missing,
                assistance.flags(),
                analysis.moves().stream().map(m -> m.move().id()).distinct().toList());
    }

    private static Optional<MoveEvidence> first(UtteranceAnalysis analysis, Set<Move> moves) {
        return analysis.moves().stream()
                .filter(m -> moves.contains(m.move()))
                .min(java.util.Comparator.comparingInt(m -> m.span().start()));
    }

    private static void part(
            UtteranceAnalysis analysis,
            Set<Move> moves,
            String did,
            List<String> done,
            List<String> missing,
            String how) {
        part(first(analysis, moves), did, done, missing, how);
    }

    private static void part(
            Optional<MoveEvidence> found, String did, List<String> done, List<String> missing, String how) {
        if (found.isPresent()) {
            done.add(did + " (\"" + found.get().quote() + "\")");
        } else {
            missing.add(how);
        }
    }
}
