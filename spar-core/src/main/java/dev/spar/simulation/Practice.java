package dev.spar.simulation;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.safety.SafetyConcern;
import dev.spar.safety.SafetyScreen;
import dev.spar.scenario.Characters;
import dev.spar.scenario.Intent;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Understanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * One practice run: the learner's lines, the counterpart's replies and how it stands.
 *
 * <p>A run is a pure function of its scenario, settings and learner lines, so rewinding is replaying the
 * lines before a turn: the original run is kept and the rewound one is a new branch.
 *
 * <p>A {@link CounterpartVoice} may say the counterpart's lines in its own words; the simulation still decides
 * what they feel, want and do. A rewound or restarted run reuses the words already said for the turns it
 * replays, so going back costs no new voicing and shows the same lines.
 */
public final class Practice {
    /** The longest utterance a learner can say in one turn. */
    public static final int MAX_UTTERANCE_CHARS = 2_000;

    /** The longest reply a voice may give in one turn; a longer one is replaced by the simulator's line. */
    public static final int MAX_REPLY_CHARS = 1_500;

    private static final SafetyScreen SAFETY = new SafetyScreen();

    private final Scenario scenario;
    private final PracticeSettings settings;
    private final Analyzer analyzer;
    private final Counterpart counterpart;
    private final CounterpartState startingState;
    private final Understanding understanding;
    private final ConversationMemory memory = new ConversationMemory();
    private final ReplyCheck replyCheck;
    /** The turns of the run this one was rewound or restarted from, whose words are reused where they fit. */
    private final List<Turn> recorded;

    private CounterpartVoice voice;
    private final List<Turn> turns = new ArrayList<>();
    private final List<String> learnerLines = new ArrayList<>();
    private Optional<SafetyConcern> safetyConcern = Optional.empty();
    private boolean endedByLearner;

    private Practice(
            Scenario scenario,
            PracticeSettings settings,
            Analyzer analyzer,
            CounterpartVoice voice,
            List<Turn> recorded) {
        this.scenario = scenario;
        this.settings = settings;
        this.analyzer = analyzer;
        this.voice = voice;
        this.recorded = List.copyOf(recorded);
        this.understanding = Understanding.of(scenario, analyzer.meaning());
        this.counterpart = Counterpart.meet(scenario, settings, understanding.topics());
        this.startingState = counterpart.state();
        this.replyCheck = new ReplyCheck(understanding);
    }

    /**
     * Starts a run: the setup is screened for safety, then the counterpart opens if the scenario says so.
     */
    public static Practice start(Scenario scenario, PracticeSettings settings, Analyzer analyzer) {
        return start(scenario, settings, analyzer, CounterpartVoice.SIMULATOR, ReplySink.NONE);
    }

    /**
     * Starts a run whose counterpart speaks through a voice; an opening line is handed to the sink as it is
     * said.
     */
    public static Practice start(
            Scenario scenario, PracticeSettings settings, Analyzer analyzer, CounterpartVoice voice, ReplySink sink) {
        return begin(scenario, settings, analyzer, voice, List.of(), sink);
    }

    private static Practice begin(
            Scenario scenario,
            PracticeSettings settings,
            Analyzer analyzer,
            CounterpartVoice voice,
            List<Turn> recorded,
            ReplySink sink) {
        Practice practice = new Practice(scenario, settings, analyzer, voice, recorded);
        practice.safetyConcern = SAFETY.check(setupText(scenario));
        if (practice.safetyConcern.isEmpty()) {
            practice.counterpart.open().ifPresent(reply -> practice.addReply(practice.voiced(reply, sink)));
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
        return say(text, ReplySink.NONE);
    }

    /**
     * Says a learner line; the counterpart's reply is handed to the sink as it is spoken, and returned.
     *
     * @throws IllegalArgumentException if the line is blank or longer than {@link #MAX_UTTERANCE_CHARS}
     * @throws IllegalStateException if the conversation is over
     */
    public Response say(String text, ReplySink sink) {
        String line = checkedLine(text);
        if (outcome().isFinal()) {
            throw new IllegalStateException(
                    "This conversation is over (" + outcome().id() + "). Restart to try again.");
        }
        UtteranceAnalysis analysis = analyzer.analyze(line, context());
        Turn said = Turn.learner(turns.size() + 1, analysis);
        turns.add(said);
        learnerLines.add(line);
        Content content = understanding.read(Side.LEARNER, line, memory);
        memory.remember(said.number(), content);
        Optional<SafetyConcern> concern = SAFETY.check(line);
        if (concern.isPresent()) {
            safetyConcern = concern;
            return new Stopped(said, concern.get());
        }
        Reply reply = counterpart.respondTo(analysis, content, memory);
        Turn answer = voiced(reply, sink);
        addReply(answer);
        return new Replied(said, answer);
    }

    /** Records the counterpart's turn, and what its words said, in the conversation's memory. */
    private void addReply(Turn answer) {
        turns.add(answer);
        // The simulator's own line was written for the scenario: the rules read it. A voice's words are read whole.
        boolean authored = answer.simulatorLine().map(answer.text()::equals).orElse(true);
        memory.remember(
                answer.number(),
                authored
                        ? understanding.readAuthored(Side.COUNTERPART, answer.text(), memory)
                        : understanding.read(Side.COUNTERPART, answer.text(), memory));
    }

    /** Returns the analysis this run reads the learner's lines with. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** Returns how this run's lines are read for their content. */
    public Understanding understanding() {
        return understanding;
    }

    /**
     * Returns what the conversation has established so far: facts disclosed, questions, offers, promises.
     * It belongs to this run; callers read it and do not change it.
     */
    public ConversationMemory memory() {
        return memory;
    }

    /**
     * Returns a learner line as it would be said: stripped of surrounding space.
     *
     * @throws IllegalArgumentException if the line is blank or longer than {@link #MAX_UTTERANCE_CHARS}, saying
     *     why in words the learner can act on
     */
    public static String checkedLine(String text) {
        String line = text == null ? "" : text.strip();
        if (line.isEmpty()) {
            throw new IllegalArgumentException("Say something first: the line is empty.");
        }
        if (line.length() > MAX_UTTERANCE_CHARS) {
            throw new IllegalArgumentException("That line is " + line.length() + " characters; keep one turn under "
                    + MAX_UTTERANCE_CHARS + " so the other person can follow it.");
        }
        OptionalInt unkept = Characters.unkept(line);
        if (unkept.isPresent()) {
            int i = unkept.getAsInt();
            throw new IllegalArgumentException("That line has a character that can't be kept (at position " + (i + 1)
                    + ": " + Characters.describe(line, i) + "); type it again without it.");
        }
        return line;
    }

    /** Has the counterpart speak through this voice from the next line on, e.g. the simulator after a fault. */
    public void voiceWith(CounterpartVoice next) {
        this.voice = next;
    }

    /** Returns the voice the counterpart speaks through. */
    public CounterpartVoice voice() {
        return voice;
    }

    private Turn voiced(Reply reply, ReplySink sink) {
        int number = turns.size() + 1;
        return Turn.voiced(number, speak(reply, number, sink), reply.text(), reply.intent(), reply.state());
    }

    /** Returns the words for the simulator's reply: the voice's, else the simulator's own. No turn is lost. */
    private String speak(Reply reply, int number, ReplySink sink) {
        Optional<Turn> said = alreadySaid(number, reply.text());
        if (said.isPresent()) {
            sink.token(said.get().text());
            return said.get().text();
        }
        Optional<Content> heard = turns.isEmpty() || turns.getLast().speaker() != Speaker.LEARNER
                ? Optional.empty()
                : memory.lastFrom(Side.LEARNER);
        VoiceRequest request = new VoiceRequest(
                scenario,
                version(),
                settings,
                turns,
                reply.intent(),
                reply.state(),
                reply.text(),
                reply.outcome(),
                heard);
        CounterpartVoice.Voicing voicing;
        try {
            voicing = voice.voice(request, sink);
        } catch (RuntimeException e) {
            voicing = new CounterpartVoice.Unavailable(
                    "the voice failed (" + e.getClass().getSimpleName() + ")");
        }
        String reason;
        switch (voicing) {
            case CounterpartVoice.Spoken(String text) -> {
                Optional<String> wrong = unusable(text, request);
                if (wrong.isEmpty()) {
                    return text;
                }
                reason = wrong.get();
            }
            case CounterpartVoice.Unavailable(String why) -> reason = why;
        }
        sink.retract(reason);
        sink.token(reply.text());
        return reply.text();
    }

    /** Returns the turn the run this one came from said here, if everything before it went the same way. */
    private Optional<Turn> alreadySaid(int number, String simulatorLine) {
        if (recorded.size() < number) {
            return Optional.empty();
        }
        for (int i = 0; i < number - 1; i++) {
            if (!recorded.get(i).text().equals(turns.get(i).text())) {
                return Optional.empty();
            }
        }
        Turn earlier = recorded.get(number - 1);
        return earlier.simulatorLine().equals(Optional.of(simulatorLine)) ? Optional.of(earlier) : Optional.empty();
    }

    /**
     * Returns why a voiced line cannot be said: empty, too long, unsafe, or saying something the simulation did
     * not decide (see {@link ReplyCheck}).
     */
    private Optional<String> unusable(String text, VoiceRequest request) {
        if (text.isBlank()) {
            return Optional.of("the voice said nothing");
        }
        if (text.length() > MAX_REPLY_CHARS) {
            return Optional.of("the voice's line ran past " + MAX_REPLY_CHARS + " characters");
        }
        if (SAFETY.check(text).isPresent()) {
            return Optional.of("the voice's line strayed into safety matters");
        }
        return replyCheck.problem(text, request, memory);
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
        return replay(learnerLines.subList(0, learnerTurn - 1), turns, ReplySink.NONE);
    }

    /** Returns a fresh run of the same scenario, settings and voice; the opening is said as before. */
    public Practice restart() {
        return begin(scenario, settings, analyzer, voice, turns, ReplySink.NONE);
    }

    /** Runs a scenario with these learner lines, stopping early if the conversation ends. */
    public static Practice replay(Scenario scenario, PracticeSettings settings, Analyzer analyzer, List<String> lines) {
        return replay(scenario, settings, analyzer, lines, CounterpartVoice.SIMULATOR, ReplySink.NONE);
    }

    /**
     * Runs a scenario with these learner lines and a voice for the counterpart, handing every reply to the sink
     * as it is spoken; stops early if the conversation ends.
     */
    public static Practice replay(
            Scenario scenario,
            PracticeSettings settings,
            Analyzer analyzer,
            List<String> lines,
            CounterpartVoice voice,
            ReplySink sink) {
        return begin(scenario, settings, analyzer, voice, List.of(), sink).continueWith(lines, sink);
    }

    /**
     * Runs a scenario again over a transcript recorded earlier, such as one a server stored: the learner's lines
     * are said again, and each counterpart line keeps the recorded words wherever the simulator chose the same
     * line as then, so a voice is asked only for lines that changed. Only each turn's speaker, text and
     * simulator line are read from the record.
     */
    public static Practice resume(
            Scenario scenario,
            PracticeSettings settings,
            Analyzer analyzer,
            List<Turn> recorded,
            CounterpartVoice voice,
            ReplySink sink) {
        List<String> lines = recorded.stream()
                .filter(t -> t.speaker() == Speaker.LEARNER)
                .map(Turn::text)
                .toList();
        return begin(scenario, settings, analyzer, voice, recorded, sink).continueWith(lines, sink);
    }

    private Practice replay(List<String> lines, List<Turn> said, ReplySink sink) {
        return begin(scenario, settings, analyzer, voice, said, sink).continueWith(lines, sink);
    }

    private Practice continueWith(List<String> lines, ReplySink sink) {
        for (String line : List.copyOf(lines)) {
            if (outcome().isFinal()) {
                break;
            }
            say(line, sink);
        }
        return this;
    }

    /** Returns whether the learner ended the run (with "End and review" or /end) before the other person did. */
    public boolean endedByLearner() {
        return endedByLearner && !counterpart.outcome().isFinal() && safetyConcern.isEmpty();
    }

    /** Returns how the run stands or ended. */
    public Outcome outcome() {
        if (safetyConcern.isPresent()) {
            return Outcome.STOPPED_FOR_SAFETY;
        }
        if (counterpart.outcome().isFinal()) {
            return counterpart.outcome();
        }
        if (!endedByLearner) {
            return Outcome.IN_PROGRESS;
        }
        // Ending it right after they said yes is a conversation settled, not one cut short.
        boolean theyAgreed = turns.reversed().stream()
                .filter(t -> t.speaker() == Speaker.COUNTERPART)
                .findFirst()
                .flatMap(Turn::intent)
                .filter(i -> i == Intent.ACCEPT)
                .isPresent();
        return theyAgreed ? Outcome.RESOLVED : Outcome.ENDED_BY_LEARNER;
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
