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
                    "I'm afraid for my job if this renewal falls through."
                })
        void doesNotStopOnFiguresOfSpeech(String text) {
            assertThat(screen.check(text)).isEmpty();
        }
    }
}
