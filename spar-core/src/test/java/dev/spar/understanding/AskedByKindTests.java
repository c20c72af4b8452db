package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A question asks for a kind of thing (a place, a date) and is read as asking for the fact of that kind it means. */
class AskedByKindTests {
    private static Topic fact(String id, String value) {
        String label = id.replace('_', ' ');
        return new Topic(id, label, List.of(label), Optional.of(value));
    }

    private static Understanding of(Topic... topics) {
        return Understanding.of(Topics.of(List.of(topics)), Meaning.NONE);
    }

    private static List<String> asked(Understanding understanding, String line) {
        return new Readings.Conversation(understanding).read(Side.LEARNER, line).topicsAsked();
    }

    /** "Where is it?" about their parcel asks for the one place there is. */
    @Nested
    class WhereTheirThingIs {
        private final Understanding onePlace = of(
                fact("order_number", "TT-90417"), fact("event_day", "Saturday"), fact("depot", "the Riverside depot"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "where is it right now exactly?",
                    "so where's it sitting now?",
                    "ok where is the parcel at the moment",
                    "Where's my order got to?",
                    "sorry, where was it last seen?",
                    "where did you drop the box off in the end?",
                    "where did they send my order, do you know?",
                    "and where did you leave it, just so I know"
                })
        void isTheOnePlaceThereIs(String line) {
            assertThat(asked(onePlace, line)).as(line).containsExactly("depot");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "where are you calling from?",
                    "where did you hear about us?",
                    "where did you grow up?",
                    "where did you leave things with your manager?",
                    "where's the catch?",
                    "when is the wedding?",
                    "It's wherever the courier left it."
                })
        void aQuestionAboutSomethingElseOrNoQuestionIsNot(String line) {
            assertThat(asked(onePlace, line)).as(line).doesNotContain("depot");
        }

        @ParameterizedTest
        @ValueSource(strings = {"where is it right now exactly?", "so where's it sitting now?"})
        void withTwoPlacesNothingIsGuessed(String line) {
            Understanding twoPlaces = Understanding.of(
                    Topics.of(List.of(
                            fact("depot", "the Riverside depot"), fact("drop_off", "the newsagent on Mill Street"))),
                    Meaning.NONE);

            assertThat(asked(twoPlaces, line)).as(line).isEmpty();
        }
    }

    /** A date asked for is not answered by the name of the event it is the date of. */
    @Nested
    class TheDateOfAnEvent {
        private final Understanding launch = of(
                fact("last_day", "Friday the 28th"),
                fact("launch", "the spring collection launch"),
                new Topic(
                        "answer:launch",
                        "launch",
                        List.of("launch", "date", "when", "timeline", "go live"),
                        Optional.empty()));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "what's the launch date again?",
                    "sorry, what was the launch date?",
                    "when is the launch?",
                    "remind me, when's the launch happening?",
                    "whats the launch date",
                    "how soon is the launch, roughly?",
                    "so how far away is the launch at this point?"
                })
        void isTheLineThatSaysWhen(String line) {
            assertThat(asked(launch, line)).as(line).containsExactly("answer:launch");
        }

        @ParameterizedTest
        @ValueSource(strings = {"what is the launch about?", "which launch is it?"})
        void aQuestionThatIsNotForADateKeepsTheEvent(String line) {
            assertThat(asked(launch, line)).as(line).containsExactly("launch");
        }

        @ParameterizedTest
        @ValueSource(strings = {"what's your last day?", "when is your last day?"})
        void aDateThatIsOneIsStillAnswered(String line) {
            assertThat(asked(launch, line)).as(line).containsExactly("last_day");
        }

        @ParameterizedTest
        @ValueSource(strings = {"what's the launch date?", "when is the launch?"})
        void anEventWithItsDateAsAFactIsAnsweredByIt(String line) {
            Understanding dated =
                    Understanding.of(Topics.of(List.of(fact("launch_date", "the 3rd of March"))), Meaning.NONE);

            assertThat(asked(dated, line)).as(line).containsExactly("launch_date");
        }
    }

    /** "Which company was it?" asks for the one business the scenario names, by its key and its value alike. */
    @Nested
    class WhichBusiness {
        private final Understanding payment = of(
                fact("amount", "$1,860"),
                fact("lender", "Hollis Mortgage"),
                fact("insurer", "her car insurance"),
                fact("granddaughter", "Chloe"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "which company did the money go out to?",
                    "Sorry, which firm took the debit?",
                    "just to check, which lender is it with?"
                })
        void isTheOneBusinessNamed(String line) {
            assertThat(asked(payment, line)).as(line).containsExactly("lender");
        }

        @ParameterizedTest
        @ValueSource(strings = {"how much did the payment come to?", "which company do you work for?"})
        void aQuestionForAnotherThingIsNot(String line) {
            assertThat(asked(payment, line)).as(line).doesNotContain("lender");
        }

        @ParameterizedTest
        @ValueSource(strings = {"which company did the money go out to?"})
        void withTwoBusinessesNamedNothingIsGuessed(String line) {
            Understanding two = of(fact("lender", "Hollis Mortgage"), fact("insurer", "Brightcover Insurance"));

            assertThat(asked(two, line)).as(line).isEmpty();
        }
    }

    /** "What were you paying before it went up?" asks for the old figure, not the new one. */
    @Nested
    class TheFigureBeforeAChange {
        private final Understanding prices =
                of(fact("new_price", "$142"), fact("old_price", "$118"), fact("device_balance", "$260"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "remind me, what were you paying before the bill went up?",
                    "what was the price before the increase?",
                    "what did you used to pay each month?"
                })
        void isTheOldFigure(String line) {
            assertThat(asked(prices, line)).as(line).containsExactly("old_price");
        }

        @ParameterizedTest
        @ValueSource(strings = {"what are you paying now?", "what's the price after the rise?"})
        void theFigureNowIsTheNewOne(String line) {
            assertThat(asked(prices, line)).as(line).containsExactly("new_price");
        }
    }
}
