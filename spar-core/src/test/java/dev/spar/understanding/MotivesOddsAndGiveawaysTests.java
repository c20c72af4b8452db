package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kinds of soft failure the sixth blind round found the readers missing, each read in wordings written for this
 * test (none from an evaluation set), and the lines that share their words but not their meaning left alone.
 */
class MotivesOddsAndGiveawaysTests {

    @Nested
    class MotivesReadIntoThem {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Honestly it feels like you're angling to get a discount out of a two-minute delay.",
                    "You're just using the late delivery to try and get the whole order free.",
                    "Some people are hoping to dodge paying by shouting loud enough.",
                    "This looks a lot like a bargaining ploy to me, not a complaint.",
                    "Isn't this just a bit of a threat to push me into a refund?",
                    "You enjoy having the last word, don't you.",
                    "You only wanted me to look incompetent in front of the client.",
                    "You simply don't want to admit the brief changed."
                })
        void isAnAccusation(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You're trying to get this sorted before the wedding, and so am I.",
                    "I know you're hoping to get the money back before the holiday.",
                    "You wanted the team to feel heard, and they did.",
                    "You don't want to pay for a repair that failed twice, and that's fair."
                })
        void readingTheirAimKindlyIsNot(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).as(line).isFalse();
        }
    }

    @Nested
    class IronyByKind {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Oh, how foolish of me to expect the parcel on the day you promised.",
                    "Silly me for thinking a receipt would be enough.",
                    "Must be hard, being the only person in the office who reads emails.",
                    "Three weeks late is positively prompt by your standards.",
                    "I can write it down for you, or can you manage that?",
                    "Anything else you'd like while I'm rebuilding the whole site for free?",
                    "Two surveyors said the wall is fine. What would they know about walls.",
                    "So we're keeping score now? Fine.",
                    "Sure, and the next courier's the lucky one.",
                    "Perfect. Very family-friendly.",
                    "Try charging it overnight then, Einstein.",
                    "Does your finance team even own a calculator?",
                    "A food truck? Everyone and their mum has done one of those.",
                    "Bit rich coming from you, after the stunt you pulled at Christmas."
                })
        void isMockery(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Silly me, I typed the wrong postcode. Let me fix it now.",
                    "It must be hard to be the one holding all of this.",
                    "Would you like me to spell that for you?",
                    "What would help you most right now?",
                    "Perfect, that's the reference I needed.",
                    "Thanks for sorting it, mate.",
                    "Does your manager have a phone number I can call?",
                    "That's a rich colour for the logo, I like it."
                })
        void sincereWordsAreNot(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isFalse();
        }
    }

    @Nested
    class OddsTalkedUp {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Claims like yours nearly always get approved in the end.",
                    "A note like this almost never causes any issues with lenders.",
                    "There's a pretty good chance the landlord says yes once he sees it.",
                    "Finance tends to waive it for long-standing customers.",
                    "I'd expect you'll have the money by the weekend.",
                    "The warehouse will almost certainly find it tomorrow.",
                    "I think you'll find the new plan fixes the dropouts.",
                    "Customers are usually really pleased once it's switched over.",
                    "Give it a month, it'll all come good.",
                    "Don't fret about your sister, she'll be fine."
                })
        void isFalseHope(String line) {
            assertThat(Readings.learner(line).has(ActKind.FALSE_HOPE)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'll almost certainly need to pass this to the fraud team.",
                    "I can't promise approval, and I'll tell you the moment I hear.",
                    "Is there a good chance you're home on Thursday for the engineer?"
                })
        void ownedOrAskedIsNot(String line) {
            assertThat(Readings.learner(line).has(ActKind.FALSE_HOPE)).as(line).isFalse();
        }
    }

    @Nested
    class PassingItOn {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Between ourselves, the new starter who took your call gets these wrong a lot.",
                    "The fault sits squarely with our payments provider.",
                    "That'll be the computer again, it flags anything over a thousand.",
                    "Our returns team has known about the bug for weeks and never fixed it.",
                    "It's not my call, it's Priya's, she signs off every refund.",
                    "This isn't really coming from me, finance asked for it.",
                    "We didn't lose the parcel, the depot did.",
                    "i never changed the price, head office did"
                })
        void blamesSomeoneElse(String line) {
            assertThat(Readings.learner(line).has(ActKind.BLAME_OTHERS))
                    .as(line)
                    .isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Between you and me, I think the refund is the right call, and I'm doing it now.",
                    "The fault is ours, and I'm putting it right today.",
                    "That's the system I'll use to book your engineer.",
                    "I didn't get the email, did you?"
                })
        void owningItIsNot(String line) {
            assertThat(Readings.learner(line).has(ActKind.BLAME_OTHERS))
                    .as(line)
                    .isFalse();
        }
    }

    @Nested
    class GivenAwayOnTheSpot {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Tell you what, I'll just waive the whole fee and we'll say no more.",
                    "Before you go, I can knock thirty off your bill straight away.",
                    "I can match their price from today, no problem.",
                    "Keep the old handset too, no questions asked.",
                    "If they did it for your neighbour, I'll do it for you.",
                    "Fine. The extra page, the logo, the lot, no charge."
                })
        void givesGround(String line) {
            assertThat(Readings.learner(line).has(ActKind.GIVE_GROUND)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I can't match their price, but I can show you what the difference buys.",
                    "I'll refund the $18 express fee today, because we didn't deliver express.",
                    "Tell you what I can do: I'll check the depot and ring you by four."
                })
        void anEarnedOrNoOfferIsNot(String line) {
            assertThat(Readings.learner(line).has(ActKind.GIVE_GROUND)).as(line).isFalse();
        }
    }
}
