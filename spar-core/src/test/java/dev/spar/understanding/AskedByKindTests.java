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
                    "sorry, where was it last seen?"
                })
        void isTheOnePlaceThereIs(String line) {
            assertThat(asked(onePlace, line)).as(line).containsExactly("depot");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "where are you calling from?",
                    "where did you hear about us?",
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
                    "whats the launch date"
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
}
