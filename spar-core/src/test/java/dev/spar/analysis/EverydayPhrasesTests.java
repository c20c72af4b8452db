package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.DISMISSAL;
import static dev.spar.analysis.FindingCategory.GUESSING;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;
import static dev.spar.analysis.FindingCategory.REACTIVE;
import static dev.spar.analysis.Utterances.analyze;
import static dev.spar.analysis.Utterances.analyzeAfter;
import static dev.spar.analysis.Utterances.assertFlags;
import static dev.spar.analysis.Utterances.assertNotFlagged;
import static dev.spar.analysis.Utterances.flagged;
import static dev.spar.analysis.Utterances.moved;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The everyday forms of the service problems ({@link EverydayPhrases}): each kind is found in wordings written for
 * this test, in several registers, and the good lines that share its words are left alone.
 */
class EverydayPhrasesTests {

    @Nested
    class Minimising {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "It's only a couple of quid, honestly.",
                    "its just three emails tho",
                    "That's a pretty minor glitch really.",
                    "Happens all the time with that model, mate.",
                    "Every airline has the odd delay.",
                    "That's just the way it is these days.",
                    "Don't stress about it, it's a form.",
                    "There's nothing to get upset about.",
                    "There's no real problem with your card.",
                    "It isn't really a fault as such.",
                    "At least the parcel turned up in the end.",
                    "Could be worse, you could have lost the lot.",
                    "So what, it's a day late.",
                    "You're lucky it was only the one invoice."
                })
        void findsTheirProblemMadeSmall(String line) {
            assertFlags(line, DISMISSAL);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "It's a small thing, but it matters to me that we agree on the hours.",
                    "There's no problem at all, I'll change the date now.",
                    "At least two of the three parcels are already with the courier, and I'm chasing the third now.",
                    "It's only fair that you get the delivery charge back.",
                    // Their own point said back ("Surely two days late is fine?"), before a limit and a way forward.
                    "I understand it's only two days. I can't take it back, but I can offer an exchange.",
                    "I know it happens a lot, and that doesn't make it any less annoying. Let me look."
                })
        void leavesOwnPointsAndPlainFactsAlone(String line) {
            assertNotFlagged(line, DISMISSAL);
        }
    }

    @Nested
    class BlameByOutcome {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You must have misread the confirmation.",
                    "you got the dates mixed up, the booking was for June",
                    "That's what happens when you share your password.",
                    "You started this whole argument at dinner.",
                    "It went to the old flat because you never changed the address.",
                    "You should have rung the helpline before cancelling.",
                    "That was your decision, not mine.",
                    "You left it till the last day to send the form.",
                    "you probably typed the wrong postcode in",
                    "I think you might have picked the wrong size when you ordered.",
                    "You must have given us an old email address."
                })
        void findsTheFaultPutOnThem(String line) {
            assertFlags(line, BLAME);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You should have received a text with the code.",
                    "Sorry if you misunderstood me earlier, that's on me for being unclear.",
                    "You should have been told about the fee, and I'm sorry you weren't.",
                    "We sent it to the wrong address, that's on us.",
                    "If you gave us the wrong postcode, no problem, I can change it now."
                })
        void leavesWhatTheyWereOwedAlone(String line) {
            assertNotFlagged(line, BLAME);
        }
    }

    /**
     * Their own failing said back in the shape of a summary (what they let run, put off or only noticed late) is
     * blame, not a neutral reflection; their trouble said back, or someone else's failing, is a reflection.
     */
    @Nested
    class TheirFailingSaidBack {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "So you left the boiler making that noise for a month before calling anyone.",
                    "Sounds like you only checked your statement once the money had gone.",
                    "sounds like u ignored the warning emails for a fortnight tbh",
                    "So you sat on the invoice for six weeks and now it's urgent.",
                    "It seems you didn't notice the charge until it hit your account.",
                    "So you only thought to ring us after the deadline had passed.",
                    "You've been putting it off for months by the sound of it.",
                    "It sounds like you waited ages before telling anyone.",
                    "So the tyre's been flat since March and you've only just spotted it."
                })
        void findsTheirFailingAsBlameNotASummary(String line) {
            UtteranceAnalysis analysis = analyze(line);
            assertThat(flagged(analysis, BLAME)).as(line).isNotEmpty();
            assertThat(moved(analysis, Move.PARAPHRASE)).as(line).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Sounds like you've been without the heating for weeks.",
                    "So you only found out about the fee when the statement came.",
                    "Sounds like nobody told you the price had gone up until the bill came.",
                    "So you noticed the light on Monday and booked it in straight away.",
                    "You've waited three weeks for the part, which is far too long."
                })
        void leavesTheirTroubleSaidBackAlone(String line) {
            UtteranceAnalysis analysis = analyze(line);
            assertThat(flagged(analysis, BLAME)).as(line).isEmpty();
            assertThat(moved(analysis, Move.PARAPHRASE)).as(line).isNotEmpty();
        }

        @Test
        void theirOwnAccountOfPuttingItOffSaidBackIsAReflection() {
            UtteranceAnalysis analysis = analyzeAfter(
                    "I keep meaning to book the check-up, but I've been putting it off.",
                    "And lately you've been putting it off.");

            assertThat(flagged(analysis, BLAME)).isEmpty();
            assertThat(moved(analysis, Move.PARAPHRASE)).isNotEmpty();
        }
    }

    /**
     * What would not have gone wrong had they acted otherwise ("if you'd rung us first..."), the moment they
     * missed ("the time to ask was..."), and their act named as the cause: the fault put on them by what they
     * did. An offer in the same words ("if you'd like, we'd...") and what they were owed are not.
     */
    @Nested
    class TheirActAsTheCause {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "If you'd rung us first we could have stopped the order.",
                    "if u had just read the email you'd know the date",
                    "Had you kept the receipt this would be easy.",
                    "You'd have seen the fee if you'd been paying attention.",
                    "The time to complain was when it first broke, to be fair.",
                    "Your leaving it till Friday is why the team is stuck.",
                    "It only needed a quick look at the terms.",
                    "You sent the files without checking with the printer, so now we're late.",
                    "Well you did pick the cheapest tariff, so.",
                    "The login works for everyone else, so the problem is on your end.",
                    "some of the delay sits on your side, to be honest"
                })
        void findsTheirActAsTheCause(String line) {
            assertFlags(line, BLAME);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "If you'd like, we'd be happy to send a new one today.",
                    "If you'd been told about the fee, you'd have chosen differently, and that's on us.",
                    "You can return it without checking with anyone first.",
                    "You did the right thing calling us straight away.",
                    "The time to ring is any weekday before six.",
                    "So if you had steady work, it would change a lot for you.",
                    "I'm on your side here, and I'll push for the refund.",
                    "Is anything showing on your end?",
                    "There's nothing wrong on your side, the fault was ours."
                })
        void leavesOffersAndWhatTheyWereOwedAlone(String line) {
            assertNotFlagged(line, BLAME);
        }
    }

    /**
     * A pleasantry about their day, week or health ("hope you're keeping well") is a courtesy, not a reflection of
     * what they said; a wish that their trouble eases is left to the other readings.
     */
    @Nested
    class Pleasantries {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Hope the week's been kind to you so far.",
                    "I hope your weekend was lovely.",
                    "hope ur having a good one",
                    "Trust you're keeping well.",
                    "Hope life's treating you well these days!"
                })
        void aPleasantryIsNoReflection(String line) {
            assertThat(moved(analyze(line), Move.PARAPHRASE)).as(line).isEmpty();
        }

        @Test
        void theirTroubleSaidBackIsStillAReflection() {
            assertThat(moved(analyze("Sounds like your week has been a nightmare with the car."), Move.PARAPHRASE))
                    .isNotEmpty();
        }
    }

    @Nested
    class DoubtingTheirAccount {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You say you sent the form, but there's nothing on file.",
                    "So you're telling me the router just switched itself off?",
                    "I don't buy that for a second.",
                    "Did you actually restart it like I asked?",
                    "Four hours on hold, you reckon?",
                    "I find that really hard to believe."
                })
        void findsTheirAccountCastInDoubt(String line) {
            assertFlags(line, JUDGEMENTAL_FRAMING);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You said it arrived on the 3rd, let me check that against the tracking.",
                    "You're telling me the screen went black after the update, is that right?"
                })
        void leavesTheirAccountSaidBackAlone(String line) {
            assertNotFlagged(line, JUDGEMENTAL_FRAMING);
        }
    }

    @Nested
    class TalkingDown {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'd have thought a project manager would know that.",
                    "Let me go through it really slowly.",
                    "Any first-year accountant could spot that.",
                    "Most people do read the booking terms.",
                    "That's how interest works, I'm sure you understand that.",
                    "Surely you can see why that's a problem.",
                    "You do realise the offer ended last week?",
                    "You need to understand that this is how banks work."
                })
        void findsTalkingDown(String line) {
            assertFlags(line, CONDESCENSION);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Let me explain how the refund works, it goes back to the card in three to five days.",
                    "I'd have thought the same in your place, it's a confusing letter."
                })
        void leavesAPlainExplanationAlone(String line) {
            assertNotFlagged(line, CONDESCENSION);
        }
    }

    @Nested
    class GuessingACause {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Sounds like a caching issue to me.",
                    "It's almost certainly the router.",
                    "Maybe it's your spam filter eating them.",
                    "Could be a problem with the app on your side.",
                    "Should be nothing to pay on the new plan.",
                    "Maybe it'd be around two hundred? Roughly."
                })
        void findsACauseOrFigureGuessed(String line) {
            assertFlags(line, GUESSING);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I don't know the cause yet, I won't guess, I'll check the logs and ring you by three.",
                    "That sounds like a really stressful week.",
                    // A hopeful forecast is false hope, which the content reading names; not a second finding.
                    "dont worry, it will almost certainly arrive tomorrow"
                })
        void leavesHonestUnknownsAndEmpathyAlone(String line) {
            assertNotFlagged(line, GUESSING);
        }
    }

    @Nested
    class RuleAsBareFact {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The cancellation window is fourteen days.",
                    "Upgrades carry a $40 admin fee.",
                    "Late fees are applied automatically.",
                    "We only refund to the original card.",
                    "No exceptions, I'm afraid."
                })
        void findsTheRuleFirst(String line) {
            assertFlags(line, POLICY_FIRST);
        }
    }

    @Nested
    class CounterAttacks {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'm not your punching bag.",
                    "Swearing at me won't make it any quicker.",
                    "Don't even go there, Paul.",
                    "Take it or leave it.",
                    "Who are you to tell me how to run my team?",
                    "Real colleagues don't throw each other under the bus."
                })
        void findsHeatAnsweredWithHeat(String line) {
            assertFlags(line, REACTIVE);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I want to help, and I need us to keep this respectful.",
                    "Let's not decide anything tonight, we can sleep on it."
                })
        void leavesACalmBoundaryAlone(String line) {
            assertNotFlagged(line, REACTIVE);
        }
    }
}
