package dev.spar.simulation;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.safety.SafetyConcern;
import dev.spar.safety.SafetyScreen;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One practice run: the learner's lines, the counterpart's replies and how it stands.
 *
 * <p>A run is a pure function of its scenario, settings and learner lines, so rewinding is replaying the
 * lines before a turn: the original run is kept and the rewound one is a new branch.
 */
public final class Practice {
    /** The longest utterance a learner can say in one turn. */
    public static final int MAX_UTTERANCE_CHARS = 2_000;

    private static final SafetyScreen SAFETY = new SafetyScreen();

    private final Scenario scenario;
    private final PracticeSettings settings;
    private final Analyzer analyzer;
    private final Counterpart counterpart;
    private final CounterpartState startingState;
    private final List<Turn> turns = new ArrayList<>();
    private final List<String> learnerLines = new ArrayList<>();
    private Optional<SafetyConcern> safetyConcern = Optional.empty();
    private boolean endedByLearner;

    private Practice(Scenario scenario, PracticeSettings settings, Analyzer analyzer) {
        this.scenario = scenario;
        this.settings = settings;
        this.analyzer = analyzer;
        this.counterpart = Counterpart.meet(scenario, settings);
        this.startingState = counterpart.state();
    }

    /**
     * Starts a run: the setup is screened for safety, then the counterpart opens if the scenario says so.
     */
    public static Practice start(Scenario scenario, PracticeSettings settings, Analyzer analyzer) {
        Practice practice = new Practice(scenario, settings, analyzer);
        practice.safetyConcern = SAFETY.check(setupText(scenario));
        if (practice.safetyConcern.isEmpty()) {
            practice.counterpart
                    .open()
                    .ifPresent(reply -> practice.turns.add(
                            Turn.counterpart(practice.turns.size() + 1, reply.text(), reply.intent(), reply.state())));
        }
        return practice;
    }

    /** What happened when the learner spoke. */
    public sealed interface Response {
        /** The learner's turn as recorded. */
        Turn said();
    }

    /**
     * The counterpart replied.
     *
     * @param said the learner's turn
     * @param reply the counterpart's turn
     */
    public record Replied(Turn said, Turn reply) implements Response {}

    /**
     * The role-play stopped for safety.
     *
     * @param said the learner's turn
     * @param concern why it stopped
     */
    public record Stopped(Turn said, SafetyConcern concern) implements Response {}

    /**
     * Says a learner line and returns what happened.
     *
     * @throws IllegalArgumentException if the line is blank or longer than {@link #MAX_UTTERANCE_CHARS}
     * @throws IllegalStateException if the conversation is over
     */
    public Response say(String text) {
        String line = text == null ? "" : text.strip();
        if (line.isEmpty()) {
            throw new IllegalArgumentException("Say something first: the line is empty.");
        }
        if (line.length() > MAX_UTTERANCE_CHARS) {
            throw new IllegalArgumentException("That line is " + line.length() + " characters; keep one turn under "
                    + MAX_UTTERANCE_CHARS + " so the other person can follow it.");
        }
        if (outcome().isFinal()) {
            throw new IllegalStateException(
                    "This conversation is over (" + outcome().id() + "). Restart to try again.");
        }
        UtteranceAnalysis analysis = analyzer.analyze(line, context());
        Turn said = Turn.learner(turns.size() + 1, analysis);
        turns.add(said);
        learnerLines.add(line);
        Optional<SafetyConcern> concern = SAFETY.check(line);
        if (concern.isPresent()) {
            safetyConcern = concern;
            return new Stopped(said, concern.get());
        }
        Reply reply = counterpart.respondTo(analysis);
        Turn answer = Turn.counterpart(turns.size() + 1, reply.text(), reply.intent(), reply.state());
        turns.add(answer);
        return new Replied(said, answer);
    }

    /** Ends the run from the learner's side; an already finished run keeps its outcome. */
    public void end() {
        if (!outcome().isFinal()) {
            endedByLearner = true;
        }
    }

    /**
     * Returns a new run that replays this one's learner lines before the given learner turn, so the learner
     * can try that turn again. This run is left as it is.
     *
     * @param learnerTurn which of the learner's turns to try again, from 1
     */
    public Practice rewindTo(int learnerTurn) {
        if (learnerTurn < 1 || learnerTurn > learnerLines.size()) {
            throw new IllegalArgumentException(
                    "There is no learner turn " + learnerTurn + "; pick 1 to " + learnerLines.size() + ".");
        }
        return replay(scenario, settings, analyzer, learnerLines.subList(0, learnerTurn - 1));
    }

    /** Returns a fresh run of the same scenario and settings. */
    public Practice restart() {
        return start(scenario, settings, analyzer);
    }

    /** Runs a scenario with these learner lines, stopping early if the conversation ends. */
    public static Practice replay(Scenario scenario, PracticeSettings settings, Analyzer analyzer, List<String> lines) {
        Practice practice = start(scenario, settings, analyzer);
        for (String line : List.copyOf(lines)) {
            if (practice.outcome().isFinal()) {
                break;
            }
            practice.say(line);
        }
        return practice;
    }

    /** Returns how the run stands or ended. */
    public Outcome outcome() {
        if (safetyConcern.isPresent()) {
            return Outcome.STOPPED_FOR_SAFETY;
        }
        if (counterpart.outcome().isFinal()) {
            return counterpart.outcome();
        }
        return endedByLearner ? Outcome.ENDED_BY_LEARNER : Outcome.IN_PROGRESS;
    }

    /** Returns every turn so far, in order. */
    public List<Turn> turns() {
        return List.copyOf(turns);
    }

    /** Returns the learner's lines so far, in order. */
    public List<String> learnerLines() {
        return List.copyOf(learnerLines);
    }

    /** Returns the counterpart's state before anyone spoke. */
    public CounterpartState startingState() {
        return startingState;
    }

    /** Returns the counterpart's state now. */
    public CounterpartState state() {
        return turns.reversed().stream()
                .flatMap(t -> t.state().stream())
                .findFirst()
                .orElse(startingState);
    }

    /** Returns why the run stopped for safety, if it did. */
    public Optional<SafetyConcern> safetyConcern() {
        return safetyConcern;
    }

    /** Returns the version of the person this run plays. */
    public Optional<PersonaVersion> version() {
        return counterpart.version();
    }

    /** Returns the scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** Returns the settings. */
    public PracticeSettings settings() {
        return settings;
    }

    private AnalysisContext context() {
        String last = "";
        List<UtteranceAnalysis> earlier = new ArrayList<>();
        for (Turn turn : turns) {
            if (turn.speaker() == Speaker.COUNTERPART) {
                last = turn.text();
            } else {
                turn.analysis().ifPresent(earlier::add);
            }
        }
        return new AnalysisContext(last, earlier);
    }

    private static String setupText(Scenario s) {
        return Stream.of(
                        Stream.of(
                                s.situation(),
                                s.learner().goal(),
                                s.learner().role(),
                                s.persona().history(),
                                s.persona().style(),
                                s.persona().relationship()),
                        s.learner().fears().stream(),
                        s.learner().keyPoints().stream().map(KeyPoint::text))
                .flatMap(x -> x)
                .reduce("", (a, b) -> a + "\n" + b);
    }
}
