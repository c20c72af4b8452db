package dev.spar.coaching;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.MeaningMatch;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Practice;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Understanding;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A finished or running practice as the critique reads it: each turn with what it said, the moment it was
 * said in, and a way to read a different line in its place (for checking a rewrite).
 */
final class RunView {
    /** From this anger on, the other person is upset: no time for a joke or a side topic. */
    static final int UPSET = 30;

    private final Practice practice;
    private final Scenario scenario;
    private final ConversationKind kind;
    private final List<Turn> turns;
    private final List<ConversationMemory.Remembered> lines;
    private final Analyzer checker;
    private final Understanding understanding;
    private final Map<Integer, ConversationMemory> memories = new HashMap<>();
    private final Map<Integer, Set<FindingCategory>> said = new HashMap<>();
    /** Whether the checker reads a line as the run's own analyzer did: both are the phrase rules. */
    private final boolean checksAsTheRunRead;
    /** The problems of lines read in a turn's place, by turn and line: by the phrase rules, and by content. */
    private final Map<Integer, Map<String, Set<FindingCategory>>> phraseProblems = new HashMap<>();

    private final Map<Integer, Map<String, Set<FindingCategory>>> readProblems = new HashMap<>();

    RunView(Practice practice, Analyzer checker) {
        this.practice = practice;
        this.scenario = practice.scenario();
        this.kind = ConversationKind.of(scenario);
        this.turns = practice.turns();
        this.lines = practice.memory().lines();
        this.checker = checker;
        this.understanding = practice.understanding();
        this.checksAsTheRunRead = checker instanceof RuleAnalyzer && practice.analyzer() instanceof RuleAnalyzer;
    }

    Scenario scenario() {
        return scenario;
    }

    ConversationKind kind() {
        return kind;
    }

    Practice practice() {
        return practice;
    }

    List<Turn> turns() {
        return turns;
    }

    List<Turn> learnerTurns() {
        return turns.stream().filter(t -> t.speaker() == Speaker.LEARNER).toList();
    }

    /** Returns what a turn said, as the run's memory read it. */
    Optional<Content> content(int turn) {
        return lines.stream()
                .filter(l -> l.turn() == turn)
                .map(ConversationMemory.Remembered::content)
                .findFirst();
    }

    /** Returns the other person's state just before a turn was said. */
    CounterpartState stateBefore(int turn) {
        CounterpartState state = practice.startingState();
        for (Turn t : turns) {
            if (t.number() >= turn) {
                break;
            }
            if (t.state().isPresent()) {
                state = t.state().get();
            }
        }
        return state;
    }

    /** Returns what the other person meant to do with their last line before a turn. */
    Optional<Intent> intentBefore(int turn) {
        Optional<Intent> intent = Optional.empty();
        for (Turn t : turns) {
            if (t.number() >= turn) {
                break;
            }
            if (t.intent().isPresent()) {
                intent = t.intent();
            }
        }
        return intent;
    }

    /**
     * Returns whether a joke or a side topic would hurt at a turn: the other person is upset, or what they came
     * about is not settled yet (nothing they accepted, no agreement).
     */
    boolean badMomentForAside(int turn) {
        if (stateBefore(turn).anger() >= UPSET) {
            return true;
        }
        boolean agreed = intentBefore(turn)
                .filter(i -> i == Intent.ACCEPT || i == Intent.END_RESOLVED)
                .isPresent();
        boolean accepted = practice.memory().offers().stream()
                .anyMatch(o -> o.turn() < turn && o.status() == ConversationMemory.Offer.Status.ACCEPTED);
        return !agreed && !accepted;
    }

    /** Returns the conversation's memory of the lines before a turn. */
    ConversationMemory memoryBefore(int turn) {
        return memories.computeIfAbsent(turn, t -> {
            ConversationMemory memory = new ConversationMemory();
            lines.stream().filter(l -> l.turn() < t).forEach(l -> memory.remember(l.turn(), l.content()));
            return memory;
        });
    }

    /** Returns the analysis context a line said at this turn would be read in. */
    AnalysisContext contextAt(int turn) {
        String counterpartLast = "";
        List<UtteranceAnalysis> earlier = new java.util.ArrayList<>();
        for (Turn t : turns) {
            if (t.number() >= turn) {
                break;
            }
            if (t.speaker() == Speaker.LEARNER) {
                earlier.add(t.analysis().orElseThrow());
            } else {
                counterpartLast = t.text();
            }
        }
        return new AnalysisContext(counterpartLast, earlier);
    }

    /** Returns the problem categories of the line actually said at a turn, by the phrase rules and its content. */
    Set<FindingCategory> problemsSaid(Turn turn) {
        return EnumSet.copyOf(said.computeIfAbsent(turn.number(), n -> readSaid(turn)));
    }

    private Set<FindingCategory> readSaid(Turn turn) {
        Optional<Content> content = content(turn.number());
        // The run read this very line at this turn, with the phrase rules the checker applies and with this
        // understanding over the same memory: its analysis and content are what a second reading would give.
        Set<FindingCategory> problems = checksAsTheRunRead && turn.analysis().isPresent() && content.isPresent()
                ? EnumSet.noneOf(FindingCategory.class)
                : problemsOf(turn.text(), turn.number());
        turn.analysis().stream()
                .flatMap(a -> a.flags().stream())
                .map(Flag::category)
                .filter(FindingCategory::isProblem)
                .forEach(problems::add);
        content.ifPresent(c -> problems.addAll(contentProblems(c, turn.number())));
        return problems;
    }

    /** Returns the problem categories a line would have if said at this turn instead. */
    Set<FindingCategory> problemsOf(String line, int turn) {
        Set<FindingCategory> problems = EnumSet.copyOf(phraseProblemsOf(line, turn));
        problems.addAll(readProblemsOf(line, turn));
        return problems;
    }

    /**
     * Returns whether the problem categories a line would have if said at this turn instead pass a test that,
     * failed by some of them, is failed by all of them (none at all; none new): the phrase rules are asked first,
     * and the line is read for its content only if they pass. The same as testing {@link #problemsOf}.
     */
    boolean problemsOfPass(String line, int turn, Predicate<Set<FindingCategory>> test) {
        return test.test(phraseProblemsOf(line, turn)) && test.test(problemsOf(line, turn));
    }

    private Set<FindingCategory> phraseProblemsOf(String line, int turn) {
        return phraseProblems.computeIfAbsent(turn, t -> new HashMap<>()).computeIfAbsent(line, l -> {
            Set<FindingCategory> problems = EnumSet.noneOf(FindingCategory.class);
            checker.analyze(l, contextAt(turn)).flags().stream()
                    .map(Flag::category)
                    .filter(FindingCategory::isProblem)
                    .forEach(problems::add);
            return problems;
        });
    }

    private Set<FindingCategory> readProblemsOf(String line, int turn) {
        return readProblems
                .computeIfAbsent(turn, t -> new HashMap<>())
                .computeIfAbsent(
                        line, l -> contentProblems(understanding.read(Side.LEARNER, l, memoryBefore(turn)), turn));
    }

    /** Returns the analysis the critique's own reader gives a line said at this turn. */
    UtteranceAnalysis analyse(String line, int turn) {
        return checker.analyze(line, contextAt(turn));
    }

    /** Returns the learner's content acts at a turn that are problems, with their categories. */
    Set<FindingCategory> contentProblems(Content content, int turn) {
        Set<FindingCategory> problems = EnumSet.noneOf(FindingCategory.class);
        boolean bad = badMomentForAside(turn);
        for (Act act : content.acts()) {
            SoftFailures.of(act.kind(), bad).ifPresent(problems::add);
        }
        for (MeaningMatch match : content.likeCoached()) {
            SoftFailures.ofLikeCoached(match, content, bad).ifPresent(problems::add);
        }
        return problems;
    }

    /** Returns whether the other side ended the conversation: their outcome, or their last line ends it. */
    boolean endedByThem() {
        boolean theirOutcome =
                switch (practice.outcome()) {
                    case RESOLVED, ESCALATED, WALKED_AWAY, STOPPED_FOR_SAFETY -> true;
                    case IN_PROGRESS, ENDED_BY_LEARNER -> false;
                };
        return (theirOutcome && !practice.endedByLearner())
                || practice.memory()
                        .lastFrom(Side.COUNTERPART)
                        .filter(c -> c.has(ActKind.END))
                        .isPresent();
    }
}
