package dev.spar.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyScreenTests {
    private final SafetyScreen screen = new SafetyScreen();

    @Nested
    class Stops {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I think about ending my life a lot lately.",
                    "Sometimes I want to kill myself after these calls.",
                    "I've been self-harming again.",
                    "My partner hits me when he drinks.",
                    "He threatened to kill me if I leave.",
                    "I'm scared for my safety at home.",
                    "It's an abusive relationship and I need to tell my mum.",
                    "My dad beat us when we were kids and I want to confront him."
                })
        void stopsOnExplicitDanger(String text) {
            assertThat(screen.check(text)).isPresent();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "honestly I don't want to be here anymore",
                    "i keep thinking my family would be better off if i wasnt around",
                    "thinking about ending it all tbh",
                    "i wanna die",
                    "I've stockpiled my tablets",
                    "i want to kil myself"
                })
        void stopsOnSelfHarmSaidIndirectlyOrInTextSpeak(String text) {
            assertThat(screen.check(text)).map(SafetyConcern::kind).contains(SafetyConcern.Kind.SELF_HARM);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "he grabbed her by the hair in front of me",
                    "she kicked me in the back when I was on the floor",
                    "my partner shoved me against the door",
                    "when he drinks he gets violent",
                    "he won't let me see my family",
                    "I'm terrified of what he'll do if I leave"
                })
        void stopsOnViolenceOrControlAtHomeSaidIndirectly(String text) {
            assertThat(screen.check(text))
                    .map(SafetyConcern::message)
                    .get()
                    .asString()
                    .contains("domestic violence");
        }

        @Test
        void pointsSelfHarmToACrisisLineAndViolenceToEmergencyHelp() {
            assertThat(screen.check("I want to die.").orElseThrow().message()).contains("988", "Samaritans");
            assertThat(screen.check("He hits me.").orElseThrow().message()).contains("emergency", "domestic violence");
            assertThat(screen.check("He hits me.").orElseThrow().kind()).isEqualTo(SafetyConcern.Kind.VIOLENCE);
        }
    }

    @Nested
    class DoesNotStop {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "This delay is killing me.",
                    "I could kill for a working laptop right now.",
                    "You're abusing the return policy.",
                    "That feedback really hit me hard.",
                    "I'd hate to hurt your feelings, but the design isn't working.",
                    "The client keeps beating down my rate.",
                    "I'm afraid for my job if this renewal falls through.",
                    "this project is killing me",
                    "I could kill him for forgetting",
                    "I'm dying to know",
                    "he'll hit the roof",
                    "I'm done with this job",
                    "I can't go on like this with the rota",
                    "My brother beat me at chess again",
                    "they pushed us into a corner on price",
                    "I don't want to be here when he tells the team",
                    "I don't see the point of another meeting"
                })
        void doesNotStopOnFiguresOfSpeech(String text) {
            assertThat(screen.check(text)).isEmpty();
        }
    }
}
