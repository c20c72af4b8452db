package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.ACKNOWLEDGEMENT;
import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.CANNED_EMPATHY;
import static dev.spar.analysis.FindingCategory.CLEAR_LIMIT;
import static dev.spar.analysis.FindingCategory.CONCESSION;
import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.DISMISSAL;
import static dev.spar.analysis.FindingCategory.EMPATHY;
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
import static dev.spar.analysis.Utterances.analyzeTurns;
import static dev.spar.analysis.Utterances.flagged;
import static dev.spar.analysis.Utterances.moved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleAnalyzerTests {

    @Nested
    class ReadingText {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "   \n\t  "})
        void findsNothingInBlankUtterances(String blank) {
            UtteranceAnalysis analysis = analyze(blank);

            assertThat(analysis.moves()).isEmpty();
            assertThat(analysis.flags()).isEmpty();
            assertThat(analysis.text()).isEqualTo(blank);
        }

        @Test
        void rejectsNullArguments() {
            RuleAnalyzer analyzer = new RuleAnalyzer();

            assertThatNullPointerException().isThrownBy(() -> analyzer.analyze(null, AnalysisContext.none()));
            assertThatNullPointerException().isThrownBy(() -> analyzer.analyze("Hello", null));
        }

        @ParameterizedTest
        @FieldSource("dev.spar.analysis.Utterances#CORPUS")
        void quotesExactlyTheWordsOfEachSpan(String utterance) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(analysis.moves())
                    .allSatisfy(m -> assertThat(m.quote()).isEqualTo(m.span().of(utterance)));
            assertThat(analysis.flags())
                    .allSatisfy(f -> assertThat(f.quote()).isEqualTo(f.span().of(utterance)));
        }

        @ParameterizedTest
        @FieldSource("dev.spar.analysis.Utterances#CORPUS")
        void sortsMovesAndFlagsBySpanStart(String utterance) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(analysis.moves())
                    .isSortedAccordingTo(Comparator.comparingInt(m -> m.span().start()));
            assertThat(analysis.flags())
                    .isSortedAccordingTo(Comparator.comparingInt(f -> f.span().start()));
        }

        @ParameterizedTest
        @FieldSource("dev.spar.analysis.Utterances#CORPUS")
        void givesEveryProblemAnAlternativeAndNoStrengthOne(String utterance) {
            assertThat(analyze(utterance).flags()).allSatisfy(f -> {
                if (f.category().isProblem()) {
                    assertThat(f.alternative()).isNotBlank();
                } else {
                    assertThat(f.alternative()).isEmpty();
                }
            });
        }

        @Test
        void matchesRegardlessOfCase() {
            UtteranceAnalysis analysis = analyze("THAT IS NOT OUR FAULT!!! CALM DOWN.");

            assertThat(flagged(analysis, BLAME)).containsExactly("THAT IS NOT OUR FAULT");
            assertThat(flagged(analysis, DISMISSAL)).containsExactly("CALM DOWN");
        }

        @Test
        void matchesCurlyApostrophesAndQuotesTheOriginalCharacters() {
            UtteranceAnalysis analysis = analyze("It’s company policy, and I’m sure my manager won’t budge.");

            assertThat(flagged(analysis, POLICY_FIRST)).containsExactly("It’s company policy");
        }

        @Test
        void matchesSpelledOutContractions() {
            UtteranceAnalysis analysis = analyze("It is not our fault. We do not do refunds. I can not guarantee it.");

            assertThat(flagged(analysis, BLAME)).containsExactly("It is not our fault");
            assertThat(flagged(analysis, POLICY_FIRST)).containsExactly("We do not do refunds");
            assertThat(flagged(analysis, OVER_PROMISE)).isEmpty();
        }

        @Test
        void readsEverySentenceOfATurn() {
            UtteranceAnalysis analysis =
                    analyze("Hello there! Calm down. You should have read the email. Is that clear?");

            assertThat(moved(analysis, Move.GREET)).containsExactly("Hello there");
            assertThat(flagged(analysis, DISMISSAL)).containsExactly("Calm down");
            assertThat(flagged(analysis, BLAME)).containsExactly("You should have read the email");
            assertThat(moved(analysis, Move.CLOSED_QUESTION)).containsExactly("Is that clear?");
        }

        @Test
        void readsAQuestionTypedWithoutAQuestionMarkAfterAStanceWord() {
            // People type questions without the mark: "ok so realistically, is there even money for raises".
            for (String line : List.of(
                    "honestly, is there any budget for raises this year",
                    "ok so frankly, do you have a date for the refund",
                    "realistically can we get it to you by Friday")) {
                UtteranceAnalysis analysis = analyze(line);

                assertThat(analysis.moves()).as(line).anyMatch(m -> m.move().isQuestion());
            }
        }

        @Test
        void doesNotFlagWordsTheLearnerQuotesRatherThanSays() {
            UtteranceAnalysis analysis = analyze("When the driver said \"calm down\" to you, what happened next?");

            assertThat(flagged(analysis, DISMISSAL)).isEmpty();
            assertThat(moved(analysis, Move.OPEN_QUESTION)).containsExactly("what happened next?");
        }

        @Test
        void readsOnlyTheFirstFiveThousandCharacters() {
            String padding = "The unit was checked twice. ".repeat(200);
            String utterance = "Calm down. " + padding + "You must have misunderstood.";

            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(utterance.length()).isGreaterThan(Reading.MAX_CHARS);
            assertThat(flagged(analysis, DISMISSAL)).containsExactly("Calm down");
            assertThat(flagged(analysis, BLAME)).isEmpty();
        }

        @Test
        // A guard against runaway regular expressions (which would take minutes or hours), not a speed test:
        // speed is measured in bench/run.
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        void finishesOnLongAndAdversarialInput() {
            List<String> inputs = List.of(
                    "because the reason is ".repeat(400),
                    "so so so so so so so so what ".repeat(300) + "?",
                    "a".repeat(20_000) + " calm down",
                    "sort of kind of maybe possibly ".repeat(300),
                    ", , , , is that right ".repeat(500));

            for (String input : inputs) {
                assertThat(analyze(input).text()).isNotBlank();
            }
        }
    }

    @Nested
    class Dismissal {

        @Test
        void flagsCalmDownAsDismissal() {
            UtteranceAnalysis analysis = analyze("Please calm down so I can help.");

            assertThat(flagged(analysis, DISMISSAL)).containsExactly("calm down");
            assertThat(moved(analysis, Move.DISMISS)).containsExactly("calm down");
            assertThat(analysis.flags().getFirst().alternative()).contains("frustrating");
        }

        @Test
        void flagsNothingICanDoAsDismissal() {
            assertThat(flagged(analyze("Sorry, there's nothing I can do."), DISMISSAL))
                    .containsExactly("there's nothing I can do");
        }

        @Test
        void flagsNotABigDealSpelledOutAsDismissal() {
            assertThat(flagged(analyze("It is not a big deal, it's one day late."), DISMISSAL))
                    .containsExactly("It is not a big deal");
        }

        @Test
        void flagsRelaxAsDismissal() {
            assertThat(flagged(analyze("Relax, it's only a few days."), DISMISSAL))
                    .containsExactly("Relax", "it's only a few days");
        }

        @Test
        void flagsSorryYouFeelThatWayAsDismissalNotAsAnApology() {
            UtteranceAnalysis analysis = analyze("I'm sorry you feel that way.");

            assertThat(flagged(analysis, DISMISSAL)).containsExactly("I'm sorry you feel that way");
            assertThat(moved(analysis, Move.APOLOGISE)).isEmpty();
        }

        @Test
        void flagsShippingDelaysHappenAsDismissal() {
            assertThat(flagged(analyze("Shipping delays happen this time of year."), DISMISSAL))
                    .containsExactly("Shipping delays happen");
        }

        @Test
        void flagsTellingALeavingCustomerTheyWontFindBetter() {
            assertThat(flagged(analyze("You will not find a better deal anywhere."), DISMISSAL))
                    .containsExactly("You will not find a better deal");
        }

        @Test
        void doesNotFlagACalmWayForward() {
            UtteranceAnalysis analysis = analyze("Let's find a calm way forward together.");

            assertThat(flagged(analysis, DISMISSAL)).isEmpty();
            assertThat(moved(analysis, Move.DISMISS)).isEmpty();
        }

        @Test
        void doesNotFlagThingsCalmingDown() {
            assertThat(flagged(analyze("Once things calm down at the depot, your parcel will move."), DISMISSAL))
                    .isEmpty();
        }

        @Test
        void doesNotFlagRelaxingARule() {
            assertThat(flagged(analyze("We could relax the deadline by a week."), DISMISSAL))
                    .isEmpty();
        }
    }

    @Nested
    class Blame {

        @Test
        void flagsNotOurFaultAsBlame() {
            UtteranceAnalysis analysis = analyze("That's not our fault, the courier lost it.");

            assertThat(flagged(analysis, BLAME)).containsExactly("That's not our fault");
            assertThat(moved(analysis, Move.BLAME)).containsExactly("That's not our fault");
        }

        @Test
        void flagsShouldHaveOrderedEarlierAsBlame() {
            assertThat(flagged(analyze("Well, you should have ordered earlier."), BLAME))
                    .containsExactly("you should have ordered earlier");
        }

        @Test
        void flagsMustHaveMisunderstoodAsBlame() {
            assertThat(flagged(analyze("You must have misunderstood the offer."), BLAME))
                    .containsExactly("You must have misunderstood the offer");
        }

        @Test
        void flagsWhyDidntYouAsBlameAndNotAsAnInvitingQuestion() {
            UtteranceAnalysis analysis = analyze("Why didn't you read the confirmation email?");

            assertThat(flagged(analysis, BLAME)).containsExactly("Why didn't you read");
            assertThat(moved(analysis, Move.OPEN_QUESTION))
                    .containsExactly("Why didn't you read the confirmation email?");
            assertThat(flagged(analysis, FindingCategory.OPEN_QUESTION)).isEmpty();
        }

        @Test
        void flagsAlwaysAndNeverAsBlame() {
            assertThat(flagged(analyze("You always do this when I ask for help."), BLAME))
                    .containsExactly("You always do this when I ask for help");
        }

        @Test
        void doesNotFlagNeverHavingToPay() {
            assertThat(flagged(analyze("You never have to pay for returns with us."), BLAME))
                    .isEmpty();
        }

        @Test
        void doesNotFlagOwningTheMistake() {
            UtteranceAnalysis analysis = analyze("That was our mistake, and I'm going to put it right.");

            assertThat(flagged(analysis, BLAME)).isEmpty();
        }

        @Test
        void doesNotFlagTellingThemWhatTheyWillReceive() {
            assertThat(flagged(analyze("You should receive a label by email tonight."), BLAME))
                    .isEmpty();
        }
    }

    @Nested
    class PolicyFirst {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "We don't do refunds.|We don't do refunds",
                    "That's against policy.|That's against policy",
                    "You agreed to the terms when you signed up.|You agreed to the terms",
                    "Sorry, it's company policy.|it's company policy",
                    "Our refund policy says thirty days.|Our refund policy says",
                    "That's outside the return window.|outside the return window"
                })
        void flagsPolicyLanguageBeforeAnyAcknowledgement(String utterance, String quote) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, POLICY_FIRST)).containsExactly(quote);
            assertThat(moved(analysis, Move.CITE_POLICY)).containsExactly(quote);
        }

        @Test
        void doesNotFlagPolicyAfterAcknowledgementInTheSameTurn() {
            UtteranceAnalysis analysis = analyze("That's a real inconvenience. The policy allows a repair here.");

            assertThat(flagged(analysis, POLICY_FIRST)).isEmpty();
            assertThat(moved(analysis, Move.CITE_POLICY)).containsExactly("The policy allows");
        }

        @Test
        void doesNotFlagPolicyAfterAcknowledgementInAnEarlierTurn() {
            List<UtteranceAnalysis> turns = analyzeTurns(
                    "That sounds really stressful, with the wedding on Saturday.",
                    "We don't offer refunds on sale items.");

            assertThat(flagged(turns.getLast(), POLICY_FIRST)).isEmpty();
            assertThat(moved(turns.getLast(), Move.CITE_POLICY)).containsExactly("We don't offer refunds");
        }

        @Test
        void flagsPolicyThatComesBeforeTheAcknowledgement() {
            UtteranceAnalysis analysis = analyze("It's company policy. I know that's frustrating.");

            assertThat(flagged(analysis, POLICY_FIRST)).containsExactly("It's company policy");
        }

        @Test
        void doesNotFlagPolicyStatedTogetherWithWhatCanBeDone() {
            UtteranceAnalysis analysis = analyze(
                    "I can't approve that under the current policy, but I can walk you through the alternatives.");

            assertThat(flagged(analysis, POLICY_FIRST)).isEmpty();
            assertThat(moved(analysis, Move.CITE_POLICY)).containsExactly("under the current policy");
            assertThat(flagged(analysis, CLEAR_LIMIT)).hasSize(1);
        }

        @Test
        void doesNotLetAStockLineCountAsAcknowledgement() {
            UtteranceAnalysis analysis = analyze("I understand your frustration, but it's company policy.");

            assertThat(flagged(analysis, POLICY_FIRST)).containsExactly("it's company policy");
            assertThat(flagged(analysis, CANNED_EMPATHY)).containsExactly("I understand your frustration");
        }
    }

    @Nested
    class Condescension {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "It's on the website.|It's on the website",
                    "As I already said, the fee is fixed.|As I already said",
                    "Most customers understand this.|Most customers understand this",
                    "It's really simple.|It's really simple",
                    "That information was in the email.|That information was in the email"
                })
        void flagsCondescendingLines(String utterance, String quote) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, CONDESCENSION)).containsExactly(quote);
            assertThat(moved(analysis, Move.CONDESCEND)).containsExactly(quote);
        }

        @Test
        void doesNotFlagSayingAFixIsEasy() {
            assertThat(flagged(analyze("It's easy to fix, I'll do it for you now."), CONDESCENSION))
                    .isEmpty();
        }

        @Test
        void doesNotFlagAskingWhetherSomethingIsOnTheWebsite() {
            assertThat(flagged(analyze("Was it on the website when you ordered?"), CONDESCENSION))
                    .isEmpty();
        }
    }

    @Nested
    class OverPromise {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "I guarantee you'll have it Monday.|I guarantee",
                    "I promise it will be sorted.|I promise it will be sorted",
                    "It will definitely arrive tomorrow.|definitely",
                    "I'm sure my manager will approve it.|I'm sure my manager will approve",
                    "We can definitely make an exception.|We can definitely make an exception",
                    "Don't worry, it will be fixed today.|it will be fixed today"
                })
        void flagsPromisesThatCannotBeKept(String utterance, String quote) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, OVER_PROMISE)).containsExactly(quote);
            assertThat(moved(analysis, Move.PROMISE)).contains(quote);
        }

        @Test
        void doesNotFlagCantGuaranteeAsOverPromise() {
            UtteranceAnalysis analysis = analyze("I can't guarantee that.");

            assertThat(flagged(analysis, OVER_PROMISE)).isEmpty();
            assertThat(moved(analysis, Move.STATE_LIMIT)).containsExactly("I can't guarantee that");
        }

        @Test
        void doesNotFlagWontPromiseAsOverPromise() {
            assertThat(flagged(analyze("I won't promise a date until I've checked with the team."), OVER_PROMISE))
                    .isEmpty();
        }

        @Test
        void doesNotFlagANegatedPromiseOfAFix() {
            assertThat(flagged(analyze("I cannot promise it will be fixed today."), OVER_PROMISE))
                    .isEmpty();
        }

        @Test
        void doesNotFlagWhatTheCustomerWasToldBefore() {
            assertThat(flagged(analyze("You were told it would definitely arrive today?"), OVER_PROMISE))
                    .isEmpty();
        }

        @Test
        void doesNotFlagDefinitelyAboutUnderstanding() {
            assertThat(flagged(analyze("I definitely understand why you're upset."), OVER_PROMISE))
                    .isEmpty();
        }
    }

    @Nested
    class Guessing {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "It'll probably be there Friday.|probably",
                    "That should be fine.|should be fine",
                    "I think it'll arrive on Thursday.|I think it'll arrive",
                    "The most likely cause is the router.|most likely"
                })
        void flagsUnsupportedGuesses(String utterance, String quote) {
            assertThat(flagged(analyze(utterance), GUESSING)).containsExactly(quote);
        }

        @Test
        void doesNotFlagAQuestionAboutTheCustomersOwnProbably() {
            UtteranceAnalysis analysis = analyzeAfter(
                    "The man in the shop said it would probably be ready Friday.",
                    "When he said probably, did he give you a time?");

            assertThat(flagged(analysis, GUESSING)).isEmpty();
        }

        @Test
        void flagsProbablyWhenTheLearnerGuessesAfterTheCustomer() {
            UtteranceAnalysis analysis = analyzeAfter(
                    "They said it would probably be ready Friday.", "Yes, it will probably be ready Friday.");

            assertThat(flagged(analysis, GUESSING)).containsExactly("probably");
        }

        @Test
        void readsTheSameQuestionAgainInEachConversation() {
            String question = "It'll probably be there Friday, is that okay?";

            assertThat(flagged(analyze(question), GUESSING)).containsExactly("probably");
            assertThat(flagged(analyzeAfter("It will probably be ready Friday.", question), GUESSING))
                    .isEmpty();
            assertThat(flagged(analyze(question), GUESSING)).containsExactly("probably");
        }

        @Test
        void doesNotFlagProbablyInQuotationMarks() {
            assertThat(flagged(analyze("The email says 'probably Monday', and I want a real date for you."), GUESSING))
                    .isEmpty();
        }

        @Test
        void doesNotFlagRefusingToGuess() {
            assertThat(flagged(analyze("I don't want to guess, so I'll check the tracking now."), GUESSING))
                    .isEmpty();
        }
    }

    @Nested
    class JudgementalFraming {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "You're claiming the heater broke after one day.|You're claiming",
                    "You think we overcharged you.|You think we overcharged you",
                    "So you're angry because the engineer was late.|So you're angry because",
                    "Your so-called damaged item looks fine to me.|Your so-called"
                })
        void flagsWordsThatQuestionTheirAccount(String utterance, String quote) {
            assertThat(flagged(analyze(utterance), JUDGEMENTAL_FRAMING)).containsExactly(quote);
        }

        @Test
        void doesNotFlagAskingWhatTheyThink() {
            assertThat(flagged(analyze("What do you think we should do next?"), JUDGEMENTAL_FRAMING))
                    .isEmpty();
        }

        @Test
        void doesNotTreatAJudgementalSummaryAsANeutralOne() {
            UtteranceAnalysis analysis = analyzeAfter(
                    "The engineer was three hours late and I missed work.",
                    "So you're angry because the engineer was late and you missed work.");

            assertThat(moved(analysis, Move.PARAPHRASE)).isEmpty();
            assertThat(flagged(analysis, FindingCategory.PARAPHRASE)).isEmpty();
        }
    }

    @Nested
    class CannedEmpathy {

        @Test
        void flagsAStockLineWithNothingElseSaid() {
            UtteranceAnalysis analysis = analyze("I understand how you feel.");

            assertThat(flagged(analysis, CANNED_EMPATHY)).containsExactly("I understand how you feel");
            assertThat(moved(analysis, Move.EMPATHISE)).containsExactly("I understand how you feel");
            assertThat(flagged(analysis, EMPATHY)).isEmpty();
        }

        @Test
        void doesNotFlagAStockLineSaidOnceWithSubstance() {
            UtteranceAnalysis analysis =
                    analyze("I understand how you feel. Let me pull up your account and check the refund.");

            assertThat(flagged(analysis, CANNED_EMPATHY)).isEmpty();
            assertThat(moved(analysis, Move.EMPATHISE)).containsExactly("I understand how you feel");
        }

        @Test
        void doesNotFlagABriefUnderstandingFollowedByTheFix() {
            UtteranceAnalysis analysis = analyze("I understand, let me get that fixed for you.");

            assertThat(flagged(analysis, CANNED_EMPATHY)).isEmpty();
            assertThat(moved(analysis, Move.PROMISE)).containsExactly("let me get that fixed for you");
        }

        @Test
        void flagsTheSameStockLineWhenItComesBack() {
            List<UtteranceAnalysis> turns = analyzeTurns(
                    "I understand how you feel. Let me pull up your account and check the refund.",
                    "I understand how you feel. The replacement leaves the warehouse this afternoon.");

            assertThat(flagged(turns.getFirst(), CANNED_EMPATHY)).isEmpty();
            assertThat(flagged(turns.getLast(), CANNED_EMPATHY)).containsExactly("I understand how you feel");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I apologize for any inconvenience.",
                    "We value your business.",
                    "I understand your frustration."
                })
        void flagsCorporateStockLinesSaidAlone(String utterance) {
            assertThat(flagged(analyze(utterance), CANNED_EMPATHY))
                    .containsExactly(utterance.substring(0, utterance.length() - 1));
        }

        @Test
        void treatsAStockOpeningTiedToTheirSituationAsSpecificEmpathy() {
            UtteranceAnalysis analysis =
                    analyze("I understand your frustration with the double charge, and I'm looking at it now.");

            assertThat(flagged(analysis, CANNED_EMPATHY)).isEmpty();
            assertThat(flagged(analysis, EMPATHY))
                    .containsExactly("I understand your frustration with the double charge");
        }
    }

    @Nested
    class OverApology {

        @Test
        void flagsTwoApologiesInOneTurn() {
            UtteranceAnalysis analysis = analyze("Sorry to bother you, I'm so sorry.");

            assertThat(flagged(analysis, OVER_APOLOGY)).containsExactly("Sorry to bother you, I'm so sorry");
            assertThat(moved(analysis, Move.APOLOGISE)).containsExactly("Sorry", "I'm so sorry");
        }

        @Test
        void doesNotFlagASingleApology() {
            UtteranceAnalysis analysis = analyze("I'm sorry about the mix-up. Let me fix the address now.");

            assertThat(flagged(analysis, OVER_APOLOGY)).isEmpty();
            assertThat(moved(analysis, Move.APOLOGISE)).containsExactly("I'm sorry");
        }

        @Test
        void doesNotCountSorryThatAsksThemToRepeat() {
            UtteranceAnalysis analysis = analyze("Sorry? I didn't catch that. I'm sorry for the line.");

            assertThat(moved(analysis, Move.APOLOGISE)).containsExactly("I'm sorry");
            assertThat(flagged(analysis, OVER_APOLOGY)).isEmpty();
        }

        @Test
        void flagsAnApologyAfterTwoEarlierTurnsApologised() {
            List<UtteranceAnalysis> turns = analyzeTurns(
                    "I'm sorry about the wait.", "My apologies, the system is slow.", "Sorry, nearly there.");

            assertThat(flagged(turns.get(1), OVER_APOLOGY)).isEmpty();
            assertThat(flagged(turns.get(2), OVER_APOLOGY)).containsExactly("Sorry");
        }
    }

    @Nested
    class RepetitionAcrossTurns {

        @Test
        void firesCannedEmpathyAndOverApologyOnlyOnRepetition() {
            String third = "I'm sorry, I understand how you feel. The parcel left the depot this morning.";
            List<UtteranceAnalysis> turns = analyzeTurns(
                    "I'm sorry about the wait. I understand how you feel, let me check the order.",
                    "Sorry, I'm still looking. Could you confirm the postcode?",
                    third);

            assertThat(turns.subList(0, 2)).allSatisfy(t -> {
                assertThat(t.has(CANNED_EMPATHY)).isFalse();
                assertThat(t.has(OVER_APOLOGY)).isFalse();
            });
            assertThat(flagged(turns.getLast(), CANNED_EMPATHY)).containsExactly("I understand how you feel");
            assertThat(flagged(turns.getLast(), OVER_APOLOGY)).containsExactly("I'm sorry");

            UtteranceAnalysis alone = analyze(third);
            assertThat(alone.has(CANNED_EMPATHY)).isFalse();
            assertThat(alone.has(OVER_APOLOGY)).isFalse();
        }
    }

    @Nested
    class Hedging {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "I just think maybe we should wait.|I just think maybe",
                    "It's sort of urgent.|sort of",
                    "I kind of need an answer today.|kind of",
                    "I guess the timing is bad.|I guess",
                    "I'd like to leave at five, if that's okay.|if that's okay",
                    "I'm not sure but it might be the router.|I'm not sure but",
                    "We could possibly look at that.|possibly",
                    "I'm a little bit worried about the deadline.|a little bit",
                    "I'm not sure.|I'm not sure",
                    "I was hoping we could maybe talk about my hours.|I was hoping we could maybe"
                })
        void flagsSelfUnderminingSofteners(String utterance, String quote) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, HEDGING)).containsExactly(quote);
            assertThat(moved(analysis, Move.HEDGE)).containsExactly(quote);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "If you don't mind sharing, what's the other supplier quoting you?",
                    "What made you decide to leave, if you don't mind me asking?",
                    "if you don't mind telling me, when did the payment go out?"
                })
        void doesNotFlagAPoliteWayIntoAQuestion(String line) {
            assertThat(flagged(analyze(line), HEDGING)).as(line).isEmpty();
        }

        @Test
        void doesNotFlagBeingUnsureWhetherSomethingHappened() {
            assertThat(flagged(
                            analyze("I'm not sure whether the engineer called, so I'll check the log now."), HEDGING))
                    .isEmpty();
        }

        @Test
        void doesNotFlagKindOfAsANoun() {
            assertThat(flagged(analyze("What kind of boiler do you have?"), HEDGING))
                    .isEmpty();
        }

        @Test
        void doesNotFlagALittleBitAsAnAmount() {
            assertThat(flagged(analyze("The repair will take a little bit longer than planned."), HEDGING))
                    .isEmpty();
        }

        @Test
        void doesNotFlagCannotPossibly() {
            assertThat(flagged(analyze("I can't possibly approve that on my own."), HEDGING))
                    .isEmpty();
        }
    }

    @Nested
    class Reactive {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "You're being rude.|You're being rude",
                    "Don't talk to me like that!|Don't talk to me like that",
                    "I don't have to take this.|I don't have to take this",
                    "That's ridiculous.|That's ridiculous",
                    "Fine. Whatever.|Whatever"
                })
        void flagsHeatAnsweredWithHeat(String utterance, String quote) {
            assertThat(flagged(analyze(utterance), REACTIVE)).containsExactly(quote);
        }

        @Test
        void doesNotFlagWhateverTheyNeed() {
            assertThat(flagged(analyze("Whatever you need, I'm here to help."), REACTIVE))
                    .isEmpty();
        }

        @Test
        void doesNotFlagCallingTheirWaitRidiculous() {
            assertThat(flagged(analyze("That's ridiculous that you had to wait so long."), REACTIVE))
                    .isEmpty();
        }

        @Test
        void doesNotCountAReactiveLineAsARespectfulBoundary() {
            UtteranceAnalysis analysis = analyze("Don't talk to me like that.");

            assertThat(moved(analysis, Move.BOUNDARY)).containsExactly("Don't talk to me like that");
            assertThat(flagged(analysis, FindingCategory.BOUNDARY)).isEmpty();
        }
    }

    @Nested
    class OverExplaining {

        private static final String THREE_REASONS = "The reason is that the depot was short-staffed because of the"
                + " storm, and since we lost power the orders backed up.";

        @Test
        void flagsThreeJustificationsAndQuotesTheLongestJustifyingSentence() {
            UtteranceAnalysis analysis = analyze("Let me explain. " + THREE_REASONS + " It's been a hard week.");

            assertThat(flagged(analysis, OVER_EXPLAINING)).containsExactly(THREE_REASONS);
            assertThat(moved(analysis, Move.OVER_EXPLAIN)).containsExactly(THREE_REASONS);
        }

        @Test
        void flagsALongExplanationWithNoQuestionOrNextStep() {
            String utterance = "The system shows the order was placed on the fourth. It was packed the same day and"
                    + " handed to the carrier that evening. The carrier scanned it at their hub on the fifth and"
                    + " again on the sixth. After that the tracking stops, because their scanners at the second hub"
                    + " were replaced that week. The parcel is most often still moving when that happens. Parcels"
                    + " in that region usually take four to six days and some take longer in winter.";

            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, OVER_EXPLAINING))
                    .containsExactly("After that the tracking stops, because their scanners at the second hub were"
                            + " replaced that week.");
        }

        @Test
        void doesNotFlagALongExplanationThatEndsWithANextStep() {
            String utterance = "The system shows the order was placed on the fourth. It was packed the same day and"
                    + " handed to the carrier that evening. The carrier scanned it at their hub on the fifth and"
                    + " again on the sixth. After that the tracking stops, because their scanners at the second hub"
                    + " were replaced that week. Parcels in that region usually take four to six days and some take"
                    + " longer in winter. I'll call the carrier now and ring you back by four.";

            assertThat(flagged(analyze(utterance), OVER_EXPLAINING)).isEmpty();
        }

        @Test
        void doesNotFlagOneShortReason() {
            UtteranceAnalysis analysis = analyze("It's late because the courier missed the pickup.");

            assertThat(flagged(analysis, OVER_EXPLAINING)).isEmpty();
            assertThat(moved(analysis, Move.EXPLAIN))
                    .containsExactly("It's late because the courier missed the pickup.");
        }
    }

    @Nested
    class Concession {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "Fine, I'll just give you the refund.|Fine, I'll just give",
                    "Okay, forget it.|Okay, forget it",
                    "You're right, I'll drop it.|You're right, I'll drop it",
                    "Maybe I can make an exception this time.|Maybe I can make an exception this time",
                    "Never mind, it doesn't matter.|Never mind",
                    "Honestly, it's fine, don't worry about it.|it's fine, don't worry about it"
                })
        void flagsGivingGround(String utterance, String quote) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, CONCESSION)).containsExactly(quote);
            assertThat(moved(analysis, Move.CONCEDE)).containsExactly(quote);
        }

        @Test
        void flagsIGuessICouldStayAsConcessionRatherThanHedging() {
            UtteranceAnalysis analysis = analyze("I guess I could stay a bit longer tonight.");

            assertThat(flagged(analysis, CONCESSION)).containsExactly("I guess I could stay a bit longer tonight");
            assertThat(flagged(analysis, HEDGING)).isEmpty();
        }

        @Test
        void doesNotFlagRemindingThemNotToForget() {
            assertThat(flagged(analyze("Don't forget it's still covered by the warranty."), CONCESSION))
                    .isEmpty();
        }
    }

    @Nested
    class Acknowledgement {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "That's a real inconvenience, and I'm on it.|That's a real inconvenience",
                    "I hear how frustrating this has been.|I hear how frustrating this has been",
                    "That sounds really stressful.|That sounds really stressful",
                    "I can see this has held up your whole week.|I can see this has held up your whole week",
                    "You've been waiting since Tuesday.|You've been waiting since Tuesday",
                    "Six hundred quid, that's a proper knock for a shop your size.|that's a proper knock for a shop your size",
                    "Honestly that's a lot of money to lose in one month.|that's a lot of money to lose in one month",
                    "This delay is the last thing you need this week.|is the last thing you need this week",
                    "Ugh, awful timing with the move and everything.|awful timing with the move and everything"
                })
        void flagsNamingTheImpactAsAcknowledgement(String utterance, String quote) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, ACKNOWLEDGEMENT)).containsExactly(quote);
            assertThat(moved(analysis, Move.ACKNOWLEDGE)).containsExactly(quote);
        }

        @Test
        void doesNotFlagHardToSayAsAcknowledgement() {
            assertThat(flagged(analyze("It's hard to say when it will ship."), ACKNOWLEDGEMENT))
                    .isEmpty();
        }
    }

    @Nested
    class Empathy {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "I can see why you would be worried about the deposit.|I can see why you would be worried about the"
                            + " deposit",
                    "I'd be frustrated too if my heating failed in January.|I'd be frustrated too if my heating failed in"
                            + " January",
                    "I'm sorry you had to chase us three times for this.|I'm sorry you had to chase us three times for"
                            + " this"
                })
        void flagsEmpathyTiedToTheirSituation(String utterance, String quote) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, EMPATHY)).containsExactly(quote);
            assertThat(moved(analysis, Move.EMPATHISE)).containsExactly(quote);
        }

        @Test
        void doesNotFlagAStockLineAsSpecificEmpathy() {
            assertThat(flagged(analyze("I know how you feel. Let me look at the account."), EMPATHY))
                    .isEmpty();
        }
    }

    @Nested
    class Paraphrase {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "So the main issue is that you expected the update yesterday.",
                    "If I'm hearing you right, the first engineer never turned up.",
                    "You're saying the app worked at first, then stopped after the update, is that right?",
                    "So, to recap, the screen cracked on day two and nobody replied to your two emails.",
                    "It sounds like the fee itself isn't the real problem."
                })
        void flagsANeutralSummaryAsParaphrase(String utterance) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, FindingCategory.PARAPHRASE)).containsExactly(utterance);
            assertThat(moved(analysis, Move.PARAPHRASE)).containsExactly(utterance);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "maybe you could text first? sorry, if that's ok, I mean only if you want",
                    "no pressure at all, only if you want to come along on the day",
                    "totally fine either way, if that's ok with you and the kids this weekend"
                })
        void doesNotTakeDeferringToTheirWishesForTheirStorySaidBack(String utterance) {
            assertThat(moved(analyze(utterance), Move.PARAPHRASE)).isEmpty();
        }

        @Test
        void takesItSoundsLikeANightmareAsAcknowledgementNotSummary() {
            UtteranceAnalysis analysis = analyze("It sounds like a nightmare.");

            assertThat(moved(analysis, Move.PARAPHRASE)).isEmpty();
            assertThat(flagged(analysis, ACKNOWLEDGEMENT)).containsExactly("It sounds like a nightmare");
        }

        @Test
        void flagsAStatementFollowedByIsThatRightAsASummaryTheyCanCorrect() {
            UtteranceAnalysis analysis = analyze("The part arrived but didn't fit. Is that right?");

            assertThat(moved(analysis, Move.PARAPHRASE))
                    .containsExactly("The part arrived but didn't fit. Is that right?");
            // Offering the summary for correction also asks them something: a yes or a no.
            assertThat(moved(analysis, Move.CLOSED_QUESTION)).containsExactly("Is that right?");
        }

        @Test
        void flagsARestatementOfTheCounterpartsOwnWords() {
            UtteranceAnalysis analysis = analyzeAfter(
                    "My parcel was supposed to arrive on Monday and the tracking still says depot.",
                    "So your parcel was due Monday and the tracking still shows the depot.");

            assertThat(flagged(analysis, FindingCategory.PARAPHRASE))
                    .containsExactly("So your parcel was due Monday and the tracking still shows the depot.");
        }

        @Test
        void doesNotFlagASentenceThatOnlyStartsLikeASummary() {
            UtteranceAnalysis analysis =
                    analyzeAfter("My parcel was supposed to arrive on Monday.", "So I'll send a replacement today.");

            assertThat(moved(analysis, Move.PARAPHRASE)).isEmpty();
        }
    }

    @Nested
    class OpenQuestion {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "What happened when you tried to log in?|What happened when you tried to log in?",
                    "Can you walk me through what happened?|Can you walk me through what happened?",
                    "Okay, so how did the leak start?|how did the leak start?",
                    "I hear you, why was that?|why was that?",
                    "Tell me more about the second visit.|Tell me more about the second visit."
                })
        void flagsQuestionsThatInviteTheStory(String utterance, String quote) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(moved(analysis, Move.OPEN_QUESTION)).containsExactly(quote);
            assertThat(flagged(analysis, FindingCategory.OPEN_QUESTION)).containsExactly(quote);
            assertThat(moved(analysis, Move.CLOSED_QUESTION)).isEmpty();
        }

        @Test
        void doesNotTakeWhatICanDoForAQuestion() {
            assertThat(moved(analyze("What I can do is send a new one today."), Move.OPEN_QUESTION))
                    .isEmpty();
        }

        @Test
        void doesNotTakeAnExplanationForAQuestion() {
            assertThat(moved(analyze("What happened is the van broke down."), Move.OPEN_QUESTION))
                    .isEmpty();
        }

        @Test
        void countsAskingForAnAccountNumberAsVerificationOnly() {
            UtteranceAnalysis analysis = analyze("What's your account number?");

            assertThat(moved(analysis, Move.VERIFY)).containsExactly("What's your account number?");
            assertThat(moved(analysis, Move.OPEN_QUESTION)).isEmpty();
        }
    }

    @Nested
    class ClosedQuestion {

        @Test
        void flagsAYesNoQuestionAsClosed() {
            assertThat(moved(analyze("Is the screen cracked or just scratched?"), Move.CLOSED_QUESTION))
                    .containsExactly("Is the screen cracked or just scratched?");
        }

        @Test
        void flagsAYesNoQuestionWithoutAQuestionMark() {
            assertThat(moved(analyze("Did you get the email from us"), Move.CLOSED_QUESTION))
                    .containsExactly("Did you get the email from us");
        }

        @Test
        void flagsAnyOtherQuestionMarkSentenceAsClosed() {
            assertThat(moved(analyze("The blue one or the red one?"), Move.CLOSED_QUESTION))
                    .containsExactly("The blue one or the red one?");
        }

        @Test
        void quotesTheQuestionAfterALeadIn() {
            assertThat(moved(analyze("Thanks, can you send me a photo?"), Move.CLOSED_QUESTION))
                    .containsExactly("can you send me a photo?");
        }

        @Test
        void doesNotTakeAnImperativeForAQuestion() {
            assertThat(moved(analyze("Have a look at the label for me."), Move.CLOSED_QUESTION))
                    .isEmpty();
        }
    }

    @Nested
    class NextStep {

        @Test
        void flagsANextStepWithOwnerActionAndTime() {
            UtteranceAnalysis analysis = analyze("I'll check the courier's scan history and call you back by 3pm.");

            assertThat(flagged(analysis, FindingCategory.NEXT_STEP))
                    .containsExactly("I'll check the courier's scan history and call you back by 3pm.");
            assertThat(moved(analysis, Move.NEXT_STEP))
                    .containsExactly("I'll check the courier's scan history and call you back by 3pm.");
        }

        @Test
        void flagsCheckingNowAsAConcreteNextStep() {
            assertThat(flagged(analyze("Let me check that for you now."), FindingCategory.NEXT_STEP))
                    .containsExactly("Let me check that for you now.");
        }

        @Test
        void makesTheMoveButEarnsNoStrengthWithoutATime() {
            UtteranceAnalysis analysis = analyze("Next, I'll send you a prepaid label.");

            assertThat(moved(analysis, Move.NEXT_STEP)).containsExactly("Next, I'll send you a prepaid label.");
            assertThat(flagged(analysis, FindingCategory.NEXT_STEP)).isEmpty();
        }

        @Test
        void doesNotTakeAPromiseOfTheOutcomeForANextStep() {
            assertThat(moved(analyze("I'll get this sorted for you."), Move.NEXT_STEP))
                    .isEmpty();
        }
    }

    @Nested
    class Boundary {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "I want to help, and I need us to keep this respectful.|I want to help, and I need us to keep this"
                            + " respectful",
                    "I'm going to pause this call now.|I'm going to pause this call now",
                    "I'm not willing to keep working unpaid weekends.|I'm not willing to keep working unpaid weekends"
                })
        void flagsACalmBoundaryAsAStrength(String utterance, String quote) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, FindingCategory.BOUNDARY)).containsExactly(quote);
            assertThat(moved(analysis, Move.BOUNDARY)).containsExactly(quote);
        }

        @Test
        void doesNotTakeHelpWithoutAConditionForABoundary() {
            assertThat(moved(analyze("I want to help you get this fixed today."), Move.BOUNDARY))
                    .isEmpty();
        }
    }

    @Nested
    class ClearLimit {

        @Test
        void flagsCantFollowedByWhatICanDo() {
            UtteranceAnalysis analysis =
                    analyze("I can't approve that myself, but what I can do is escalate it today.");

            assertThat(flagged(analysis, CLEAR_LIMIT))
                    .containsExactly("I can't approve that myself, but what I can do is escalate it today.");
            assertThat(moved(analysis, Move.STATE_LIMIT))
                    .containsExactly("I can't approve that myself", "what I can do is escalate it today");
        }

        @Test
        void flagsALimitWithTheAlternativeInTheNextSentence() {
            assertThat(flagged(analyze("I can't guarantee a date. I can check with the warehouse now."), CLEAR_LIMIT))
                    .containsExactly("I can't guarantee a date. I can check with the warehouse now.");
        }

        @Test
        void flagsReachingTheLimitFollowedByTheNextOption() {
            assertThat(flagged(
                            analyze("I've reached the limit of what I can change. The next option is a review by the"
                                    + " billing team."),
                            CLEAR_LIMIT))
                    .containsExactly("I've reached the limit of what I can change. The next option is a review by the"
                            + " billing team.");
        }

        @Test
        void doesNotFlagABareLimit() {
            UtteranceAnalysis analysis = analyze("I can't approve that myself.");

            assertThat(flagged(analysis, CLEAR_LIMIT)).isEmpty();
            assertThat(moved(analysis, Move.STATE_LIMIT)).containsExactly("I can't approve that myself");
        }

        @Test
        void doesNotTakeNothingICanDoForALimit() {
            UtteranceAnalysis analysis = analyze("There's nothing I can do.");

            assertThat(moved(analysis, Move.STATE_LIMIT)).isEmpty();
            assertThat(flagged(analysis, CLEAR_LIMIT)).isEmpty();
        }
    }

    @Nested
    class ClosingCheck {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Is there anything else I can help with today?",
                    "Does that work for you?",
                    "Have I covered everything?",
                    "How does that sound?"
                })
        void flagsCheckingItIsReallyDone(String utterance) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(flagged(analysis, FindingCategory.CLOSING_CHECK)).containsExactly(utterance);
            assertThat(moved(analysis, Move.CLOSING_CHECK)).containsExactly(utterance);
            assertThat(moved(analysis, Move.CLOSED_QUESTION)).isEmpty();
            assertThat(moved(analysis, Move.OPEN_QUESTION)).isEmpty();
        }

        @Test
        void doesNotTakeARetentionPleaForAClosingCheck() {
            UtteranceAnalysis analysis = analyze("Is there anything I can say to change your mind?");

            assertThat(moved(analysis, Move.CLOSING_CHECK)).isEmpty();
            assertThat(moved(analysis, Move.CLOSED_QUESTION))
                    .containsExactly("Is there anything I can say to change your mind?");
        }
    }

    @Nested
    class Greet {

        @Test
        void greetsWithHelloAndThanks() {
            assertThat(moved(analyze("Good morning, thanks for calling Brightwater."), Move.GREET))
                    .containsExactly("Good morning", "thanks for calling");
        }

        @Test
        void greetsByIntroducingThemselves() {
            assertThat(moved(analyze("My name is Priya and I'll be looking after you."), Move.GREET))
                    .containsExactly("My name is");
        }

        @Test
        void doesNotGreetWithHiInsideAWord() {
            assertThat(moved(analyze("That's a high charge for one month."), Move.GREET))
                    .isEmpty();
        }
    }

    @Nested
    class Verify {

        @Test
        void verifiesByAskingForTheOrderNumber() {
            assertThat(moved(analyze("Thanks. Can I have your order number, please?"), Move.VERIFY))
                    .containsExactly("Can I have your order number, please?");
        }

        @Test
        void verifiesByAskingToConfirmAnEmail() {
            UtteranceAnalysis analysis = analyze("Could you confirm the email address on the account?");

            assertThat(moved(analysis, Move.VERIFY))
                    .containsExactly("Could you confirm the email address on the account?");
            assertThat(moved(analysis, Move.CLOSED_QUESTION)).isEmpty();
        }

        @Test
        void doesNotVerifyWhenAskingWhatHappened() {
            assertThat(moved(analyze("What happened to the order?"), Move.VERIFY))
                    .isEmpty();
        }
    }

    @Nested
    class Apologise {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "I'm really sorry about the delay.|I'm really sorry",
                    "I apologise for the mix-up.|I apologise",
                    "My apologies, that was our error.|My apologies"
                })
        void apologisesInItsCommonForms(String utterance, String quote) {
            assertThat(moved(analyze(utterance), Move.APOLOGISE)).containsExactly(quote);
        }

        @Test
        void doesNotApologiseWhenSayingTheyAreNotSorry() {
            assertThat(moved(analyze("I'm not sorry for following the process."), Move.APOLOGISE))
                    .isEmpty();
        }
    }

    @Nested
    class Explain {

        @Test
        void explainsWithTheReasonInTheSentence() {
            assertThat(moved(analyze("It looks like the payment failed twice."), Move.EXPLAIN))
                    .containsExactly("It looks like the payment failed twice.");
        }

        @Test
        void explainsWhatHasAlreadyBeenDone() {
            assertThat(moved(analyze("I've reversed the second charge."), Move.EXPLAIN))
                    .containsExactly("I've reversed the second charge.");
        }

        @Test
        void explainsByOwningTheMistake() {
            assertThat(moved(analyze("Honestly, the delay was on our side."), Move.EXPLAIN))
                    .containsExactly("Honestly, the delay was on our side.");
        }

        @Test
        void doesNotExplainWithTemporalSince() {
            assertThat(moved(analyze("You've been waiting since Monday."), Move.EXPLAIN))
                    .isEmpty();
        }
    }

    @Nested
    class OfferOption {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "I can send a replacement today.|I can send a replacement today",
                    "Would you prefer a refund or a repair?|Would you prefer a refund or a repair",
                    "One option is a partial credit.|One option is a partial credit",
                    "How about you keep the car and I keep the flat?|How about you keep the car and I keep the flat"
                })
        void offersAnOption(String utterance, String quote) {
            assertThat(moved(analyze(utterance), Move.OFFER_OPTION)).containsExactly(quote);
        }

        @Test
        void doesNotTakeICanSeeForAnOffer() {
            assertThat(moved(analyze("I can see the charge, but I can see why it confused you."), Move.OFFER_OPTION))
                    .isEmpty();
        }

        @Test
        void doesNotTakeWhyTheyAskForAnOffer() {
            assertThat(moved(analyze("whats the order number so i can check?"), Move.OFFER_OPTION))
                    .isEmpty();
            assertThat(moved(
                            analyze("Could you read me the reference so that we can look into it?"), Move.OFFER_OPTION))
                    .isEmpty();
        }
    }

    @Nested
    class Promise {

        @Test
        void promisesAnOutcome() {
            UtteranceAnalysis analysis = analyze("I'll make sure you get your refund.");

            assertThat(moved(analysis, Move.PROMISE)).containsExactly("I'll make sure you get your refund");
            assertThat(flagged(analysis, OVER_PROMISE)).isEmpty();
        }

        @Test
        void promisesToRefund() {
            assertThat(moved(analyze("We're going to refund the full amount."), Move.PROMISE))
                    .containsExactly("We're going to refund the full amount");
        }

        @Test
        void doesNotTakeACallBackForAPromiseOfTheOutcome() {
            assertThat(moved(analyze("I'll call you back this afternoon."), Move.PROMISE))
                    .isEmpty();
        }
    }

    @Nested
    class SentenceSplitting {

        @Test
        void splitsAtFullStopsQuestionAndExclamationMarks() {
            String text = "I see. Is it broken? Wow!  Let me check.";

            assertThat(Sentences.split(text, text.length()))
                    .extracting(span -> span.of(text))
                    .containsExactly("I see.", "Is it broken?", "Wow!", "Let me check.");
        }

        @Test
        void keepsDecimalsAbbreviationsAndClosingQuotesInTheirSentence() {
            String text = "Dr. Patel said \"wait.\" It took 3.5 days.";

            assertThat(Sentences.split(text, text.length()))
                    .extracting(span -> span.of(text))
                    .containsExactly("Dr. Patel said \"wait.\"", "It took 3.5 days.");
        }

        @Test
        void splitsAtLineBreaksAndSkipsBlankLines() {
            String text = "first line\n\n  second line  ";

            assertThat(Sentences.split(text, text.length()))
                    .extracting(span -> span.of(text))
                    .containsExactly("first line", "second line");
        }

        @Test
        void readsOnlyUpToTheLimit() {
            String text = "One. Two. Three.";

            assertThat(Sentences.split(text, 9))
                    .extracting(span -> span.of(text))
                    .containsExactly("One.", "Two.");
        }
    }

    @Nested
    class PhraseNotation {

        @Test
        void normalizesCaseAndApostrophesWithoutMovingOffsets() {
            String text = "It’s “DONE”";

            String normalized = PhraseBook.normalize(text);

            assertThat(normalized).isEqualTo("it's \"done\"").hasSameSizeAs(text);
        }

        @Test
        void matchesAContractionInAllItsSpellings() {
            var pattern = PhraseBook.compile("i can't help", false);

            assertThat(List.of("i can't help", "i cant help", "i cannot help", "i can not  help"))
                    .allSatisfy(text -> assertThat(pattern.matcher(text).find()).isTrue());
        }

        @Test
        void keepsTheApostropheWhereDroppingItMakesAnotherWord() {
            var pattern = PhraseBook.compile("we'll check", false);

            assertThat(pattern.matcher("we will check").find()).isTrue();
            assertThat(pattern.matcher("well check").find()).isFalse();
        }

        @Test
        void matchesWholeWordsOnly() {
            var pattern = PhraseBook.compile("hi", false);

            assertThat(pattern.matcher("hi there").find()).isTrue();
            assertThat(pattern.matcher("this high").find()).isFalse();
        }

        @Test
        void givesEveryPhraseAUniqueIdAndEveryProblemAnAlternative() {
            List<Phrase> phrases = PhraseBook.standard().phrases();

            assertThat(phrases).extracting(Phrase::id).doesNotHaveDuplicates();
            assertThat(phrases)
                    .filteredOn(p -> p.flags() && p.category().isProblem())
                    .allSatisfy(p -> assertThat(p.alternative()).isNotBlank());
        }

        @Test
        void recognisesPatternsAnchoredAtTheSentenceStart() {
            assertThat(PhraseBook.isAnchored("^(?:hi|hello) there")).isTrue();
            assertThat(PhraseBook.isAnchored("^hi|hello")).isFalse();
            assertThat(PhraseBook.isAnchored("hi")).isFalse();
        }
    }

    @Nested
    class LiteralPrefilter {

        @Test
        void requiresOneWordOfAnAlternation() {
            assertThat(Literals.required("(?:calm|settle)\\s+down")).containsExactlyInAnyOrder("down");
            assertThat(Literals.required("(?:guarantee|promise)\\s+it"))
                    .containsExactlyInAnyOrder("guarantee", "promise");
        }

        @Test
        void requiresNothingOfOptionalPartsOrLookarounds() {
            assertThat(Literals.required("(?:very )?(?=x)[a-z]+")).isEmpty();
            assertThat(Literals.required("(?:sorry|)")).isEmpty();
        }

        @Test
        void cutsLiteralRunsAtOptionalAndRepeatedCharacters() {
            assertThat(Literals.required("can'?t")).containsExactly("can");
            assertThat(Literals.required("cancel+ation")).singleElement().isIn("cancel", "ation");
        }

        @Test
        void requiresNothingWhereTheSyntaxIsNotUnderstood() {
            assertThat(Literals.required("caf\\u00e9 open")).isEmpty();
            assertThat(Literals.required("\\Qa.b\\E")).isEmpty();
            assertThat(Literals.required("(?<w>\\w+) \\k<w>")).isEmpty();
            assertThat(Literals.required("[a-z&&[^x]]refund")).isEmpty();
            assertThat(Literals.required(Pattern.compile("refund", Pattern.CASE_INSENSITIVE)))
                    .isEmpty();
            assertThat(Literals.required(Pattern.compile("\\brefund\\b"))).containsExactly("refund");
        }

        @Test
        void prefersRareWordsToCommonOnes() {
            assertThat(Literals.required("you\\s+(?:claimed|alleged)")).containsExactlyInAnyOrder("claimed", "alleged");
        }

        @Test
        void needsEveryWordOfABranchNotOnlyTheRarest() {
            Literals.Need need = Literals.need("i'm sure (?:the )?manager will (?:approve|agree)|at least you");

            assertThat(need.metBy("i'm sure the manager will approve it")).isTrue();
            assertThat(need.metBy("at least you tried")).isTrue();
            assertThat(need.metBy("i'm sure it will approve")).isFalse();
            assertThat(need.metBy("at least we tried")).isFalse();
            assertThat(need.metBy("so the manager, at least", 8, 15)).isFalse();
        }

        @Test
        void anIndexFindsWhatSearchingFinds() {
            Literals.Need need = Literals.need("(?:calm|settle)\\s+down|take a breath|abc|bcd");
            Literals.Index index = new Literals.Index(List.of(need));
            Literals.Need bound = index.bind(need);

            for (String text : List.of("please calm down", "settle", "take a breath", "ake a breat", "abcd", "bc")) {
                assertThat(bound.metBy(index.presentIn(text, 0, text.length())))
                        .as(text)
                        .isEqualTo(need.metBy(text));
            }
            assertThat(bound.metBy(index.presentIn("calm down", 0, 8))).isFalse();
        }

        @ParameterizedTest
        @FieldSource("dev.spar.analysis.Utterances#CORPUS")
        void neverSkipsASentenceWherePhraseWouldMatch(String utterance) {
            String normalized = PhraseBook.normalize(utterance);
            PhraseBook book = PhraseBook.standard();

            for (Span sentence : Sentences.split(normalized, Reading.readableLength(normalized))) {
                BitSet literals = book.literalsIn(normalized, sentence);
                List<Phrase> phrases = book.phrases();
                for (int p = 0; p < phrases.size(); p++) {
                    if (phrases.get(p)
                            .pattern()
                            .matcher(normalized)
                            .region(sentence.start(), sentence.end())
                            .find()) {
                        assertThat(book.mayMatch(p, literals))
                                .as("literals of %s", phrases.get(p).id())
                                .isTrue();
                    }
                }
            }
        }

        @ParameterizedTest
        @FieldSource("dev.spar.analysis.Utterances#CORPUS")
        void neverSkipsAPhraseThatWouldMatch(String utterance) {
            String normalized = PhraseBook.normalize(utterance);

            assertThat(PhraseBook.standard().phrases())
                    .filteredOn(p -> p.pattern().matcher(normalized).find())
                    .allSatisfy(p -> assertThat(p.mayMatch(normalized))
                            .as("literals of %s", p.id())
                            .isTrue());
        }
    }

    @Nested
    class QuestionShapes {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "What happened next?|open-question",
                    "Tell me about the last time it happened.|open-question",
                    "Can you tell me how the meeting went?|open-question",
                    "So, um, how did your manager take it?|open-question",
                    "I'm wondering what made you decide to leave.|open-question",
                    "Did you try restarting it?|closed-question",
                    "When did it arrive?|closed-question",
                    "How many times did you call?|closed-question",
                    "Is it the blue one?|closed-question",
                    "I wonder if you could send it again.|closed-question",
                    "Do you have any idea why the invoice went up?|open-question",
                    "Have you had any thoughts about where you'd like to live?|open-question",
                    "So you'd take the job in Leeds, or?|open-question",
                    "Would you stay on the team or-|open-question",
                    "I'm wondering if you could tell me how the move went.|open-question",
                    "Have you thought about moving?|closed-question",
                    "How do you think you'll manage, say, when the contract ends?|open-question",
                    "What was it like for you, when the lease ran out?|open-question",
                    "You moved in March, which is really a lot to take on?|closed-question",
                    "So, I guess I'm wondering if you've thought about other ways to unwind.|closed-question",
                    "Okay, and so talk to me a bit more about what the landlord said.|open-question",
                    "I know the team matters to you, and I'm just wondering how you'd like to handle it.|open-question",
                    "What I'm really interested in is how the new role fits your plans.|open-question",
                    "What kind of help did they offer you-|open-question",
                    "How about I take the Monday shift and you take Friday?|closed-question",
                    "What about two days each?|closed-question",
                    "What about your sister?|open-question"
                })
        void readsStoryInvitationsAsOpenAndYesOrOneFactQuestionsAsClosedWhateverClausesQualifyThem(
                String utterance, String kind) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(analysis.moves())
                    .filteredOn(m -> m.move().isQuestion())
                    .extracting(m -> m.move().id())
                    .containsExactly(kind);
        }

        @Test
        void readsWhatTheSpeakerHeardAsAStatementNotAQuestion() {
            UtteranceAnalysis analysis = analyze("So what I'm hearing is that the late shifts are wearing you down.");

            assertThat(analysis.moves()).noneMatch(m -> m.move().isQuestion());
        }

        @Test
        void readsAWonderingAboutSomethingOtherThanThemAsTheSpeakersOwnGuessNotAQuestion() {
            UtteranceAnalysis analysis = analyze("I guess I'm wondering whether the new schedule is part of it.");

            assertThat(analysis.moves()).noneMatch(m -> m.move().isQuestion());
        }

        @Test
        void letsTheLastQuestionOfASentenceDecideItsKind() {
            UtteranceAnalysis analysis = analyze("Can I ask you, what made you change your mind?");

            assertThat(moved(analysis, Move.OPEN_QUESTION)).containsExactly("what made you change your mind?");
            assertThat(moved(analysis, Move.CLOSED_QUESTION)).isEmpty();
        }

        @Test
        void readsAStatementSaidAsAQuestionAsClosed() {
            assertThat(moved(analyze("So you called them twice?"), Move.CLOSED_QUESTION))
                    .containsExactly("you called them twice?");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Yeah?", "Okay?", "Mm-hmm. Right?"})
        void doesNotTakeAListeningNoiseForAQuestion(String utterance) {
            UtteranceAnalysis analysis = analyze(utterance);

            assertThat(analysis.moves()).noneMatch(m -> m.move().isQuestion());
        }

        @Test
        void readsAStutteredQuestionWordAsTheWord() {
            assertThat(moved(analyze("Wh-what did the landlord say?"), Move.OPEN_QUESTION))
                    .hasSize(1);
        }
    }

    @Nested
    class Reflection {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "I've been working late every night and my manager still says I'm behind."
                            + "|You've been putting in the hours and your manager still isn't satisfied.|true",
                    "I've been sleeping badly since the move and work is piling up."
                            + "|Since the move the nights have been rough for you and the work keeps coming.|true",
                    "The old fridge is still in my kitchen and it's leaking."
                            + "|The courier will collect the old fridge from your kitchen on Monday morning.|false"
                })
        void readsWhatTheyJustSaidToldBackAsAReflectionButNotNewsForThem(
                String counterpart, String learner, boolean reflects) {
            UtteranceAnalysis analysis = analyzeAfter(counterpart, learner);

            assertThat(moved(analysis, Move.PARAPHRASE)).hasSize(reflects ? 1 : 0);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "So you feel like you could cut down a little on weekdays.|1|0",
                    "You mentioned your doctor said you have to walk every day.|1|0",
                    "You said you were tired, so you should rest more.|0|1",
                    "Do you think you could cut down a little on weekdays?|0|1"
                })
        void readsAdviceReportedAsTheirsAsAReflectionNotTheSpeakersAdvice(String learner, int reflections, int advice) {
            UtteranceAnalysis analysis =
                    analyzeAfter("I could probably drink less on weekdays, my doctor keeps saying so.", learner);

            assertThat(moved(analysis, Move.PARAPHRASE)).hasSize(reflections);
            assertThat(moved(analysis, Move.ADVISE)).hasSize(advice);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "Does the sleep app really work offline?|The sleep app does work offline, mostly.|0",
                    "Why do I keep getting home so late from the office?"
                            + "|You keep getting home late from the office most nights.|1"
                })
        void readsTheirWordsUsedToAnswerTheirQuestionAsAnAnswerNotAReflection(
                String counterpart, String learner, int reflections) {
            UtteranceAnalysis analysis = analyzeAfter(counterpart, learner);

            assertThat(moved(analysis, Move.PARAPHRASE)).hasSize(reflections);
        }

        @Test
        void readsTheirOwnViewOfTheirTroubleSaidBackAsAReflectionNotAJudgement() {
            UtteranceAnalysis analysis = analyzeAfter(
                    "My back has been bad ever since I moved house, I reckon that's when it started.",
                    "So you think it started around the move?");

            assertThat(moved(analysis, Move.PARAPHRASE)).hasSize(1);
            assertThat(flagged(analysis, JUDGEMENTAL_FRAMING)).isEmpty();
        }

        @Test
        void readsASummaryOfferedAsAQuestionAsAReflectionAndAQuestion() {
            UtteranceAnalysis analysis = analyzeAfter(
                    "My sister never calls me back, not even on my birthday.",
                    "So it feels like she doesn't make time for you?");

            assertThat(moved(analysis, Move.PARAPHRASE)).hasSize(1);
            assertThat(moved(analysis, Move.CLOSED_QUESTION)).hasSize(1);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "So you've been sleeping badly since the move, is that right?|1",
                    "So, with the night shifts and the kids, do you see any way to cut back?|0"
                })
        void readsAStatementCheckedWithATagAsAReflectionButNotALeadInToAQuestionOfItsOwn(
                String learner, int reflections) {
            UtteranceAnalysis analysis = analyzeAfter(
                    "I haven't slept properly since the move, what with the night shifts and the kids.", learner);

            assertThat(moved(analysis, Move.PARAPHRASE)).hasSize(reflections);
            assertThat(analysis.moves()).anyMatch(m -> m.move() == Move.CLOSED_QUESTION);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "Honestly? Lonely.|Lonely.|1",
                    "Maybe six hours, if I'm lucky.|Six hours.|1",
                    "Maybe six hours, if I'm lucky.|Six hours?|0",
                    "Maybe six hours, if I'm lucky.|Good luck.|0"
                })
        void readsAWordOfTheirsSaidBackAsAReflectionButNotWhenAsked(
                String counterpart, String learner, int reflections) {
            assertThat(moved(analyzeAfter(counterpart, learner), Move.PARAPHRASE))
                    .hasSize(reflections);
        }

        @Test
        void readsTheirFeelingSaidBackAsEmpathy() {
            UtteranceAnalysis analysis = analyzeAfter(
                    "Nobody on the team even noticed I'd finished it.",
                    "You sound really let down by the people you work with.");

            assertThat(moved(analysis, Move.EMPATHISE)).hasSize(1);
            assertThat(flagged(analysis, EMPATHY)).hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You'll get an email with the label by 5pm.",
                    "You need to bring the receipt with you.",
                    "I'll call the depot this afternoon.",
                    "The part is back-ordered until Friday."
                })
        void doesNotTakeInstructionsPromisesOrFactsForAReflection(String utterance) {
            UtteranceAnalysis analysis = analyzeAfter("Where is my replacement? It was due on Monday.", utterance);

            assertThat(moved(analysis, Move.PARAPHRASE)).isEmpty();
        }

        private static final String MOVE_AND_JOB = "I've been thinking about the move and the new job a lot.";

        private static final String TRAILING_OFF = "The baby was up every hour and then the boiler went and-";

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    MOVE_AND_JOB + "|So we could look at your evening routine and the new job next time.|0",
                    MOVE_AND_JOB + "|I'd like to check back with you about the new job after the holidays.|0",
                    MOVE_AND_JOB + "|We can go through the forms together once your sister has signed them.|0",
                    MOVE_AND_JOB + "|I can see you've put a lot of thought into the move.|1",
                    TRAILING_OFF + "|-really quite a rough night.|1",
                    TRAILING_OFF + "|Almost more than anyone could carry.|1",
                    TRAILING_OFF + "|Okay. All right, thanks so much.|0",
                    TRAILING_OFF + "|Right, see you next week then.|0",
                    TRAILING_OFF + "|I've got the leaflet somewhere here.|0",
                    TRAILING_OFF + "|The part is back-ordered until Friday.|0",
                    TRAILING_OFF + "|It ships from the warehouse on Monday.|0",
                    TRAILING_OFF + "|Uh-huh. Yeah, yeah.|0",
                    TRAILING_OFF + "|Oh, nice. Okay.|0"
                })
        void readsAShortTurnThatFinishesTheirThoughtAsAReflectionButNotTheSpeakersOwnPlan(
                String counterpart, String utterance, int reflections) {
            assertThat(moved(analyzeAfter(counterpart, utterance), Move.PARAPHRASE))
                    .hasSize(reflections);
        }

        @Test
        void doesNotTakeAShortStatementForAReflectionWhenTheyHaveSaidNothing() {
            assertThat(moved(analyze("Really quite a rough night."), Move.PARAPHRASE))
                    .isEmpty();
        }

        @Test
        void doesNotFlagASoftenedFeelingAsHedging() {
            UtteranceAnalysis analysis = analyze("It sounds like you're feeling a little bit lost right now.");

            assertThat(moved(analysis, Move.EMPATHISE)).hasSize(1);
            assertThat(flagged(analysis, HEDGING)).isEmpty();
            assertThat(moved(analysis, Move.HEDGE)).isEmpty();
        }

        @Test
        void stillFlagsHedgingThatUnderminesTheSpeaker() {
            assertThat(flagged(analyze("I just think maybe we could sort of try again."), HEDGING))
                    .isNotEmpty();
        }
    }

    @Nested
    class SupportMoves {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "That took real courage.|affirm",
                    "You're doing a great job with him.|affirm",
                    "You're not alone in this.|affirm",
                    "That's a really sensible plan.|affirm",
                    "I went through the same thing when my dad was ill.|self-disclose",
                    "When I was starting out, I used to freeze in every meeting.|self-disclose",
                    "Me too, my landlord does exactly that.|self-disclose",
                    "Maybe you could try writing it down first.|advise",
                    "Try breaking it into smaller steps.|advise",
                    "You can have all of the paper if I keep the ink.|offer-option",
                    "Would you be willing to move the review to Thursday?|offer-option",
                    "Let's split the weekend shifts between us.|offer-option",
                    "I lost my own job two winters ago and spent months looking.|self-disclose",
                    "My brother moved across the country last year.|self-disclose",
                    "I had a rough first year at university as well.|self-disclose",
                    "Plenty of people find the first month in a new city lonely.|explain",
                    "Sleep often gets worse when there is a lot of stress.|explain",
                    "You are such a thoughtful friend to her.|affirm",
                    "Don't worry, it gets easier with time.|affirm",
                    "I have no doubt you'll land something soon.|affirm",
                    "A short walk after dinner could help you sleep.|advise",
                    "Would you be willing to ask your doctor about it?|advise",
                    "Be patient with yourself while you settle in.|advise",
                    "Looking after a newborn on your own is exhausting for you.|empathise",
                    "That is such a scary thing to go through.|empathise",
                    "I know what you mean.|acknowledge",
                    "Message me any time this week, I'm here.|empathise",
                    "Stay strong, the first month is the worst.|affirm",
                    "You could volunteer at the shelter on Saturdays.|advise",
                    "Just stay calm and take it one call at a time.|advise",
                    "I know I've had weeks like that before the holidays.|self-disclose",
                    "I understand, as I was laid off last spring too.|self-disclose",
                    "I have been in your shoes with a landlord like that.|self-disclose",
                    "I love baking bread on quiet Sundays.|self-disclose",
                    "Sounds like a rough couple of months.|empathise",
                    "I know how that feels.|acknowledge",
                    "Happy birthday, and congratulations on the new job!|affirm",
                    "Hit me up if you want to talk later.|empathise",
                    "There are support groups in most towns that could help you meet people.|explain",
                    "I can understand why you'd be angry with him.|acknowledge",
                    "I can tell you're worn out by all of it.|acknowledge",
                    "You made the right call leaving that job.|affirm",
                    "This rough patch will pass, one week at a time.|affirm",
                    "Another thing that helped my sister was a daily walk.|advise",
                    "You can also ask the library about free classes.|advise",
                    "How about a swim before work?|advise",
                    "Could you ask your manager for a later start?|advise",
                    "My understanding is that the twins start school in May.|paraphrase",
                    "Just to confirm, you moved in with her in June.|paraphrase",
                    "I hear you saying the job drains you.|paraphrase",
                    "I'm also a night owl, so the early shifts wreck me.|self-disclose",
                    "My brother also lost his job in the spring.|self-disclose",
                    "When I can't sleep, I read until my eyes close.|self-disclose",
                    "Seeing the old photos makes me sad too.|self-disclose",
                    "You're right, he should have called first.|affirm",
                    "Exactly, that is the whole point of a break.|affirm",
                    "That's not weird at all.|affirm",
                    "Better days are ahead for the two of you.|affirm",
                    "There's a free breathing app that walks you through it.|explain",
                    "Walking is proven to lift your mood.|explain"
                })
        void readsRecognitionOwnExperienceSuggestionsAndProposals(String utterance, String move) {
            assertThat(analyze(utterance).moves())
                    .extracting(m -> m.move().id())
                    .contains(move);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I think the new schedule might suit you better.",
                    "I'm so sorry that happened to your family.",
                    "I'm doing well, thanks for asking.",
                    "I've refunded the second charge to your card.",
                    "I'll call the depot this afternoon.",
                    "I had a look and your order left the warehouse today."
                })
        void doesNotTakeViewsSympathyRepliesOrServiceForTheSpeakersOwnStory(String utterance) {
            assertThat(moved(analyze(utterance), Move.SELF_DISCLOSE)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Do you feel ready to talk to your sister about it?",
                    "You should not worry about the exam so much.",
                    "You could try writing down what makes you anxious."
                })
        void doesNotTakeAQuestionOrAnInstructionAboutAFeelingForEmpathy(String utterance) {
            assertThat(moved(analyze(utterance), Move.EMPATHISE)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Skipping breakfast can make you tired by noon.",
                    "If you feel low in the evening, a walk round the block helps.",
                    "Once you start the new tablets you won't feel so anxious.",
                    "A cold shower can leave you feeling awake."
                })
        void doesNotTakeAClaimOrATipAboutFeelingsForEmpathy(String utterance) {
            assertThat(moved(analyze(utterance), Move.EMPATHISE)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "How about you?",
                    "What about your weekend?",
                    "Could you tell me a bit more about it?",
                    "How about you, how are you holding up?",
                    "I wonder how you can also stay so calm.",
                    "Take care, and good luck on Monday.",
                    "Enjoy the rest of your evening!"
                })
        void doesNotTakeAnInvitationToTalkOrAGoodbyeForASuggestion(String utterance) {
            assertThat(moved(analyze(utterance), Move.ADVISE)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'm also here if you want to talk later.",
                    "If you're right about the dates, we can still make it."
                })
        void doesNotTakeAnOfferOrAConditionForTheSpeakersStoryOrAgreement(String utterance) {
            assertThat(analyze(utterance).moves())
                    .extracting(m -> m.move())
                    .doesNotContain(Move.SELF_DISCLOSE, Move.AFFIRM);
        }

        @Test
        void readsAStatementAboutTheirLifeAsTheirsNotTheSpeakers() {
            UtteranceAnalysis analysis = analyzeAfter(
                    "I moved here in March and still know nobody.", "You moved here in March and it's been lonely.");

            assertThat(moved(analysis, Move.SELF_DISCLOSE)).isEmpty();
        }

        @Test
        void readsASuggestionAsAdviceAndKeepsTheQuestion() {
            UtteranceAnalysis analysis = analyze("Have you thought about asking your landlord for more time?");

            assertThat(moved(analysis, Move.ADVISE)).isNotEmpty();
            assertThat(moved(analysis, Move.CLOSED_QUESTION)).hasSize(1);
        }

        @Test
        void readsSayingWhatTheSpeakerNeedsAsANeed() {
            assertThat(moved(analyze("I need the contract signed by Friday."), Move.STATE_NEED))
                    .hasSize(1);
        }

        @Test
        void doesNotTakeAnAgentsNextStepForANeed() {
            assertThat(moved(analyze("I need to check that with billing."), Move.STATE_NEED))
                    .isEmpty();
        }
    }

    @Nested
    class EmotionalReaction {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "I'm so sorry, that sounds exhausting.|true",
                    "That sucks, losing the flat a week before the move.|true",
                    "Moving twice in one winter must be hard for you.|true",
                    "It's hard for me to trust anyone since the move.|false",
                    "I failed my driving test again last week. It sucks.|false",
                    "I was let go in the spring and it hurts because I loved that team.|false",
                    "You aren't a burden to anyone here.|true",
                    "Your not useless, you just had a bad week.|true",
                    "If you ever want to vent about the new job, message me.|true",
                    "Hope you sleep better tonight.|true",
                    "I feel your frustration with that landlord.|true",
                    "I know what it's like to wait on a diagnosis.|true",
                    "If you want to talk to a manager, I can put you through.|false",
                    "Hope that helps with the setup.|false",
                    "It makes me sad to read how they treated you.|true",
                    "I hope the new flat gives you a fresh start.|true",
                    "My commute makes me sad.|false",
                    "I hope this helps you.|false",
                    "I'm sure I came across as rude at the party.|false",
                    "I'm getting through my own week one day at a time.|false",
                    "I think that's a great idea.|true",
                    "I'm so proud of you, my friend.|true",
                    "I wish there was an easier way to get to work.|false",
                    "I wish I could do more to help from here.|true",
                    "Hope your weekend is going well!|false",
                    "Please don't give up on yourself.|true",
                    "I don't want you to go through this alone.|true",
                    "I'm with you on the pricing question.|false",
                    "Don't do it too often, the ice gets thin.|false",
                    "Rough week by the sound of it, care to share?|true",
                    "I'd love to hear your thoughts on the pricing.|false",
                    "All week at my desk with the flu. It was hard.|false",
                    "You lost the house in the end. It's awful.|true",
                    "That's a good start, I think it will pay off.|true",
                    "Please tell me how the talk goes - I'm sure things will look brighter by spring.|true",
                    "You're only human, and nobody gets every call right.|true",
                    "No one expects you to be perfect in your first month.|true",
                    "I understand. It must be hard.|true",
                    "You feel so alone in that new town.|true",
                    "Pack the night before. That way you won't feel rushed on the day.|false",
                    "A coach should notice anything that feeds your stress before a race.|false",
                    "That would be kind, but I worry about you out there alone.|true",
                    "Keep writing those lists, they clearly help.|true",
                    "Just do your best on the day.|true",
                    "I keep telling myself the exam went fine.|false"
                })
        void readsWarmthForThemAndHowHardTheirSituationIsAsAReaction(String utterance, boolean reacts) {
            boolean read = analyze(utterance).moves().stream()
                    .anyMatch(
                            m -> m.move() == Move.EMPATHISE || m.move() == Move.ACKNOWLEDGE || m.move() == Move.AFFIRM);

            assertThat(read).isEqualTo(reacts);
        }

        @Test
        void readsSorryBesideHowHardItIsForThemAsEmpathyNotOnlyAnApology() {
            UtteranceAnalysis analysis = analyze("I'm so sorry, that sounds exhausting.");

            assertThat(moved(analysis, Move.EMPATHISE)).contains("I'm so sorry");
            assertThat(flagged(analysis, EMPATHY)).contains("I'm so sorry");
        }

        @Test
        void keepsSorryForTheSpeakersOwnDoingAnApologyOnly() {
            UtteranceAnalysis analysis = analyze("Sorry for the delay, that must have been frustrating.");

            assertThat(moved(analysis, Move.APOLOGISE)).containsExactly("Sorry");
            assertThat(moved(analysis, Move.EMPATHISE)).doesNotContain("Sorry");
        }

        @Test
        void doesNotCreditTheSpeakersOwnHardshipInTheCritique() {
            assertThat(flagged(analyze("I failed my driving test again last week. It sucks."), EMPATHY))
                    .isEmpty();
        }
    }
}
