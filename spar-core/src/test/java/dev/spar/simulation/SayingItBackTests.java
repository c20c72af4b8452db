package dev.spar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the counterpart says back of the learner's words, and which stock lines and confirmations it may say: a
 * request from their side ("text before I come over"), a summary confirmed only for what it named, and stock lines
 * that fit the relationship.
 */
class SayingItBackTests {
    @Test
    void youStartingAClauseIsISaidBackAndTheVerbGoesWithIt() {
        assertThat(Wording.fromTheirSide("text before you come over")).isEqualTo("text before I come over");
        assertThat(Wording.fromTheirSide("let me know when you are free")).isEqualTo("let you know when I am free");
        assertThat(Wording.fromTheirSide("tell me if you're coming round")).isEqualTo("tell you if I'm coming round");
        assertThat(Wording.fromTheirSide("ring me after you've spoken to your son"))
                .isEqualTo("ring you after I've spoken to my son");
        assertThat(Wording.fromTheirSide("pay the invoice before you get the handover"))
                .isEqualTo("pay the invoice before I get the handover");
    }

    @Test
    void youAsAnObjectIsMeAndWeStay() {
        assertThat(Wording.fromTheirSide("send you a link before Friday")).isEqualTo("send me a link before Friday");
        assertThat(Wording.fromTheirSide("keep our Sundays free for us")).isEqualTo("keep our Sundays free for us");
        assertThat(Wording.fromTheirSide("save it for when you and I are alone"))
                .isEqualTo("save it for when you and I are alone");
    }

    @Test
    void textSpeakIsNotSaidBack() {
        assertThat(Wording.sayableFromTheirSide("txt b4 u come round")).isEmpty();
        assertThat(Wording.sayableFromTheirSide("ring before you pop round")).contains("ring before I pop round");
    }

    @Test
    void aShortenedEchoDoesNotEndOnAClauseOpener() {
        assertThat(Wording.shorten("get Leah to take the handover before I go on holiday"))
                .isEqualTo("get Leah to take the handover");
    }

    @Test
    void aConfirmationThatGoesOnNeedsTheSummaryToHaveNamedIt() {
        String surplus = "Yes, that's it. I'm scared of being surplus. That's exactly it.";
        assertThat(LineFit.confirmsWhatWasNotSaid(surplus, "So you'd like to hear it from Dan too."))
                .isTrue();
        assertThat(LineFit.confirmsWhatWasNotSaid(surplus, "So you pop round because you want to help."))
                .isTrue();
        assertThat(LineFit.confirmsWhatWasNotSaid(surplus, "So you're afraid of being shut out."))
                .isFalse();
        assertThat(LineFit.confirmsWhatWasNotSaid(surplus, "It sounds like you feel surplus now."))
                .isFalse();

        String insurance = "Yes. That's right, all of it, including the insurance.";
        assertThat(LineFit.confirmsWhatWasNotSaid(insurance, "So the fee hit and then the insurance bounced."))
                .isFalse();
        assertThat(LineFit.confirmsWhatWasNotSaid(insurance, "So the fee came out twice."))
                .isTrue();

        // A bare confirmation, and a line that is no confirmation, fit any summary.
        assertThat(LineFit.confirmsWhatWasNotSaid("Yes, that's right, dear.", "So you sent it back."))
                .isFalse();
        assertThat(LineFit.confirmsWhatWasNotSaid(
                        "Yes, that makes sense now. Thank you for checking.", "Anything else?"))
                .isFalse();
    }

    @Test
    void stockLinesOutsideASupportCallAreNotASupportCall() {
        for (Scenario.Category category :
                List.of(Scenario.Category.PERSONAL, Scenario.Category.FREELANCE_SALES, Scenario.Category.WORKPLACE)) {
            for (Intent intent : Intent.values()) {
                for (Line line : StockLines.forIntent(intent, category)) {
                    assertThat(line.text().toLowerCase(java.util.Locale.ROOT))
                            .as("%s %s", category, intent)
                            .doesNotContain("above you")
                            .doesNotContain("put me through")
                            .doesNotContain("talk to someone else")
                            .doesNotContain("fix it");
                }
            }
        }
        assertThat(StockLines.forIntent(Intent.ESCALATE, Scenario.Category.CUSTOMER_SERVICE))
                .extracting(Line::text)
                .contains("This is going nowhere. Who is above you?");
    }
}
