package dev.spar.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.analysis.RuleAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DrillTests {
    private static final Drill DRILL = new Drill(new RuleAnalyzer());

    private static final Transcript CHAT = Transcript.of(
            "chat.txt",
            List.of(
                    Utterance.of(
                            "Sam",
                            Role.CUSTOMER,
                            "I was charged twice for my subscription this month and I want it fixed."),
                    Utterance.of("Alex", Role.AGENT, "That's our policy, refunds take ten days."),
                    Utterance.of("Sam", Role.CUSTOMER, "Ten days? That's ridiculous.")));

    @Nested
    class EmpathyBeforePolicy {
        @Test
        void passesWhenTheImpactIsNamedBeforeTheLimitAndSomethingIsOffered() {
            Drill.Result r = DRILL.score(
                    CHAT,
                    2,
                    Drill.Pattern.EMPATHY_BEFORE_POLICY,
                    "I'm sorry you were charged twice, that's frustrating. I'll refund the second charge today and"
                            + " email you the confirmation.");

            assertThat(r.missing()).as(r.feedback()).isEmpty();
            assertThat(r.problems()).as(r.feedback()).isEmpty();
            assertThat(r.passed()).isTrue();
            assertThat(r.score()).isEqualTo(100);
            assertThat(r.feedback()).startsWith("That uses Empathy before policy");
        }

        @Test
        void theOriginalPolicyFirstReplyFailsAndSaysWhatToAdd() {
            Drill.Result r = DRILL.score(
                    CHAT, 2, Drill.Pattern.EMPATHY_BEFORE_POLICY, "That's our policy, refunds take ten days.");

            assertThat(r.passed()).isFalse();
            assertThat(r.score()).isLessThan(50);
            assertThat(r.feedback()).contains("naming how this affects them");
        }
    }

    @Test
    void paraphraseAndConfirmWantsBothTheSayingBackAndTheCheck() {
        Drill.Result saidBack = DRILL.score(
                CHAT,
                2,
                Drill.Pattern.PARAPHRASE_AND_CONFIRM,
                "So you were charged twice for your subscription this month. Have I got that right?");
        Drill.Result checkOnly = DRILL.score(CHAT, 2, Drill.Pattern.PARAPHRASE_AND_CONFIRM, "Is that right?");

        assertThat(saidBack.missing()).as(saidBack.feedback()).isEmpty();
        assertThat(checkOnly.passed()).isFalse();
        assertThat(saidBack.score()).isGreaterThan(checkOnly.score());
    }

    @Test
    void yesAndIsUndoneByABut() {
        Drill.Result but = DRILL.score(
                CHAT,
                2,
                Drill.Pattern.YES_AND,
                "I understand how frustrating a double charge is, but I'll refund it today.");

        assertThat(but.missing()).anySatisfy(m -> assertThat(m).contains("'but'"));
    }

    @Test
    void layeredQuestionsGoFromBroadToNarrow() {
        Drill.Result layered = DRILL.score(
                CHAT,
                2,
                Drill.Pattern.LAYERED_QUESTIONS,
                "What happened when you looked at your statement? Was it the same amount both times?");
        Drill.Result narrowOnly =
                DRILL.score(CHAT, 2, Drill.Pattern.LAYERED_QUESTIONS, "Was it the same amount both times?");

        assertThat(layered.missing()).as(layered.feedback()).isEmpty();
        assertThat(narrowOnly.passed()).isFalse();
    }

    @Test
    void onlyTheAgentsTurnsAreDrilledAndTheRewriteIsBounded() {
        assertThatThrownBy(() -> DRILL.score(CHAT, 1, Drill.Pattern.YES_AND, "Hi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one of the agent's turns");
        assertThatThrownBy(() -> DRILL.score(CHAT, 2, Drill.Pattern.YES_AND, " "))
                .hasMessageContaining("Write your version");
        assertThatThrownBy(() -> DRILL.score(CHAT, 2, Drill.Pattern.YES_AND, "a".repeat(Drill.MAX_REWRITE + 1)))
                .hasMessageContaining("under " + Drill.MAX_REWRITE);
    }
}
