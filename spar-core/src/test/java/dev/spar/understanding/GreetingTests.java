package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GreetingTests {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hi Margaret, thanks for making time.",
                "Hi Dana, thanks for making time for this.",
                "Hello.",
                "Morning Kofi, have you got ten minutes?",
                "Good afternoon, thanks for calling back.",
                "Thanks for seeing me, Alex.",
                "hey sam",
                "hi margaret!"
            })
    void aLineThatOnlyGreetsIsAGreeting(String line) {
        assertThat(Greeting.only(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thanks.",
                "Morning lovely day isn't it",
                "Hi Margaret, I want to talk about the visits.",
                "Hello, is the refund through yet?",
                "Thanks for nothing.",
                "Hi, how was your weekend?",
                "hey you",
                "hey whatever",
                "hi sam so about the money"
            })
    void aLineThatSaysMoreIsNot(String line) {
        assertThat(Greeting.only(line)).isFalse();
    }
}
