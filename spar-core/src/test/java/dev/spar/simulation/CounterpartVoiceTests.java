package dev.spar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CounterpartVoiceTests {
    private static final Scenario REFUND = ScenarioFixtures.refundCustomer();
    private static final PracticeSettings SETTINGS = PracticeSettings.of(9, 3);
    private static final List<String> LINES = List.of(
            "I can hear this has cost you a week.",
            "So the main issue is the crashes. Walk me through when they started?",
            "We can repair it under warranty.");

    /** A voice that answers each request with a function of it, streaming word by word, and keeps them. */
    private static final class ScriptedVoice implements CounterpartVoice {
        final List<VoiceRequest> requests = new ArrayList<>();
        private final Function<VoiceRequest, Voicing> script;

        ScriptedVoice(Function<VoiceRequest, Voicing> script) {
            this.script = script;
        }

        static ScriptedVoice rewording() {
            return new ScriptedVoice(r -> new Spoken("In other words: " + r.line()));
        }

        @Override
        public Voicing voice(VoiceRequest request, ReplySink sink) {
            requests.add(request);
            Voicing voicing = script.apply(request);
            if (voicing instanceof Spoken(String text)) {
                for (String piece : text.split("(?= )")) {
                    sink.token(piece);
                }
            }
            return voicing;
        }
    }

    /** A sink that writes what a screen would show. */
    private static final class Screen implements ReplySink {
        final StringBuilder shown = new StringBuilder();

        @Override
        public void token(String piece) {
            shown.append(piece);
        }

        @Override
        public void retract(String reason) {
            shown.append(" [").append(reason).append("] ");
        }
    }

    private static Practice withVoice(CounterpartVoice voice) {
        return Practice.replay(REFUND, SETTINGS, new KeywordAnalyzer(), LINES, voice, ReplySink.NONE);
    }

    @Nested
    class AVoiceThatRewords {
        @Test
        void changesTheWordsButNotWhatTheCounterpartFeelsOrDoes() {
            Practice simulated = Practice.replay(REFUND, SETTINGS, new KeywordAnalyzer(), LINES);

            Practice voiced = withVoice(ScriptedVoice.rewording());

            assertThat(voiced.turns()).hasSameSizeAs(simulated.turns());
            for (int i = 0; i < voiced.turns().size(); i++) {
                Turn v = voiced.turns().get(i);
                Turn s = simulated.turns().get(i);
                assertThat(v.state()).isEqualTo(s.state());
                assertThat(v.intent()).isEqualTo(s.intent());
                if (v.speaker() == Speaker.COUNTERPART) {
                    assertThat(v.text()).isEqualTo("In other words: " + s.text());
                    assertThat(v.simulatorLine()).contains(s.text());
                    assertThat(v.reworded()).isTrue();
                }
            }
            assertThat(voiced.outcome()).isEqualTo(simulated.outcome());
        }

        @Test
        void hearsThePersonaTheHistoryTheStateTheIntentAndTheSimulatorsLine() {
            ScriptedVoice voice = ScriptedVoice.rewording();

            Practice practice = withVoice(voice);

            VoiceRequest second = voice.requests.get(1);
            Turn reply = practice.turns().get(2);
            assertThat(second.scenario().persona().name()).isEqualTo("Dana");
            assertThat(second.history())
                    .containsExactlyElementsOf(practice.turns().subList(0, 2));
            assertThat(second.answering().orElseThrow().text()).isEqualTo(LINES.getFirst());
            assertThat(second.state()).isEqualTo(reply.state().orElseThrow());
            assertThat(second.intent()).isEqualTo(reply.intent().orElseThrow());
            assertThat(second.line()).isEqualTo(reply.simulatorLine().orElseThrow());
        }

        @Test
        void streamsTheReplyAndKeepsExactlyWhatWasStreamed() {
            Practice practice =
                    Practice.start(REFUND, SETTINGS, new KeywordAnalyzer(), ScriptedVoice.rewording(), ReplySink.NONE);
            Screen screen = new Screen();

            Practice.Response response = practice.say(LINES.getFirst(), screen);

            assertThat(((Practice.Replied) response).reply().text()).isEqualTo(screen.shown.toString());
        }
    }

    @Nested
    class WhenTheVoiceFails {
        @Test
        void theSimulatorsLineIsSaidAndTheLearnerIsToldWhy() {
            Practice practice = Practice.start(
                    REFUND,
                    SETTINGS,
                    new KeywordAnalyzer(),
                    new ScriptedVoice(r -> new CounterpartVoice.Unavailable("the model timed out")),
                    ReplySink.NONE);
            Screen screen = new Screen();

            Turn reply = ((Practice.Replied) practice.say(LINES.getFirst(), screen)).reply();

            assertThat(reply.reworded()).isFalse();
            assertThat(screen.shown.toString()).isEqualTo(" [the model timed out] " + reply.text());
            assertThat(practice.turns()).hasSize(3);
        }

        @Test
        void aVoiceThatThrowsLosesNoTurn() {
            Practice practice = withVoice((request, sink) -> {
                sink.token("Half a sen");
                throw new IllegalStateException("connection reset");
            });

            Practice simulated = Practice.replay(REFUND, SETTINGS, new KeywordAnalyzer(), LINES);
            assertThat(practice.turns()).isEqualTo(simulated.turns());
        }

        @Test
        void aBlankOrUnsafeLineIsReplacedByTheSimulatorsLine() {
            Practice blank = withVoice(new ScriptedVoice(r -> new CounterpartVoice.Spoken("  ")));
            Practice unsafe = withVoice(new ScriptedVoice(r -> new CounterpartVoice.Spoken("I am going to hurt you.")));

            Practice simulated = Practice.replay(REFUND, SETTINGS, new KeywordAnalyzer(), LINES);
            assertThat(blank.turns()).isEqualTo(simulated.turns());
            assertThat(unsafe.turns()).extracting(Turn::text).doesNotContain("I am going to hurt you.");
        }

        @Test
        void theRunCanGoOnWithTheSimulator() {
            Practice practice =
                    Practice.start(REFUND, SETTINGS, new KeywordAnalyzer(), ScriptedVoice.rewording(), ReplySink.NONE);

            practice.voiceWith(CounterpartVoice.SIMULATOR);
            Turn reply = ((Practice.Replied) practice.say(LINES.getFirst())).reply();

            assertThat(practice.turns().getFirst().reworded()).isTrue();
            assertThat(reply.reworded()).isFalse();
        }
    }

    @Nested
    class GoingBack {
        @Test
        void rewindingReusesTheWordsAlreadySaidWithoutVoicingThemAgain() {
            ScriptedVoice voice = ScriptedVoice.rewording();
            Practice original = withVoice(voice);
            int voicedBefore = voice.requests.size();

            Practice branch = original.rewindTo(3);

            assertThat(voice.requests).hasSize(voicedBefore);
            assertThat(branch.turns()).isEqualTo(original.turns().subList(0, 5));
        }

        @Test
        void resumingAStoredTranscriptKeepsTheVoicedWordsWithoutAskingTheVoiceAgain() {
            Practice original = withVoice(ScriptedVoice.rewording());
            // A server stores only who spoke, the words and the simulator's line: nothing else is read back.
            List<Turn> stored = original.turns().stream()
                    .map(t -> new Turn(
                            t.number(),
                            t.speaker(),
                            t.text(),
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            t.simulatorLine()))
                    .toList();
            ScriptedVoice later = ScriptedVoice.rewording();

            Practice resumed = Practice.resume(REFUND, SETTINGS, new KeywordAnalyzer(), stored, later, ReplySink.NONE);

            assertThat(later.requests).isEmpty();
            assertThat(resumed.turns()).isEqualTo(original.turns());
            assertThat(resumed.state()).isEqualTo(original.state());
        }

        @Test
        void resumingAfterTheSimulatorChangedItsLineVoicesOnlyThatLineAgain() {
            Practice original = withVoice(ScriptedVoice.rewording());
            List<Turn> stored = new ArrayList<>(original.turns());
            Turn last = stored.getLast();
            stored.set(
                    stored.size() - 1,
                    new Turn(
                            last.number(),
                            last.speaker(),
                            "Something said by an older simulator.",
                            last.analysis(),
                            last.intent(),
                            last.state(),
                            java.util.Optional.of("A line this simulator would not choose.")));
            ScriptedVoice later = ScriptedVoice.rewording();

            Practice resumed = Practice.resume(REFUND, SETTINGS, new KeywordAnalyzer(), stored, later, ReplySink.NONE);

            assertThat(later.requests).hasSize(1);
            assertThat(resumed.turns().getLast().text())
                    .isEqualTo(original.turns().getLast().text());
        }

        @Test
        void aNewLineAfterRewindingIsVoicedAfresh() {
            ScriptedVoice voice = ScriptedVoice.rewording();
            Practice branch = withVoice(voice).rewindTo(2);
            int voicedBefore = voice.requests.size();

            branch.say("Calm down.");

            assertThat(voice.requests).hasSize(voicedBefore + 1);
            assertThat(branch.turns().getLast().reworded()).isTrue();
        }

        @Test
        void restartingSaysTheSameOpening() {
            ScriptedVoice voice = ScriptedVoice.rewording();
            Practice original = withVoice(voice);

            Practice fresh = original.restart();

            assertThat(fresh.turns()).containsExactly(original.turns().getFirst());
        }
    }
}
