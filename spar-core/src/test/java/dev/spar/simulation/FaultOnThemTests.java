package dev.spar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A line that says their situation back as their own fault is a verdict, whatever else it reads as. */
class FaultOnThemTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It was all in the welcome pack. You obviously never opened it.",
                "you simply didn't fill the second page in",
                "After ten years you'd have thought the billing would make sense to you.",
                "Honestly, you should've checked the size chart first.",
                "You could have just rung us before you sent it back."
            })
    void putsTheFaultOnThem(String line) {
        assertThat(FaultOnThem.in(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Did you just not get the letter?",
                "You didn't do anything wrong here.",
                "You should have had a callback on Friday, and I'm sorry you didn't.",
                "If you simply didn't see the email, I'll send it again now.",
                "I'm really sorry, that was our mistake, not yours.",
                "I can't waive the fee myself, but I can ask the team today.",
                "So you'd like the fee back and the card sorted before Friday."
            })
    void aSincereQuestionAnApologyOrAnHonestLimitDoesNot(String line) {
        assertThat(FaultOnThem.in(line)).as(line).isFalse();
    }
}
