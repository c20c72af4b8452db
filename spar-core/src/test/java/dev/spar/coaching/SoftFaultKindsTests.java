package dev.spar.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kinds of soft failure the seventh blind round found the critique missing, each said as the learner's only line
 * and read by the whole coach, in wordings written for this test (none from an evaluation set); the lines that
 * share their words but not their meaning are left alone.
 */
class SoftFaultKindsTests {
    private final Coach coach = new Coach();

    private List<FindingCategory> problemsOn(String line) {
        Practice practice = CoachContentTests.refundRun(Map.of(), line);
        int said = practice.turns().stream()
                .filter(t -> t.analysis().isPresent())
                .findFirst()
                .orElseThrow()
                .number();
        return coach.critique(practice).findings().stream()
                .filter(f -> f.turn() == said && f.category().isProblem())
                .map(Finding::category)
                .toList();
    }

    @Nested
    class FaultInHindsight {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "To be fair, the sensible thing would have been to ring us the day it broke.",
                    "With a trip that close it's always safer to book the repair a month out.",
                    "We did email the renewal notice to your work address in May, so it shouldn't have been a surprise.",
                    "You did agree to the new terms when you logged in in March.",
                    "well you do approve the budget for the team, so it kind of is on you",
                    "Honestly, the smart move would've been to keep the receipt somewhere safe.",
                    "We sent the reminder in March. You read it and ignored it, so this one's on you.",
                    "If you kept using it like that you probably made it worse yourself."
                })
        void isBlame(String line) {
            assertThat(problemsOn(line)).as(line).contains(FindingCategory.BLAME);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "We did promise Tuesday, and we let you down. I'm sorry.",
                    "The sensible thing now is for me to send a courier for it.",
                    "You did everything right, and it still went wrong on our side.",
                    "It's always worth keeping the box, but you don't need it for this refund."
                })
        void ownedOrForwardLookingIsNot(String line) {
            assertThat(problemsOn(line)).as(line).doesNotContain(FindingCategory.BLAME);
        }
    }

    @Nested
    class GuessesSaidAsFact {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "That'll be your router playing up, nothing to do with our line.",
                    "It'll be the payment provider, almost certainly.",
                    "Something on the bank's side must have failed overnight.",
                    "Dev'll be fine with it. He'll love the idea, honestly.",
                    "You won't leave. You've been with us twelve years."
                })
        void isAGuess(String line) {
            assertThat(problemsOn(line)).as(line).contains(FindingCategory.GUESSING);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "That'll be a big help, thank you.",
                    "It must have been awful, waiting in all day for nothing.",
                    "That'll be the quickest way to get it back to you.",
                    "It'll be Thursday at the earliest, and I'll ring you either way."
                })
        void feelingsHelpAndPlansAreNot(String line) {
            assertThat(problemsOn(line)).as(line).doesNotContain(FindingCategory.GUESSING);
        }
    }

    @Nested
    class FaultPassedOn {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The launch slipped because Priya's designs came in late, so that one isn't on me.",
                    "Both outages were upstream with our hosting provider; half the internet went down that week.",
                    "I can't go above five percent without sign-off, so it's out of my hands really.",
                    "She's the one who told me to cancel it, not me.",
                    "The report was late because finance sent the numbers two weeks behind."
                })
        void isBlamingOthers(String line) {
            assertThat(problemsOn(line)).as(line).contains(FindingCategory.BLAMING_OTHERS);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The launch slipped because I underestimated the design work. That's on me.",
                    "I'll ask the hosting provider for the incident report and send it to you.",
                    "She's the one who'll ring you tomorrow with the booking."
                })
        void ownedOrHandedOnIsNot(String line) {
            assertThat(problemsOn(line)).as(line).doesNotContain(FindingCategory.BLAMING_OTHERS);
        }
    }

    @Nested
    class MockeryByKind {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Right, so you'd rather wait a week than let me send a new one today. Good luck with that.",
                    "Ooh, love the confidence. I'm going as fast as the form lets me.",
                    "Well, you'd know all about deadlines, with one whole project behind you.",
                    "I'd love to see the rulebook you're working from.",
                    "Sure, and while we're at it shall I repaint your office for free too?"
                })
        void isSarcasm(String line) {
            assertThat(problemsOn(line)).as(line).contains(FindingCategory.SARCASM);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "So you'd rather wait for the original than take a replacement?",
                    "I love the colours you picked for the cover.",
                    "You know all about this project, so tell me what you'd change.",
                    "I'd love to see the photos of the damage, can you send them?"
                })
        void plainQuestionsAndWarmthAreNot(String line) {
            assertThat(problemsOn(line)).as(line).doesNotContain(FindingCategory.SARCASM);
        }
    }

    @Nested
    class MotivesByKind {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Write what you want, I'm sure you're only angling for a freebie anyway.",
                    "You're not really cancelling, you're just after a better price.",
                    "Honestly, that's exactly what someone trying to get into another person's account would ask.",
                    "So you want the extra pages free and you're hoping I won't mention the overdue invoice.",
                    "There's money for the launch party though. You just don't pay the people who'll wait."
                })
        void isAnAccusation(String line) {
            assertThat(problemsOn(line)).as(line).contains(FindingCategory.ACCUSATION);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I know you're after a refund, and I can do that today.",
                    "You're not cancelling yet, and I'd like to give you a reason to stay."
                })
        void namingWhatTheyWantIsNot(String line) {
            assertThat(problemsOn(line)).as(line).doesNotContain(FindingCategory.ACCUSATION);
        }
    }

    @Nested
    class TalkingDownByKind {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Madam, I'm going to need you to take a deep breath before we carry on.",
                    "Please keep your voice down so I can help you.",
                    "Just so you know, contracts like yours always renew automatically.",
                    "The fee is in section 4, which you would have seen when you signed up.",
                    "Four pages at £500 each. You can do the maths.",
                    "Did you even read the handover notes I sent?",
                    "It's all on the website, sweetie, it's very simple.",
                    "There's a way to say that without shouting. It's called being polite."
                })
        void isCondescension(String line) {
            assertThat(problemsOn(line)).as(line).contains(FindingCategory.CONDESCENSION);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Let's both take a breath, this has been a long call.",
                    "Just so you know, I'll be off on Friday, so Sam will ring you.",
                    "Did you get the email I sent on Tuesday?",
                    "It's called the Riverside depot, on Mill Lane.",
                    "Sorry, the line's bad, could you speak up a little?"
                })
        void plainWordsAreNot(String line) {
            assertThat(problemsOn(line)).as(line).doesNotContain(FindingCategory.CONDESCENSION);
        }
    }

    @Nested
    class ShrinkingTheirTrouble {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The late fee's not really a big deal, honestly, we waive those all the time.",
                    "The missed call is really only a small knock-on, it happens.",
                    "Two days over a whole quarter isn't a huge amount of downtime.",
                    "Nobody's going to notice, it's one slide in a forty-page deck.",
                    "You just book it again and that's that.",
                    "Deadlines are always tight, that's just what clients say."
                })
        void isDismissal(String line) {
            assertThat(problemsOn(line)).as(line).contains(FindingCategory.DISMISSAL);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "It's not a big deal for me to resend it, I'll do it now.",
                    "Nobody's going to charge you for the second visit, I've noted it.",
                    "I know two days is a huge amount of time to be without a phone."
                })
        void offersAndAcknowledgementsAreNot(String line) {
            assertThat(problemsOn(line)).as(line).doesNotContain(FindingCategory.DISMISSAL);
        }
    }

    @Nested
    class RetortsByKind {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Seriously? You think I'd invent a family emergency to get out of a meeting?",
                    "Post what you like. It won't change the answer.",
                    "Why would you even ask me that? I've worked here nine years.",
                    "Well you didn't exactly give me much notice, did you?"
                })
        void isReactive(String line) {
            assertThat(problemsOn(line)).as(line).contains(FindingCategory.REACTIVE);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You can write what you like in the review, and I'd still like to fix this.",
                    "Why would the bank take it twice? Let me look at the two payments.",
                    "Seriously, thank you for waiting so long."
                })
        void calmWordsAreNot(String line) {
            assertThat(problemsOn(line)).as(line).doesNotContain(FindingCategory.REACTIVE);
        }
    }

    @Nested
    class HeatGetsAUsableRewrite {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'm doing my best here, give me a chance.",
                    "Don't take that tone with me.",
                    "Seriously? Why would I make that up?"
                })
        void aReactiveLineIsOfferedWordsThatAreNotHeatThemselves(String line) {
            Practice practice = CoachContentTests.refundRun(Map.of(), line);
            Finding heat = coach.critique(practice).findings().stream()
                    .filter(f -> f.category() == FindingCategory.REACTIVE)
                    .findFirst()
                    .orElseThrow();
            assertThat(heat.rewrite()).as(line).isPresent();
            assertThat(problemsOn(heat.rewrite().orElseThrow()))
                    .as(heat.rewrite().orElseThrow())
                    .doesNotContain(
                            FindingCategory.REACTIVE,
                            FindingCategory.SCOLDING,
                            FindingCategory.DEFENSIVE,
                            FindingCategory.CONDESCENSION,
                            FindingCategory.JUDGEMENTAL_FRAMING);
        }
    }

    @Nested
    class DenyingTheCharge {
        /** Neighbouring coached lines that call every line an accusation and heat. */
        private final Meaning neighboursCallItAnAccusation = new Meaning() {
            @Override
            public List<MeaningMatch> match(String sentence) {
                return List.of();
            }

            @Override
            public List<MeaningMatch> likeCoachedLines(String line) {
                return List.of(new MeaningMatch("accusation", 0.95, line), new MeaningMatch("reactive", 0.95, line));
            }
        };

        private List<FindingCategory> heardAs(String line) {
            Practice practice = Practice.replay(
                    ScenarioFixtures.refundCustomer(),
                    PracticeSettings.of(3, 1),
                    new RuleAnalyzer(neighboursCallItAnAccusation),
                    List.of(line));
            practice.end();
            return coach.critique(practice).findings().stream()
                    .map(Finding::category)
                    .toList();
        }

        @ParameterizedTest
        @ValueSource(strings = {"I'm not saying you're not welcome.", "No, that's not what I meant at all."})
        void aLineThatOnlyTakesItBackIsNotReadAsTheCharge(String line) {
            assertThat(heardAs(line)).as(line).doesNotContain(FindingCategory.ACCUSATION, FindingCategory.REACTIVE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"I'm not saying it twice: you never read anything I send."})
        void aDenialWithAChargeAfterItStillIs(String line) {
            assertThat(heardAs(line)).as(line).contains(FindingCategory.ACCUSATION);
        }
    }

    /** One kind of soft failure: lines that must carry the category, and near misses that must not. */
    private void kind(FindingCategory category, List<String> flagged, List<String> nearMisses) {
        for (String line : flagged) {
            assertThat(problemsOn(line)).as(line).contains(category);
        }
        for (String line : nearMisses) {
            assertThat(problemsOn(line)).as(line).doesNotContain(category);
        }
    }

    @Nested
    class LabelsOnThemAndTheirWords {
        @Test
        void characterWordsAndLabelsOnWhatTheySaidOrAskAreJudgemental() {
            kind(
                    FindingCategory.JUDGEMENTAL_FRAMING,
                    List.of(
                            "look I can't help you if you're going to be this hysterical about it",
                            "I'm not the one being dramatic here",
                            "This is the problem with you, you never plan ahead",
                            "people are saying your code reviews come across as pretty toxic",
                            "I think 'sneaky' is a bit strong, we do send emails",
                            "with respect that's a slightly unfair way of putting it",
                            "That's a bit of a cop-out if I'm honest",
                            "A full refund at this point is a pretty big ask though",
                            "Matching that honestly isn't a realistic ask"),
                    List.of(
                            "I know it's a big ask, but could you send the receipt today?",
                            "I'm not saying you're being dramatic. It matters, and I'll sort it.",
                            "I can see why it feels sneaky when it renews without a word.",
                            "that's a fair ask, let me see what I can do"));
        }
    }

    @Nested
    class LessonsForThem {
        @Test
        void aLessonForNextTimeOrWhatTheirPartShouldHaveBeenIsBlame() {
            kind(
                    FindingCategory.BLAME,
                    List.of(
                            "For future orders it's worth allowing a week or two of buffer, just so you know.",
                            "yeah that's exactly why we tell people to save them, worth doing next time",
                            "If the tickets had a bit more detail in them we wouldn't have to keep asking, to be fair.",
                            "maybe if the notes were a bit clearer I wouldn't pull a face",
                            "You treat every deadline like it's optional.",
                            "it might help not to have so many apps open at once, that's a lot for a small laptop"),
                    List.of(
                            "No problem, we can do a reset another way. I'll send a code to your phone.",
                            "You shouldn't have to repeat yourself. I'll be your one contact from today.",
                            "Next time it happens, I'll make sure you get a call the same day."));
        }
    }

    @Nested
    class ShrinkingIt {
        @Test
        void theirTroubleMadeSmallByCountingOrComparingIsDismissal() {
            kind(
                    FindingCategory.DISMISSAL,
                    List.of(
                            "eh nine days is nothing for a refund, honestly",
                            "in fairness it's only about forty-nine a month when you spread it out",
                            "well everything's gone up this year, it's not just us",
                            "Let's not get sidetracked by the on-call stuff.",
                            "that pool's nothing really, they always find money",
                            "the insurance is just the one payment though, easy to resend"),
                    List.of(
                            "You're right that nobody explained it. Here's what changed and why.",
                            "That's a lot to have put in. Can we look at the numbers together?",
                            "Some people have been saying things, maybe it's nothing, but I wanted to ask you."));
        }
    }

    @Nested
    class SureOfWhatTheyCannotKnow {
        @Test
        void aThirdPersonsMindOrAnOutcomeSaidAsCertainIsGuessing() {
            kind(
                    FindingCategory.GUESSING,
                    List.of(
                            "Go ahead, he'll say exactly the same thing",
                            "of course, Dan won't mind at all",
                            "their coverage is worse round you, you'd be back within a year",
                            "I don't have them, but everyone in my role is on ninety now, I'd bet on it"),
                    List.of(
                            "Please do. We decided this together.",
                            "They may well be. Can I ask what matters most to you apart from price?"));
        }

        @Test
        void comfortWithNothingBehindItIsFalseHope() {
            kind(
                    FindingCategory.FALSE_HOPE,
                    List.of(
                            "it's only money mate, you'll make it back",
                            "the on-call will sort itself out once the new person starts",
                            "I wouldn't lose sleep over it, one overdraft won't show up anywhere"),
                    List.of("I can't promise Saturday. I can send a second suit today by courier."));
        }

        @Test
        void anOutcomeSwornToIsOverPromising() {
            kind(
                    FindingCategory.OVER_PROMISE,
                    List.of(
                            "it'll be back in your account, I'll make sure of it personally",
                            "if you stay I can fix your price for as long as you're with us, it won't go up again",
                            "and if it's tight I'll get the date moved, that's a promise"),
                    List.of(
                            "I'll raise the reclaim today and call you Friday with where it stands.",
                            "That's on me. I've set up a checklist so it won't slip again."));
        }
    }

    @Nested
    class MockeryAndRetorts {
        @Test
        void mockObedienceMockInterestAndAbsurdClaimsAreSarcasm() {
            kind(
                    FindingCategory.SARCASM,
                    List.of(
                            "right, I'll just read your mind then",
                            "Write away, I'm sure it'll be a gripping read.",
                            "oh yeah, I've got ten offers and a private jet waiting",
                            "and I suppose he also said invoices are optional",
                            "well i cant exactly make the van drive faster can i",
                            "Very good. Did you rehearse that one?",
                            "glad we're setting such a high bar then"),
                    List.of(
                            "Got it, short version: reset today, code by text.",
                            "I can't make the van go faster, but I can send a second suit today.",
                            "Great, did you have that ready? Let's go through it.",
                            "You're right, I did, and I lost money. That's partly why I'm saying this."));
        }

        @Test
        void aPartyNamedWithItsTroublesAsTheReasonIsBlamingOthers() {
            kind(
                    FindingCategory.BLAMING_OTHERS,
                    List.of(
                            "it's with the courier, they've had a lot of delays this week",
                            "the warehouse have been a nightmare all month, honestly"),
                    List.of(
                            "It's at the courier's depot. I've asked them to put it on today's van and I'll call you."));
        }

        @Test
        void aThreatCalledOutOrTheirChargeTurnedBackIsSnappingBack() {
            kind(
                    FindingCategory.REACTIVE,
                    List.of(
                            "Is that a threat?",
                            "well I didn't sign up to clean up after you either",
                            "I haven't even said anything yet.",
                            "Nobody's hoping anything, we sent you three emails"),
                    List.of(
                            "That's easily done, I don't open half of mine either. Let me resend it.",
                            "Fair enough, no script. Tell me what happened and I'll get the right person."));
        }

        @Test
        void suspicionByOtherPeopleOrAMotiveFoundIsAnAccusation() {
            kind(
                    FindingCategory.ACCUSATION,
                    List.of(
                            "we do get a lot of people who let it renew and only change their mind once the money's gone",
                            "I think we both know why. You've never liked how I work.",
                            "let's not pretend this rating is about my work",
                            "so that's what the new style was really about, your portfolio",
                            "sounds like you're already lining up someone to blame"),
                    List.of("Can you give me an example from this quarter so I can see what you mean?"));
        }
    }

    @Nested
    class TakingItBackWithTheRealReading {
        @Test
        void aLineThatOnlyDeniesTheChargeIsNeitherAnAccusationNorAFlatNo() {
            kind(
                    FindingCategory.ACCUSATION,
                    List.of("I think we both know why. You've never liked how I work."),
                    List.of("I'm not saying you're not welcome.", "No, that's not what I meant at all."));
            assertThat(problemsOn("No, that's not what I meant at all. I love having you here."))
                    .doesNotContain(FindingCategory.DISMISSAL);
        }

        @Test
        void weCannotControlThemIsBlamePassedOn() {
            kind(
                    FindingCategory.BLAMING_OTHERS,
                    List.of("Delivery times are estimates and we can't control the courier."),
                    List.of("I can't control the weather, but I can send it by the faster van today."));
        }
    }

    @Nested
    class TalkingDownAsHelp {
        @Test
        void slowerWordsOurExpertiseAndTheirSensitivityAreTalkingDown() {
            kind(
                    FindingCategory.CONDESCENSION,
                    List.of(
                            "No. I'll go through it again, more slowly this time.",
                            "he probably meant the engineer visit, it's really easy to mix the two up",
                            "which is why it's best to leave the diagnosing to us",
                            "I think you're just feeling a bit sensitive today"),
                    List.of(
                            "Not yet, and I know that's hard. Here's what I'll find out by 3.",
                            "Fair enough. Leave the diagnosing to us and I'll call you with what we find by noon."));
        }
    }

    @Nested
    class CausesAndOddsUnseen {
        @Test
        void aFaultDiagnosedUnseenWhatSomeoneWillHaveDoneAndARivalsPriceReadAsATrapAreGuesses() {
            kind(
                    FindingCategory.GUESSING,
                    List.of(
                            "Right, it'll be a failing fan bearing, that's what it always is with that model.",
                            "it will probably be a loose connector behind the sensor",
                            "She'll have just clicked the top option without reading it.",
                            "That'll be a teaser rate, it goes up once you're locked in.",
                            "They'll put the price up the moment you sign."),
                    List.of(
                            "That'll be twelve pounds for next-day, and I'll book it now.",
                            "I don't know yet; it could be the battery or the board, and the diagnostic will tell us.",
                            "You'll have an email from me by five with the refund reference.",
                            "If it's a loose connector, the re-check will show it, and that part is covered."));
        }

        @Test
        void goodOddsTalkedUpWithoutGroundsAreFalseHope() {
            kind(
                    FindingCategory.FALSE_HOPE,
                    List.of(
                            "There's a good chance the charge just reverses on its own.",
                            "there's a really good chance it comes back before the weekend"),
                    List.of(
                            "There's a small chance the bank holds it for a day, so I'll send you the reference.",
                            "I can't promise it comes back today; I'll know by four and I'll ring you."));
        }
    }

    @Nested
    class TalkingDownByAddress {
        @Test
        void calledDearOrToldItSimplyIsCondescension() {
            kind(
                    FindingCategory.CONDESCENSION,
                    List.of(
                            "You picked store credit on the form, dear, that's all it is.",
                            "It can get confusing, so let me put it simply: moving is a change and changes cost.",
                            "ok sweetheart, the form is right there"),
                    List.of(
                            "Oh dear, that's not what I wanted to hear. Let me check the depot now.",
                            "Let me put it in writing for you, so you have it before Friday."));
        }
    }

    @Nested
    class TheirWordsHandedBack {
        @Test
        void mentionedOnceOrTwiceDontLetMeKeepYouAndWorkedUpWontHelpAreHeat() {
            kind(
                    FindingCategory.REACTIVE,
                    List.of(
                            "Yes, you might have mentioned it once or twice.",
                            "Well, don't let me keep you from your recruiter, then.",
                            "Free, how generous of them. Good luck with that.",
                            "Getting worked up won't get the money back any faster."),
                    List.of(
                            "You mentioned the recruiter, and I'd rather hear what would make you stay.",
                            "I won't keep you long: two things, then you can go.",
                            "Good luck with the launch on Friday, and send me the numbers after."));
        }
    }

    @Nested
    class CannedSaidOnce {
        @Test
        void aFormulaSaidOnceIsNotCalledRepeated() {
            Practice practice = CoachContentTests.refundRun(Map.of(), "I understand your frustration.");
            List<Finding> canned = coach.critique(practice).findings().stream()
                    .filter(f -> f.category() == FindingCategory.CANNED_EMPATHY)
                    .toList();

            assertThat(canned).isNotEmpty();
            assertThat(canned).allSatisfy(f -> assertThat(f.why()).doesNotContainIgnoringCase("repeated"));
        }
    }

    @Nested
    class ANodIsNoAcknowledgement {
        private List<FindingCategory> strengthsOn(String line) {
            Practice practice = CoachContentTests.refundRun(Map.of(), line);
            return coach.critique(practice).findings().stream()
                    .filter(f -> !f.category().isProblem())
                    .map(Finding::category)
                    .toList();
        }

        @Test
        void iHearYouAloneIsNotCreditedAsAcknowledgingTheImpact() {
            assertThat(strengthsOn("I hear you.")).doesNotContain(FindingCategory.ACKNOWLEDGEMENT);
            assertThat(strengthsOn("I hear how stressful it's been, with the laptop crashing every day."))
                    .contains(FindingCategory.ACKNOWLEDGEMENT);
        }
    }
}
