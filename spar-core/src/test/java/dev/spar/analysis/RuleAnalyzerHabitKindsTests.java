package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.CANNED_EMPATHY;
import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.DISMISSAL;
import static dev.spar.analysis.FindingCategory.GUESSING;
import static dev.spar.analysis.FindingCategory.HEDGING;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;
import static dev.spar.analysis.FindingCategory.OVER_APOLOGY;
import static dev.spar.analysis.FindingCategory.OVER_EXPLAINING;
import static dev.spar.analysis.FindingCategory.OVER_PROMISE;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;
import static dev.spar.analysis.FindingCategory.REACTIVE;
import static dev.spar.analysis.Utterances.analyze;
import static dev.spar.analysis.Utterances.analyzeAfter;
import static dev.spar.analysis.Utterances.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The habits as kinds of language rather than fixed phrases: each is found in wordings the phrase book does not
 * list verbatim, and the near-misses that share its words (quoting them, a calm boundary, a plain reason) are left
 * alone.
 */
class RuleAnalyzerHabitKindsTests {

    private static void assertFlags(UtteranceAnalysis analysis, String line) {
        assertThat(flagged(analysis, DISMISSAL)).as(line).isNotEmpty();
    }

    private static void assertFlags(String line, FindingCategory habit) {
        assertThat(flagged(analyze(line), habit)).as(line).isNotEmpty();
    }

    private static void assertNoProblem(String line) {
        assertThat(analyze(line).flags()).as(line).noneMatch(f -> f.category().isProblem());
    }

    @Nested
    class Blame {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "If you'd kept the receipt we could have sorted this in five minutes.",
                    "You should've picked the annual plan if you wanted the discount.",
                    "should of rung us earlier tbh",
                    "The card was declined because you never updated your details.",
                    "You ignored the warning emails, so the line was cut off.",
                    "Honestly, that's on you.",
                    "You brought it on yourself, Alex.",
                    "You really should have backed it up first.",
                    "You haven't even opened the invoice.",
                    "You've cancelled on me every single week."
                })
        void findsFaultPutOnThem(String line) {
            assertFlags(line, BLAME);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "If you'd like, I can send the form again.",
                    "You should have been told about the fee, and I'm sorry you weren't.",
                    "I should have called you sooner.",
                    "You should have had a reply by now, let me chase it."
                })
        void leavesOffersAndOwnFaultsAlone(String line) {
            assertThat(flagged(analyze(line), BLAME)).as(line).isEmpty();
        }
    }

    @Nested
    class Dismissal {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "It's only a phone bill, honestly.",
                    "it's just one late parcel",
                    "Don't be so dramatic, it's a birthday party.",
                    "It's not worth getting upset about.",
                    "I wouldn't worry about it.",
                    "Stop making such a fuss.",
                    "No! you have to change it yourself.",
                    "No. Not possible, sorry.",
                    "I've checked. No.",
                    "No, you need to reinstall it first."
                })
        void findsTheirProblemMadeSmall(String line) {
            assertFlags(line, DISMISSAL);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "It's just a quick check, then you're in.",
                    "That's only natural after a week like that.",
                    "No wonder you're fuming, the suit was paid for express.",
                    "No doubt that's been a long week for you.",
                    "No problem at all, I'll look now.",
                    "No, it's been at the Riverside depot since Monday.",
                    "No. I'm saying two of the comments were personal, and they need to stop.",
                    "No, I can't skip it, but it only takes two minutes."
                })
        void leavesSmallStepsAlone(String line) {
            assertThat(flagged(analyze(line), DISMISSAL)).as(line).isEmpty();
        }

        /** A short, firm no that answers their yes/no question refuses nothing. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Are you telling me it's my fault for ordering too late? | no definitely not
                So you're calling me a liar now? Is that it?            | Absolutely not, that's not what happened.
                Are you saying you don't want me around?                | No, definitely not. We want you around, and we want a text first.
                Do you think I'm stupid for even trying this?           | No. Not for a second.
                Did I do something wrong when I set up the payment?     | No.
                Is this about money? Is someone paying you more?        | no, absolutely not
                """)
        void leavesAFirmAnswerToTheirQuestionAlone(String theirs, String line) {
            assertThat(flagged(analyzeAfter(theirs, line), DISMISSAL)).as(line).isEmpty();
        }

        /** A no to what they ask for still closes the door. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Can I get my money back?                         | No.
                Is there any way to get it here by Friday?       | No. Not possible, sorry.
                I want a refund.                                 | No, definitely not.
                Do you do partial refunds?                       | No!
                """)
        void stillFindsANoToWhatTheyAskFor(String theirs, String line) {
            assertFlags(analyzeAfter(theirs, line), line);
        }
    }

    @Nested
    class Condescension {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "It's honestly really simple.",
                    "The app isn't that complicated.",
                    "You just need to read the welcome email.",
                    "As I'm sure you know, statements take a day to update.",
                    "Have you even read the contract?",
                    "Have you tried actually opening the app?",
                    "Listen carefully."
                })
        void findsTalkingDown(String line) {
            assertFlags(line, CONDESCENSION);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Have you tried looking online for jobs?", "Have you tried talking to him about it?"})
        void leavesASuggestionAlone(String line) {
            assertThat(flagged(analyze(line), CONDESCENSION)).as(line).isEmpty();
        }
    }

    @Nested
    class JudgementalFraming {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Or so you say.",
                    "So you reckon the engineer never turned up.",
                    "So you're saying it switched itself off for no reason.",
                    "Apparently you never got the letter.",
                    "your claiming it was never delivered",
                    "You're wasting your savings and you know it.",
                    "What were you thinking?"
                })
        void findsTheirAccountCastInDoubt(String line) {
            assertFlags(line, JUDGEMENTAL_FRAMING);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You said you never got the letter. Let me check the address.",
                    "What do you reckon would be fair?"
                })
        void leavesNeutralQuotingAlone(String line) {
            assertThat(flagged(analyze(line), JUDGEMENTAL_FRAMING)).as(line).isEmpty();
        }
    }

    @Nested
    class Reactive {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I won't be talked to like this.",
                    "No need to yell at me.",
                    "I'm not going to be talked to like this.",
                    "Don't you lecture me.",
                    "Don't patronise me, Graham.",
                    "Go on then, cancel it, I couldn't care less.",
                    "I don't need your attitude.",
                    "Says you, who hasn't shipped anything in a month.",
                    "Oh, and you're so organised yourself."
                })
        void findsHeatAnsweredWithHeat(String line) {
            assertFlags(line, REACTIVE);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I want to help, and I can do that best if we keep this about the bill.",
                    "I'll stay on this with you, and I'd ask that we keep it civil."
                })
        void leavesACalmBoundaryAlone(String line) {
            assertNoProblem(line);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I won't be spoken to like that. I do want to sort this, so let's keep it about the bill.",
                    "I'm not going to be talked to like that, but I can check the payment for you now."
                })
        void readsARefusalWithAWayBackAsABoundary(String line) {
            assertThat(flagged(analyze(line), REACTIVE)).as(line).isEmpty();
        }
    }

    @Nested
    class Guessing {

        @ParameterizedTest
        @ValueSource(strings = {"Presumably it was the courier.", "I'd assume it's a billing glitch."})
        void findsGuessesAboutTheFacts(String line) {
            assertFlags(line, GUESSING);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "This is probably nothing, but can we talk about the reviews?",
                    "I don't know yet why it was taken twice. I'll find out and call you by 4pm."
                })
        void leavesSofteningAndHonestUnknownsAlone(String line) {
            assertThat(flagged(analyze(line), GUESSING)).as(line).isEmpty();
        }
    }

    @Nested
    class OverPromise {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "It'll be delivered tomorrow, guaranteed.",
                    "You'll have your money back by Friday, 100%.",
                    "It won't happen again, you have my word.",
                    "I promise ur refund will be there tonight",
                    "The engineer will fix it today, I promise."
                })
        void findsOutcomesSealedWithCertainty(String line) {
            assertFlags(line, OVER_PROMISE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"I can't promise it'll be there Saturday.", "I'll call you back by 3pm."})
        void leavesHonestLimitsAndOwnActionsAlone(String line) {
            assertThat(flagged(analyze(line), OVER_PROMISE)).as(line).isEmpty();
        }
    }

    @Nested
    class StockLines {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I understand how stressful this must be for you.",
                    "We regret any upset caused.",
                    "Thank you for bringing this to our attention.",
                    "Okay. Your emotions are totally valid. Anyway, the rota.",
                    "I just want to honour how hard this has been for you.",
                    "I'm holding space for you right now, Dad."
                })
        void findsCannedEmpathyAlone(String line) {
            assertFlags(line, CANNED_EMPATHY);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I completely understand your frustration, Mr Ruiz. I'll put the refund through for the $95 now.",
                    "Thanks so much for your patience, the engineer is booked for Thursday at 9.",
                    "We apologise for any inconvenience; the replacement ships from Leeds tomorrow with tracking.",
                    "I appreciate your understanding, and the credit of $40 will show on the next bill.",
                    "Every one of our customers is important to us, and I've logged the fault with the network team.",
                    "thank u for ur patience while i check the depot scans for the parcel"
                })
        void findsAServiceFormulaEvenWithSomethingSpecificAfterIt(String line) {
            assertFlags(line, CANNED_EMPATHY);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "That's so valid, Jo. Thanks for sharing your truth with me.",
                    "It's completely normal to feel whatever you're feeling right now.",
                    "All feelings are welcome here, Mum.",
                    "I'm honouring where you're at with this and holding space for all of it.",
                    "I want you to know your concerns are heard.",
                    "Your time is valuable and we're here to help!"
                })
        void findsTherapyAndBrochureSpeakInOtherWordings(String line) {
            assertFlags(line, CANNED_EMPATHY);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Thanks for waiting while I checked; the parcel left Riverside at 6.",
                    "It's normal for the first bill to be higher because it covers two months.",
                    "Your ticket is valid until Sunday.",
                    "I understand the refund went to the old card; I'll chase it with the payments team today.",
                    "You were patient with me on Tuesday and I didn't repay it. I'm sorry."
                })
        void leavesPlainThanksAndOrdinaryNormalAlone(String line) {
            assertThat(flagged(analyze(line), CANNED_EMPATHY)).as(line).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Is the voucher still valid?",
                    "Your point about the rota is valid, and I'll change it.",
                    "How was the journey down?"
                })
        void leavesPlainWordsAboutValidityAlone(String line) {
            assertThat(flagged(analyze(line), CANNED_EMPATHY)).as(line).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Per our procedures, I can't discuss the account until you pass security.",
                    "For security reasons I need to ask you three questions first."
                })
        void findsPolicyBeforeUnderstanding(String line) {
            assertFlags(line, POLICY_FIRST);
        }
    }

    @Nested
    class SofteningAndSaying {

        @ParameterizedTest
        @ValueSource(
                strings = {"can we maybe move it to Friday", "Maybe, I don't know, I'll see.", "I'm not sure, sorry."})
        void findsSofteners(String line) {
            assertFlags(line, HEDGING);
        }

        @ParameterizedTest
        @ValueSource(strings = {"could you do 70 then? sorry", "I'd rather not travel that week, sorry"})
        void findsASorryTaggedOnToTheirOwnAsk(String line) {
            assertFlags(line, OVER_APOLOGY);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'm sorry the part was late.",
                    "Sorry, I misread the date. It's 45 days.",
                    "That colour isn't coming back into stock, sorry.",
                    "We can't send an invoice without the VAT on it, sorry"
                })
        void leavesOneSpecificApologyAlone(String line) {
            assertThat(flagged(analyze(line), OVER_APOLOGY)).as(line).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'd love to help with the speech or whatever you need.",
                    "I've refunded it like I said I would."
                })
        void leavesFillersAndKeptPromisesAlone(String line) {
            assertNoProblem(line);
        }
    }

    @Nested
    class OverExplaining {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The reason it's late is that the warehouse moved, which is also why stock was split, and that's also"
                            + " why your order went to the wrong depot."
                })
        void countsChainedReasons(String line) {
            assertFlags(line, OVER_EXPLAINING);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"I can't refund it myself because it's past 30 days, but I can ask my supervisor today."})
        void leavesOneReasonAlone(String line) {
            assertThat(flagged(analyze(line), OVER_EXPLAINING)).as(line).isEmpty();
        }
    }
}
