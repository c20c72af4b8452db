package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The families of language read by the shape of a line, in words none of the evaluation probes use. */
class FamiliesOfLanguageTests {

    @Nested
    class FactsAskedForByKindAndDescription {
        private final Understanding garage = Understanding.of(
                Topics.of(List.of(
                        fact("labour_fee", "$95"),
                        fact("parts_cost", "$310"),
                        fact("invoice", "INV-88"),
                        fact("accounts", "Priti"),
                        fact("pickup_day", "Thursday"),
                        fact("courtesy_car", "the blue Corsa"))),
                Meaning.NONE);

        private static Topic fact(String id, String value) {
            String label = id.replace('_', ' ');
            return new Topic(id, label, List.of(label), Optional.of(value));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                what did they charge for the labour                 | labour_fee
                How much were the parts in the end?                 | parts_cost
                who do i talk to about paying the invoice           | accounts
                when can I come and pick it up                      | pickup_day
                """)
        void findsTheFactAQuestionDescribes(String line, String topic) {
            Content read = garage.read(Side.LEARNER, line, new ConversationMemory());
            assertThat(read.topicsAsked()).first().isEqualTo(topic);
        }
    }

    @Nested
    class AskedAgainInAStatement {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "sorry, I didn't catch the order number",
                    "I forgot to note the order number, what was it",
                    "could you repeat the order number"
                })
        void aFactSaidToBeMissedIsAskedAgain(String line) {
            assertThat(Readings.learner(line).first(ActKind.REASK))
                    .hasValueSatisfying(act -> assertThat(act.topic()).hasValue("order_number"));
        }

        @Test
        void anEmailThatNeverCameIsNotAskedAgain() {
            assertThat(Readings.learner("I didn't get the email you sent").has(ActKind.REASK))
                    .isFalse();
        }
    }

    @Nested
    class GuessedFaultsAndMotives {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "you probably ticked the wrong box when you ordered",
                    "I bet you deleted the confirmation",
                    "It was you who cancelled it, not us.",
                    "you're only saying that to get a refund",
                    "you're just after a discount",
                    "you obviously never saved a copy",
                    "stop pretending you didn't see the warning"
                })
        void areAccusations(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "you probably lost a whole day's work over this",
                    "where are you lot going after this?",
                    "You must have been so worried."
                })
        void sympathyAndQuestionsAreNot(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).isFalse();
        }
    }

    @Nested
    class Sarcasm {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "a laptop that breaks after a month, who would have thought",
                    "yeah cos that's my fault",
                    "good luck finding a cheaper one",
                    "kind of you to eventually reply"
                })
        void isReadByItsMarkers(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).isTrue();
        }
    }

    @Nested
    class LightLines {
        @ParameterizedTest
        @ValueSource(strings = {"well it's certainly been an adventure 🤣", "there goes my weekend 😅"})
        void laughingFacesAreJokes(String line) {
            assertThat(Readings.learner(line).has(ActKind.JOKE)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Hi! Hope your morning's going well",
                    "hey, how are you today?",
                    "do you play any sport at the weekends?"
                })
        void greetingsAndQuestionsAboutTheirLifeLeaveTheTopic(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).isTrue();
        }

        @Test
        void askingHowTheyAreHoldingUpIsNoTangent() {
            assertThat(Readings.learner("how are you holding up?").has(ActKind.TANGENT))
                    .isFalse();
        }
    }
}
