package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfferReaderTests {

    @Nested
    class Offers {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                I can refund the $18 today.                          | refund the $18 today
                how about a second suit by courier?                  | a second suit by courier
                What if I send you a prepaid returns label?          | send you a prepaid returns label
                we could split the difference on the fee             | split the difference on the fee
                let me check with the warehouse, one sec             | check with the warehouse
                i'm happy to book a repair for thursday              | book a repair for thursday
                The best I can do is a 20% voucher.                  | a 20% voucher
                Would you like me to send the forms by email?        | send the forms by email
                I could offer you a loan laptop while it's fixed.    | a loan laptop while it's fixed
                Would you accept store credit instead?               | store credit instead
                How about this: we split the return postage.         | we split the return postage
                The only thing I can do today is waive the late fee. | waive the late fee
                i'd settle for 78 now and a review in march          | 78 now and a review in march
                I'd take a four-day week instead of the raise.       | a four-day week instead of the raise
                If it helps I'd still love to give a toast at dinner | give a toast at dinner
                you could swap it for the navy one in store          | swap it for the navy one in store
                You can keep the faulty one, no need to send it back | keep the faulty one
                I'd be glad to drive it over to you myself           | drive it over to you myself
                lets put a spending cap on the account so it can't happen again | put a spending cap on the account so it can't happen again
                You'd get a dedicated account manager from next month | a dedicated account manager from next month
                we could ask for a payment holiday while it's sorted | ask for a payment holiday while it's sorted
                there's a plan from $30 a month that would cover it  | a plan from $30 a month that would cover it
                Quickest way: I email you a reset link now.          | I email you a reset link now
                I'd like to move you onto the smaller plan           | move you onto the smaller plan
                It's past 30 days, so I can book a repair instead.   | book a repair instead
                From Monday I'm handing your two biggest accounts to Jo | handing your two biggest accounts to Jo
                ok, I'm shifting your weekend cover onto the rota  | shifting your weekend cover onto the rota
                ok here's what i can do right now: send a second suit by courier | send a second suit by courier
                This is what we could offer: a month free and a new router | a month free and a new router
                """)
        void namesWhatExactlyIsOffered(String line, String what) {
            assertThat(Readings.learner(line).first(ActKind.OFFER))
                    .hasValueSatisfying(offer -> assertThat(offer.detail()).isEqualTo(what));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Can you refund me?",
                    "I'm moving house next month, so bear with me.",
                    "why is everyone handing me your jobs?",
                    "Are you offering a refund or not?",
                    "is a repair an option?",
                    "I can't refund it past 30 days.",
                    "I can see why you're upset.",
                    "Let me be clear, the policy is 30 days.",
                    "I can only imagine how annoying that was.",
                    "what can i do for you today",
                    "How about you let me finish?",
                    "Could you send me a photo of the damage?",
                    "let me know if that changes",
                    "Send me a photo so I can check it.",
                    "Tell me when I can call you.",
                    "I'm posting it everywhere I can find.",
                    "I just need something I can defend to my boss.",
                    "I'd take that as a no, then.",
                    "you can check the status on the website yourself",
                    "I'd love to know why nobody told me.",
                    "You could have told me sooner.",
                    "I'd take it up with the courier if I were you.",
                    "The app lets you change it yourself.",
                    "let me ask you something",
                    "let's be honest, this isn't working",
                    "Happy to talk about the pages if you like.",
                    "I'd like to speak to your manager.",
                    "there's a problem with the courier",
                    "Send me a photo so I can check it.",
                    "Let's go through it together, one step at a time.",
                    "Let's start with the phone call.",
                    "let me walk you through what happened",
                    "Let's take it from the top."
                })
        void aQuestionAboutAnOfferOrAFigureOfSpeechIsNone(String line) {
            assertThat(Readings.learner(line).has(ActKind.OFFER)).isFalse();
        }

        @Test
        void quotesTheOfferOnlyNotTheSentenceAroundIt() {
            Content content = Readings.learner("I can see you're upset. I can refund the $18 today, if that helps.");

            assertThat(content.all(ActKind.OFFER)).singleElement().satisfies(offer -> assertThat(offer.quote())
                    .isEqualTo("I can refund the $18 today"));
        }
    }

    @Nested
    class Promises {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                I'll call you by 2pm.                                  | call you by 2pm
                ill ring the depot now, call u back by 2               | ring the depot now
                I promise to email you the tracking link tonight.      | email you the tracking link tonight
                We'll cover the return postage.                        | cover the return postage
                I'm going to escalate this to my team lead today       | escalate this to my team lead today
                You'll have the refund by Friday.                      | have the refund by Friday
                im gonna chase it first thing tomorrow                 | chase it first thing tomorrow
                I will personally make sure the label goes out today.  | make sure the label goes out today
                I'll take the $40 off your next bill.                  | take the $40 off your next bill
                We'll take it back and refund you in full.             | take it back and refund you in full
                """)
        void namesWhatIsPromised(String line, String what) {
            assertThat(Readings.learner(line).first(ActKind.PROMISE))
                    .hasValueSatisfying(promise -> assertThat(promise.detail()).isEqualTo(what));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'll be honest, it's not looking good.",
                    "I feel ill today, sorry if I'm slow.",
                    "we were going to ship it but it failed the check",
                    "I'll need your order number first.",
                    "Will you call me back?",
                    "I won't be able to do that.",
                    "I'll be straight with you.",
                    "i'll admit that wasn't great",
                    "I'll take that, thanks.",
                    "I'll be tripping over my trousers in the photos."
                })
        void aFigureOfSpeechOrAQuestionIsNoPromise(String line) {
            assertThat(Readings.learner(line).has(ActKind.PROMISE)).isFalse();
        }

        @Test
        void aLimitAndAPromiseInOneLineAreBothRead() {
            Content content = Readings.learner("we can't promise a date but we'll call you by 2");

            assertThat(content.first(ActKind.HONEST_LIMIT))
                    .hasValueSatisfying(limit -> assertThat(limit.detail()).isEqualTo("a date"));
            assertThat(content.first(ActKind.PROMISE))
                    .hasValueSatisfying(promise -> assertThat(promise.detail()).isEqualTo("call you by 2"));
        }
    }
}
