package dev.spar.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.analysis.MeaningMatch;
import dev.spar.coaching.Coach;
import dev.spar.coaching.Critique;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.ReplySink;
import dev.spar.simulation.Turn;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * With a model, the model writes the reply to what the learner said, and the content reading checks it: run
 * against a real HTTP server on loopback speaking OpenAI's chat completions.
 */
class AnsweringModelTests {
    private static final Scenario REFUND =
            ScenarioFixtures.withOpener(ScenarioFixtures.refundCustomer(), Scenario.Opener.LEARNER);
    private static final PracticeSettings SETTINGS = PracticeSettings.of(9, 3);
    private static final String POLICY = "Our policy is thirty days, so I can't refund it.";

    /** The keyword analyser, with a semantic reading that takes a line opening "Deal" as agreeing. */
    private static final Analyzer ANALYZER =
            new KeywordAnalyzer(sentence -> sentence.strip().startsWith("Deal")
                    ? List.of(new MeaningMatch("accept", 0.8, "deal, let's do that"))
                    : List.of());

    private ProviderServer server;
    private ModelEngine engine;

    @BeforeEach
    void startServer() {
        server = new ProviderServer(ProviderServer.Protocol.OPENAI);
        EngineConfig config = EngineConfig.resolve(
                Map.of(EngineConfig.API_KEY_VARIABLE, "sk-test", EngineConfig.TIMEOUT_VARIABLE, "2"),
                Engine.OPENAI.id(),
                server.baseUrl(),
                "test-model");
        engine = ModelEngine.open(config, ModelClient.Retries.USUAL, wait -> {});
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Practice practice() {
        return Practice.start(REFUND, SETTINGS, ANALYZER, engine.voice(), ReplySink.NONE);
    }

    private static Turn reply(Practice.Response response) {
        return ((Practice.Replied) response).reply();
    }

    @Nested
    class ThePrompt {
        @Test
        void asksForAnAnswerToTheLearnersQuestionWithTheFactItAsksAbout() {
            server.then(ProviderServer.stream("It's BL-1. Now what?"));
            String question = "Sorry, what's the order number on this one?";

            Turn reply = reply(practice().say(question));

            String prompt = ProviderContract.promptOf(server.requests().getFirst());
            assertThat(prompt)
                    .contains("<data kind=\"learner-line\">\n" + question + "\n</data>")
                    .contains("asks about the order number (the fact: BL-1)")
                    .contains("temperature: "
                            + CounterpartPrompt.temperature(reply.state().orElseThrow()))
                    .contains("an example, not a script");
            assertThat(reply.text()).isEqualTo("It's BL-1. Now what?");
        }
    }

    @Nested
    class TheReadingChecksTheReply {
        @Test
        void aReplyThatAgreesWhileTheSimulationPushesBackIsWithdrawnForTheAuthoredLine() {
            server.then(ProviderServer.stream("Deal", ", I'll", " take", " that."));
            Screen screen = new Screen();

            Turn reply = reply(practice().say(POLICY, screen));

            assertThat(reply.intent()).isNotIn(Optional.of(Intent.ACCEPT), Optional.of(Intent.END_RESOLVED));
            assertThat(reply.reworded()).isFalse();
            assertThat(screen.shown())
                    .isEqualTo(reply.text())
                    .isEqualTo(reply.simulatorLine().orElseThrow());
            assertThat(screen.retractions).singleElement().asString().contains("agreed");
        }

        @Test
        void aReplyInventingACreditIsWithdrawn() {
            server.then(ProviderServer.stream("Then give me a $500 credit", " and we're done."));
            Screen screen = new Screen();

            Turn reply = reply(practice().say(POLICY, screen));

            assertThat(reply.text())
                    .doesNotContain("$500")
                    .isEqualTo(reply.simulatorLine().orElseThrow());
            assertThat(screen.retractions).singleElement().asString().contains("'$500'");
        }

        @Test
        void aReplyOutOfCharacterIsWithdrawn() {
            ProviderServer.Stream meta = ProviderServer.stream("As an AI language model, I don't own a laptop.");
            server.then(meta, meta);
            Screen screen = new Screen();

            Turn reply = reply(practice().say(POLICY, screen));

            assertThat(reply.text()).isEqualTo(reply.simulatorLine().orElseThrow());
            assertThat(screen.retractions.getLast()).contains("out of character");
        }

        @Test
        void aReplyThatNarratesIsWithdrawn() {
            server.then(ProviderServer.stream("*sighs* Dana looks at the floor."));
            Screen screen = new Screen();

            Turn reply = reply(practice().say(POLICY, screen));

            assertThat(reply.reworded()).isFalse();
            assertThat(screen.retractions).singleElement().asString().contains("narrated");
        }

        @Test
        void aGoodReplyIsKept() {
            String good = "Thirty days? I've lost a whole week to this laptop and you quote rules at me.";
            server.then(ProviderServer.stream(good));
            Screen screen = new Screen();

            Turn reply = reply(practice().say(POLICY, screen));

            assertThat(reply.text()).isEqualTo(good).isEqualTo(screen.shown());
            assertThat(reply.reworded()).isTrue();
            assertThat(screen.retractions).isEmpty();
        }
    }

    @Nested
    class TheCoachsOwnFindings {
        private static final String SARCASTIC = "Oh great, another week of this, wonderful.";

        private Practice finished() {
            server.then(ProviderServer.stream("Fine."), ProviderServer.stream("Go on."));
            Practice practice = practice();
            practice.say("Hi Dana, I can hear this has cost you a week.");
            practice.say(SARCASTIC);
            practice.end();
            return practice;
        }

        private static String answer(String findings) {
            return "{\"summary\": \"You opened well.\", \"rewrites\": [], \"nextTime\": [], \"findings\": [" + findings
                    + "]}";
        }

        @Test
        void aFindingQuotingTheLearnerWordForWordIsKeptAsTheModels() {
            Practice practice = finished();
            Critique critique = new Coach().critique(practice);
            server.then(ProviderServer.stream(answer("{\"turn\": 3, \"quote\": \"another week of  this,"
                    + " wonderful\", \"category\": \"sarcasm\", \"why\": \"It mocks her.\"}")));

            Narrative narrative = ((NarrativeResult.Written) engine.narrate(practice, critique)).narrative();

            assertThat(narrative.findings())
                    .containsExactly(new Narrative.Finding(
                            3, "another week of this, wonderful", FindingCategory.SARCASM, "It mocks her."));
            assertThat(critique.findings()).noneMatch(f -> f.category() == FindingCategory.SARCASM);
            assertThat(ProviderContract.promptOf(server.requests().getLast()))
                    .containsPattern("problems [a-z, -]*sarcasm");
        }

        @Test
        void aFindingWithWordsTheLearnerDidNotSayOrAnUnknownCategoryIsDropped() {
            Practice practice = finished();
            server.then(ProviderServer.stream(
                    answer("{\"turn\": 3, \"quote\": \"another month of this, wonderful\", \"category\": \"sarcasm\","
                            + " \"why\": \"x\"},"
                            + "{\"turn\": 3, \"quote\": \"Another week of this\", \"category\": \"sarcasm\","
                            + " \"why\": \"x\"},"
                            + "{\"turn\": 3, \"quote\": \"another week of this\", \"category\": \"rudeness\","
                            + " \"why\": \"x\"}")));

            Narrative narrative =
                    ((NarrativeResult.Written) engine.narrate(practice, new Coach().critique(practice))).narrative();

            assertThat(narrative.findings()).isEmpty();
            assertThat(narrative.droppedQuotes()).isEqualTo(3);
        }
    }
}
