package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;
import static dev.spar.analysis.Utterances.assertFlags;
import static dev.spar.analysis.Utterances.assertNotFlagged;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Labels for the other person's manner and talk that treats them as slow ({@link JudgementPhrases}): each kind is
 * found in wordings written for this test, and the good lines that share its words are left alone.
 */
class JudgementPhrasesTests {

    @Nested
    class LabellingTheirManner {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You're being a bit precious about the wording, if I'm honest.",
                    "ur being very picky about a two day delay",
                    "Honestly your tone isn't helping here.",
                    "The way you're talking to me right now is not ok.",
                    "Your endless emails about this are a lot, to be fair.",
                    "Calling a late parcel a scam is a bit over the top.",
                    "Let's not jump to conclusions about what the driver did.",
                    "That's quite a leap, from one missed call to 'you don't care'.",
                    "Your demands are frankly unreasonable at this point.",
                    "This feels like a witch hunt rather than a review.",
                    "It's criticism dressed up as concern, Mum."
                })
        void findsTheirMannerLabelled(String line) {
            assertFlags(line, JUDGEMENTAL_FRAMING);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You're being really patient with me, thank you.",
                    "I don't want to jump to conclusions, so let me check the tracking first.",
                    "Your emails were clear, and you were right to chase.",
                    "I know my tone earlier wasn't great, I'm sorry.",
                    "The way you described it helps a lot.",
                    "Calling it a mistake is fair, it was one.",
                    "Your feedback is frankly the most useful I've had."
                })
        void leavesTheirMannerAloneWhenItIsPraisedOrOwned(String line) {
            assertNotFlagged(line, JUDGEMENTAL_FRAMING);
        }
    }

    @Nested
    class LabellingWhatTheyAskOrSay {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "That's a pretty paranoid way of seeing it.",
                    "That's a very childish thing to say, Dad.",
                    "honestly that sounds a bit selfish tbh",
                    "It comes across as quite controlling, Margaret.",
                    "Threatening to go to the papers over forty quid seems a bit over the top.",
                    "Expecting a full refund after two months is really stretching it.",
                    "Wanting the whole fee back isn't really reasonable, to be fair.",
                    "Asking me to cover your parking as well is a bit much.",
                    "Is all this really necessary? It's one late parcel."
                })
        void findsTheirRequestOrViewLabelled(String line) {
            assertFlags(line, JUDGEMENTAL_FRAMING);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "That's unfair on you, and I'm sorry it happened.",
                    "That's a fair thing to ask.",
                    "Expecting the parcel on Tuesday was completely reasonable.",
                    "Asking for the fee back is reasonable, and I'll put it through.",
                    "It sounds like a really stressful week.",
                    "That was a childish mistake on my part.",
                    "Honestly that was so rude, I'm sorry he spoke to you like that.",
                    "Going to the depot yourself is a bit much to ask, so I'll send a courier.",
                    "Is the signature really necessary for the form?"
                })
        void leavesTheirRequestAloneWhenItIsGrantedOrTheSituationIsNamed(String line) {
            assertNotFlagged(line, JUDGEMENTAL_FRAMING);
        }
    }

    @Nested
    class TreatingThemAsSlow {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'll try to keep this nice and simple for you.",
                    "It's not quite as simple as you might think, sir.",
                    "It's a lot more complicated than you realise.",
                    "We know a lot more about sleep these days, Margaret.",
                    "That should be obvious, to be honest."
                })
        void findsThemTreatedAsSlow(String line) {
            assertFlags(line, CONDESCENSION);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Let me keep this simple: refund today, new one Friday.",
                    "It's more complicated than I'd like, so I'll check with the team.",
                    "I didn't realise it was this complicated for you, I'm sorry.",
                    "We know a lot more now than we did on Monday, so here's the update."
                })
        void leavesPlainTalkAlone(String line) {
            assertNotFlagged(line, CONDESCENSION);
        }
    }
}
