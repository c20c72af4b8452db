package dev.spar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Questions answered by what they name: a figure to confirm or put right, a person asked after. */
class ChecksTests {
    private static final Map<String, String> FACTS = facts();

    private static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("old_price", "$118");
        facts.put("new_price", "$142");
        facts.put("call_date", "the 4th");
        facts.put("chat_date", "the 9th");
        facts.put("partner", "Chris");
        facts.put("deadline", "3pm");
        return facts;
    }

    @Nested
    class Figures {
        @Test
        void putsRightAFigureNearTheFactOfTheSameKind() {
            assertThat(Checks.figureIn("is it $152 a month you're on now?", FACTS))
                    .contains(new Checks.Checked("new_price", "$142", false));
            assertThat(Checks.figureIn("The phone call was on the 5th, wasn't it?", FACTS))
                    .contains(new Checks.Checked("call_date", "the 4th", false));
        }

        @Test
        void confirmsAFigureNamedExactlyEvenBesideAWrongOne() {
            assertThat(Checks.figureIn("wait, is it the 9th or the 21st? my head's gone", FACTS))
                    .contains(new Checks.Checked("chat_date", "the 9th", true));
        }

        @Test
        void readsTimesAndThousands() {
            assertThat(Checks.figureIn("So it's 4pm you need it by?", FACTS))
                    .contains(new Checks.Checked("deadline", "3pm", false));
        }

        @Test
        void leavesAloneOpenQuestionsFarFiguresAndSummariesBeforeTheQuestion() {
            assertThat(Checks.figureIn("What are you paying now, $150?", FACTS)).isEmpty();
            assertThat(Checks.figureIn("Is it $900 a month?", FACTS)).isEmpty();
            assertThat(Checks.figureIn("So it went up to $152 in April. Is that right?", FACTS))
                    .isEmpty();
        }
    }

    @Nested
    class PeopleAskedAfter {
        @Test
        void findsSomeoneTheScenarioKnows() {
            assertThat(Checks.personAskedAfter("how's Chris doing anyway?", FACTS))
                    .contains("Chris");
            assertThat(Checks.personAskedAfter("Hi! How is Chris getting on?", FACTS))
                    .contains("Chris");
        }

        @Test
        void ignoresStrangersAndOtherHows() {
            assertThat(Checks.personAskedAfter("how's Martin?", FACTS)).isEmpty();
            assertThat(Checks.personAskedAfter("How is that fair?", FACTS)).isEmpty();
        }
    }

    @Test
    void namesAFigureCutInsideItWhole() {
        assertThat(OfferReaction.wholeFigure("hold you at $48", "I can hold you at $48,000 for the renewal."))
                .isEqualTo("hold you at $48,000");
        assertThat(OfferReaction.wholeFigure("refund the $18", "I can refund the $18, today."))
                .isEqualTo("refund the $18");
    }
}
