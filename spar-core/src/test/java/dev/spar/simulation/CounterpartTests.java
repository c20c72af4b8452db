package dev.spar.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.Said;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Lines;
import dev.spar.scenario.Mood;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Reaction;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CounterpartTests {
    private static final Scenario REFUND = ScenarioFixtures.refundCustomer();

    private static UtteranceAnalysis acknowledge() {
        return Said.that("I can hear this has wrecked your week.")
                .makes(Move.ACKNOWLEDGE)
                .shows(FindingCategory.ACKNOWLEDGEMENT)
                .analysis();
    }

    private static UtteranceAnalysis offerRepair() {
        return Said.that("We can do a warranty repair.")
                .makes(Move.OFFER_OPTION)
                .analysis();
    }

    private static UtteranceAnalysis citePolicy() {
        return Said.that("Our policy is 30 days.").makes(Move.CITE_POLICY).analysis();
    }

    private static UtteranceAnalysis calmDown() {
        return Said.that("Calm down, please.")
                .makes(Move.DISMISS)
                .shows(FindingCategory.DISMISSAL)
                .analysis();
    }

    private static UtteranceAnalysis neutral() {
        return Said.that("Okay.").analysis();
    }

    private static Counterpart meet(long seed) {
        return Counterpart.meet(REFUND, PracticeSettings.of(seed, 3));
    }

    /** Mean anger after one reply, over many seeds, so jitter and versions average out. */
    private static double meanAngerAfter(Scenario scenario, int difficulty, List<UtteranceAnalysis> said) {
        double sum = 0;
        int runs = 60;
        for (long seed = 0; seed < runs; seed++) {
            Counterpart c = Counterpart.meet(scenario, PracticeSettings.of(seed, difficulty));
            c.open();
            Reply last = null;
            for (UtteranceAnalysis u : said) {
                if (c.outcome().isFinal()) {
                    break;
                }
                last = c.respondTo(u);
            }
            sum += last == null ? c.state().anger() : last.state().anger();
        }
        return sum / runs;
    }

    @Nested
    class StateDynamics {
        @Test
        void acknowledgementCalmsAndDismissalAngers() {
            int start = meet(1).state().anger();

            Counterpart calmed = meet(1);
            calmed.open();
            int afterAck = calmed.respondTo(acknowledge()).state().anger();

            Counterpart angered = meet(1);
            angered.open();
            int afterDismissal = angered.respondTo(calmDown()).state().anger();

            assertThat(afterAck).isLessThan(start);
            assertThat(afterDismissal).isGreaterThan(start + 10);
        }

        @Test
        void optionsBeforeAcknowledgementLandWorseThanAfter() {
            double offerFirst = meanAngerAfter(REFUND, 3, List.of(offerRepair(), acknowledge()));
            double acknowledgeFirst = meanAngerAfter(REFUND, 3, List.of(acknowledge(), offerRepair()));

            assertThat(offerFirst).isGreaterThan(acknowledgeFirst + 5);
        }

        @Test
        void policyBeforeAcknowledgementLandsWorseThanAfter() {
            double policyFirst = meanAngerAfter(REFUND, 3, List.of(citePolicy(), acknowledge()));
            double acknowledgeFirst = meanAngerAfter(REFUND, 3, List.of(acknowledge(), citePolicy()));

            assertThat(policyFirst).isGreaterThan(acknowledgeFirst + 3);
        }

        @Test
        void neutralSummaryWhileTheyVentCalmsMoreThanAcknowledgementAlone() {
            UtteranceAnalysis summary = Said.that("So the laptop crashes and you've lost a week, is that right?")
                    .makes(Move.PARAPHRASE)
                    .analysis();
            double afterSummary = meanAngerAfter(REFUND, 3, List.of(summary));
            double afterGreeting = meanAngerAfter(
                    REFUND, 3, List.of(Said.that("Hello.").makes(Move.GREET).analysis()));

            assertThat(afterSummary).isLessThan(afterGreeting - 10);
        }

        @Test
        void theThirdIdenticalEmpathyLineAngersWhereTheFirstCalmed() {
            Function<Integer, UtteranceAnalysis> empathy = i ->
                    Said.that("That must be frustrating.").makes(Move.EMPATHISE).analysis();
            Counterpart c = meet(4);
            c.open();
            int before = c.state().anger();
            int afterFirst = c.respondTo(empathy.apply(1)).state().anger();
            c.respondTo(empathy.apply(2));
            int beforeThird = c.state().anger();
            int afterThird = c.respondTo(empathy.apply(3)).state().anger();

            assertThat(afterFirst).isLessThan(before);
            assertThat(afterThird).isGreaterThan(beforeThird);
        }

        @Test
        void anUnkeptPromiseComesBackQuotedAndCostsTrust() {
            Counterpart c = meet(5);
            c.open();
            c.respondTo(acknowledge());
            c.respondTo(Said.that("I promise you'll get the refund today.")
                    .makes(Move.PROMISE)
                    .shows(FindingCategory.OVER_PROMISE)
                    .analysis());
            int trustBefore = c.state().trust();

            Reply reply = c.respondTo(Said.that("Actually I can't approve refunds myself.")
                    .makes(Move.STATE_LIMIT)
                    .analysis());

            assertThat(reply.text()).contains("I promise you'll get the refund today");
            assertThat(reply.intent()).isEqualTo(Intent.CHALLENGE);
            assertThat(reply.state().trust()).isLessThan(trustBefore);
            assertThat(reply.state().movedBy()).anyMatch(why -> why.contains("promise"));
        }

        @Test
        void aPersonaTriggerMakesTheSameMoveLandHarder() {
            Scenario touchy = ScenarioFixtures.refundCustomer(List.of(new Reaction("cite-policy", 3, "Hates rules")));
            Scenario easygoing = ScenarioFixtures.refundCustomer(List.of());

            double touchyAnger = meanAngerAfter(touchy, 3, List.of(acknowledge(), citePolicy()));
            double easyAnger = meanAngerAfter(easygoing, 3, List.of(acknowledge(), citePolicy()));

            assertThat(touchyAnger).isGreaterThan(easyAnger + 8);
        }

        @Test
        void aSootherOrNeedNamingTheirParticularsIsNotGivenAsTheReasonForALineThatNamedNone() {
            // A new user's trial read "calmer: Someone saying out loud that it's for his brother's wedding" after
            // "I understand this is frustrating", which never mentioned the wedding.
            Scenario laptop = ScenarioFixtures.withSoothersAndNeeds(
                    ScenarioFixtures.refundCustomer(),
                    List.of(new Reaction("acknowledge", 3, "Someone admitting the laptop has let them down")),
                    List.of(new dev.spar.scenario.Need(
                            "laptop", "Someone getting that the laptop matters", List.of("acknowledge"))));
            Function<String, Reply> acknowledging = line -> {
                Counterpart c = Counterpart.meet(laptop, PracticeSettings.of(6, 3));
                c.open();
                return c.respondTo(Said.that(line)
                        .makes(Move.ACKNOWLEDGE)
                        .shows(FindingCategory.ACKNOWLEDGEMENT)
                        .analysis());
            };

            Reply generic = acknowledging.apply("I understand this is frustrating.");
            Reply named = acknowledging.apply("I'm sorry the laptop has let you down like this.");

            assertThat(generic.state().movedBy())
                    .anyMatch(why -> why.contains("acknowledged"))
                    .noneMatch(why -> why.contains("laptop"));
            assertThat(named.state().movedBy())
                    .anyMatch(why -> why.contains("Someone admitting the laptop has let them down"))
                    .anyMatch(why -> why.contains("Need met: Someone getting that the laptop matters"));
            assertThat(generic.state().anger())
                    .as("the acknowledgement still calms as much")
                    .isEqualTo(named.state().anger());
        }

        @Test
        void needsFillWhenTheLearnerMeetsThem() {
            Counterpart c = meet(6);
            c.open();
            c.respondTo(acknowledge());

            assertThat(c.state().needs()).containsEntry("heard", 50).containsEntry("path", 0);
        }
    }

    @Nested
    class Replies {
        @Test
        void noLineRepeatsWithinARun() {
            for (long seed = 0; seed < 20; seed++) {
                Counterpart c = Counterpart.meet(REFUND, PracticeSettings.of(seed, 1));
                List<String> said = new ArrayList<>();
                c.open().ifPresent(r -> said.add(r.text()));
                for (int i = 0;
                        i < Counterpart.MAX_LEARNER_TURNS && !c.outcome().isFinal();
                        i++) {
                    said.add(c.respondTo(i % 2 == 0 ? neutral() : acknowledge()).text());
                }
                assertThat(new HashSet<>(said)).as("seed %d: %s", seed, said).hasSameSizeAs(said);
            }
        }

        @Test
        void pushesBackOnADismissalWithALineAboutIt() {
            Counterpart c = meet(2);
            c.open();

            Reply reply = c.respondTo(calmDown());

            assertThat(reply.intent()).isIn(Intent.CHALLENGE, Intent.ESCALATE);
            if (reply.intent() == Intent.CHALLENGE) {
                assertThat(reply.text()).isIn("Don't tell me to calm down.", "'Calm down, please'? Really?");
            }
        }

        @Test
        void answersAQuestionWithTheLineAboutWhatWasAsked() {
            Counterpart c = meet(3);
            c.open();
            c.respondTo(acknowledge());

            Reply reply = c.respondTo(Said.that("When did it start crashing?")
                    .makes(Move.OPEN_QUESTION)
                    .analysis());

            assertThat(reply.intent()).isEqualTo(Intent.ANSWER);
            assertThat(reply.text()).isEqualTo("It started crashing last Tuesday.");
        }

        @Test
        void fillsSlotsFromTheScenarioFacts() {
            Reply opening = meet(0).open().orElseThrow();

            assertThat(opening.text()).doesNotContain("{").contains("BL-1");
        }

        @Test
        void aScenarioWhereTheLearnerOpensHasNoOpeningLine() {
            Counterpart c = Counterpart.meet(
                    ScenarioFixtures.withOpener(REFUND, Scenario.Opener.LEARNER), PracticeSettings.of(1, 3));

            assertThat(c.open()).isEmpty();
            assertThat(c.respondTo(Said.that("Hi Dana.").makes(Move.GREET).analysis())
                            .intent())
                    .isEqualTo(Intent.OPEN);
        }
    }

    @Nested
    class Endings {
        @Test
        void repeatedDismissalEndsInEscalation() {
            Counterpart c = meet(7);
            c.open();
            for (int i = 0; i < 8 && !c.outcome().isFinal(); i++) {
                c.respondTo(calmDown());
            }

            assertThat(c.outcome()).isEqualTo(Outcome.ESCALATED);
            // Said to a customer who wants a manager and to a client who sends for a lawyer alike.
            assertThat(c.outcome().description()).isEqualTo("Escalated: they took it over your head");
        }

        @Test
        void aFriendOrARelativeHasNobodyToAskForAndLeaves() {
            Scenario personal = new Scenario(
                    REFUND.id(),
                    REFUND.title(),
                    Scenario.Category.PERSONAL,
                    REFUND.situation(),
                    REFUND.difficulty(),
                    REFUND.opener(),
                    REFUND.learner(),
                    REFUND.persona(),
                    REFUND.decisionMap(),
                    REFUND.checklist(),
                    REFUND.facts(),
                    REFUND.versions(),
                    REFUND.lines());
            Counterpart c = Counterpart.meet(personal, PracticeSettings.of(7, 3));
            c.open();
            for (int i = 0; i < 8 && !c.outcome().isFinal(); i++) {
                c.respondTo(calmDown());
            }

            assertThat(c.outcome()).isEqualTo(Outcome.WALKED_AWAY);
        }

        @Test
        void saysNothingMoreOnceTheConversationIsOver() {
            Counterpart c = meet(7);
            c.open();
            while (!c.outcome().isFinal()) {
                c.respondTo(calmDown());
            }

            assertThatThrownBy(() -> c.respondTo(acknowledge())).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void acknowledgingSummarisingAndOfferingANextStepResolvesIt() {
            Counterpart c = Counterpart.meet(REFUND, PracticeSettings.of(2, 1));
            c.open();
            List<UtteranceAnalysis> skilled = List.of(
                    acknowledge(),
                    Said.that("So it crashes and you've lost a week of work, is that right?")
                            .makes(Move.PARAPHRASE)
                            .shows(FindingCategory.PARAPHRASE)
                            .analysis(),
                    Said.that("I'll book the repair now and email you the pickup time by 3pm.")
                            .makes(Move.OFFER_OPTION, Move.NEXT_STEP)
                            .shows(FindingCategory.NEXT_STEP)
                            .analysis(),
                    Said.that("Does that work for you?")
                            .makes(Move.CLOSING_CHECK)
                            .analysis(),
                    Said.that("Great.").analysis(),
                    Said.that("Thank you.").analysis());
            for (UtteranceAnalysis u : skilled) {
                if (!c.outcome().isFinal()) {
                    c.respondTo(u);
                }
            }

            assertThat(c.outcome()).isEqualTo(Outcome.RESOLVED);
        }
    }

    @Nested
    class Seeds {
        @Test
        void theSameSeedAndLinesReplayTheSameRun() {
            List<UtteranceAnalysis> lines = List.of(acknowledge(), citePolicy(), offerRepair(), neutral(), calmDown());

            assertThat(play(11, lines)).isEqualTo(play(11, lines));
        }

        @Test
        void anotherSeedPlaysAnotherVersionOfThePerson() {
            Set<String> versions = new HashSet<>();
            for (long seed = 0; seed < 3; seed++) {
                versions.add(meet(seed).version().orElseThrow().name());
            }

            assertThat(versions).containsExactlyInAnyOrder("Curt", "Tearful", "Lawyerly");
            assertThat(meet(0).state().anger()).isNotEqualTo(meet(1).state().anger());
        }

        private List<String> play(long seed, List<UtteranceAnalysis> lines) {
            Counterpart c = meet(seed);
            List<String> transcript = new ArrayList<>();
            c.open().ifPresent(r -> transcript.add(r.text()));
            for (UtteranceAnalysis u : lines) {
                if (!c.outcome().isFinal()) {
                    Reply r = c.respondTo(u);
                    transcript.add(r.text() + " " + r.state());
                }
            }
            return transcript;
        }
    }

    @Nested
    class VersionsAreDifferentPeople {
        private Scenario withSarcasticVersion() {
            Lines own = Lines.of(Map.of(
                    Intent.OPEN,
                    List.of(Line.of("Great. Wonderful. Love that for me.")),
                    Intent.CHALLENGE,
                    List.of(
                            Line.of("Fantastic. Really helpful."),
                            new Line("Oh, 'calm down'. How original.", List.of("dismiss"), List.of()))));
            PersonaVersion sarcastic = new PersonaVersion(
                    "Sarcastic",
                    "Dry and cutting",
                    new Mood(0, -10, 0),
                    List.of(),
                    List.of(new Reaction("acknowledge", 3, "Being taken seriously disarms them")),
                    own);
            return new Scenario(
                    REFUND.id(),
                    REFUND.title(),
                    REFUND.category(),
                    REFUND.situation(),
                    REFUND.difficulty(),
                    Scenario.Opener.COUNTERPART,
                    REFUND.learner(),
                    REFUND.persona(),
                    REFUND.decisionMap(),
                    REFUND.checklist(),
                    REFUND.facts(),
                    List.of(sarcastic),
                    REFUND.lines());
        }

        @Test
        void aVersionSpeaksItsOwnLinesBeforeTheScenarios() {
            Counterpart c = Counterpart.meet(withSarcasticVersion(), PracticeSettings.of(3, 3));

            assertThat(c.open().orElseThrow().text()).isEqualTo("Great. Wonderful. Love that for me.");
        }

        @Test
        void aVersionsLineForWhatWasJustDoneComesFirstOfAll() {
            Counterpart c = Counterpart.meet(withSarcasticVersion(), PracticeSettings.of(3, 3));
            c.open();

            assertThat(c.respondTo(calmDown()).text()).isEqualTo("Oh, 'calm down'. How original.");
        }

        @Test
        void aVersionsOwnSoothersCalmItMoreThanThePersonaAlone() {
            Scenario plain = ScenarioFixtures.withOpener(REFUND, Scenario.Opener.COUNTERPART);
            Counterpart sarcastic = Counterpart.meet(withSarcasticVersion(), PracticeSettings.of(3, 3));
            Counterpart other = Counterpart.meet(plain, PracticeSettings.of(3, 3));
            sarcastic.open();
            other.open();
            int sarcasticFall = sarcastic.state().anger()
                    - sarcastic.respondTo(acknowledge()).state().anger();
            int otherFall = other.state().anger()
                    - other.respondTo(acknowledge()).state().anger();

            assertThat(sarcasticFall).isGreaterThan(otherFall);
        }
    }

    @Nested
    class PatienceFollowsFailures {
        @Test
        void noOneWalksOutOnALearnerWhoKeepsDoingNothingWrong() {
            for (long seed = 0; seed < 20; seed++) {
                Counterpart c = Counterpart.meet(REFUND, PracticeSettings.of(seed, 5));
                c.open();
                for (int i = 0;
                        i < Counterpart.MAX_LEARNER_TURNS - 1 && !c.outcome().isFinal();
                        i++) {
                    c.respondTo(i % 2 == 0 ? acknowledge() : neutral());
                }

                assertThat(c.outcome()).as("seed %d", seed).isNotIn(Outcome.WALKED_AWAY, Outcome.ESCALATED);
            }
        }

        @Test
        void noOneWalksOutOnTheLineThatCalmedThem() {
            // Lines that calm them though they slip (a hedge), between outright failures.
            UtteranceAnalysis calmingButHedged = Said.that(
                            "I can hear this has wrecked your week, I think maybe we can" + " sort something.")
                    .makes(Move.ACKNOWLEDGE, Move.HEDGE)
                    .shows(FindingCategory.ACKNOWLEDGEMENT)
                    .analysis();
            List<UtteranceAnalysis> lines = List.of(calmDown(), acknowledge(), calmingButHedged, neutral());
            int ended = 0;
            for (long seed = 0; seed < 60; seed++) {
                SplittableRandom pick = new SplittableRandom(seed);
                Counterpart c = Counterpart.meet(REFUND, PracticeSettings.of(seed, 3 + (int) (seed % 3)));
                c.open();
                // Short of the last turn, when anyone wraps up.
                for (int turn = 0;
                        turn < Counterpart.MAX_LEARNER_TURNS - 1 && !c.outcome().isFinal();
                        turn++) {
                    int angerBefore = c.state().anger();
                    Reply reply = c.respondTo(lines.get(pick.nextInt(lines.size())));
                    if (reply.outcome() == Outcome.WALKED_AWAY || reply.outcome() == Outcome.ESCALATED) {
                        ended++;
                        assertThat(reply.state().anger())
                                .as("seed %d: left on a line that calmed them: %s", seed, reply.text())
                                .isGreaterThanOrEqualTo(angerBefore);
                    }
                }
            }
            // Repeated failure still ends runs.
            assertThat(ended).isPositive();
        }

        @Test
        void atTheTopLevelRepeatedFailureEndsItButNotBeforeSeveralFailures() {
            for (long seed = 0; seed < 20; seed++) {
                Counterpart c = Counterpart.meet(REFUND, PracticeSettings.of(seed, 5));
                c.open();
                int failures = 0;
                while (!c.outcome().isFinal() && failures < 12) {
                    c.respondTo(calmDown());
                    failures++;
                }

                assertThat(c.outcome()).isIn(Outcome.WALKED_AWAY, Outcome.ESCALATED);
                assertThat(failures).as("seed %d", seed).isGreaterThanOrEqualTo(3);
            }
        }

        @Test
        void harderPeopleChallengeAWeakLineMoreOften() {
            int gentle = 0;
            int hard = 0;
            UtteranceAnalysis hedge = Said.that("I think maybe we could possibly look at it.")
                    .makes(Move.HEDGE)
                    .analysis();
            for (long seed = 0; seed < 40; seed++) {
                for (int difficulty : new int[] {1, 5}) {
                    Counterpart c = Counterpart.meet(REFUND, PracticeSettings.of(seed, difficulty));
                    c.open();
                    c.respondTo(acknowledge());
                    if (c.respondTo(hedge).intent() == Intent.CHALLENGE) {
                        if (difficulty == 1) {
                            gentle++;
                        } else {
                            hard++;
                        }
                    }
                }
            }

            assertThat(hard).isGreaterThan(gentle + 10);
        }
    }

    @Nested
    class Difficulty {
        @Test
        void harderSettingsMakeTheSameLinesLandHarder() {
            List<UtteranceAnalysis> lines = List.of(citePolicy(), neutral(), offerRepair());

            double gentle = meanAngerAfter(REFUND, 1, lines);
            double hard = meanAngerAfter(REFUND, 5, lines);

            assertThat(hard).isGreaterThan(gentle + 15);
        }

        @Test
        void harderSettingsRunOutOfPatienceSooner() {
            assertThat(turnsUntilEnd(5, false)).isLessThan(turnsUntilEnd(1, false));
        }

        @Test
        void surpriseMeBringsMoreCurveballsAndRefusesTheFirstOffer() {
            int plain = 0;
            int surprise = 0;
            int refusedWithSurprise = 0;
            for (long seed = 0; seed < 40; seed++) {
                plain += curveballs(new PracticeSettings(seed, 3, false));
                surprise += curveballs(new PracticeSettings(seed, 3, true));
                Counterpart c = Counterpart.meet(REFUND, new PracticeSettings(seed, 3, true));
                c.open();
                c.respondTo(acknowledge());
                if (c.respondTo(offerRepair()).intent() == Intent.REJECT_OPTION) {
                    refusedWithSurprise++;
                }
            }

            assertThat(surprise).isGreaterThan(plain * 2);
            assertThat(refusedWithSurprise).isEqualTo(40);
        }

        private int curveballs(PracticeSettings settings) {
            Counterpart c = Counterpart.meet(REFUND, settings);
            c.open();
            int count = 0;
            for (int i = 0; i < 6 && !c.outcome().isFinal(); i++) {
                if (c.respondTo(i == 0 ? acknowledge() : neutral()).intent() == Intent.CURVEBALL) {
                    count++;
                }
            }
            return count;
        }

        private double turnsUntilEnd(int difficulty, boolean surprise) {
            double total = 0;
            for (long seed = 0; seed < 20; seed++) {
                Counterpart c = Counterpart.meet(REFUND, new PracticeSettings(seed, difficulty, surprise));
                c.open();
                int turns = 0;
                while (!c.outcome().isFinal()) {
                    c.respondTo(Said.that("Well, the thing is, let me explain the whole background here.")
                            .makes(Move.OVER_EXPLAIN)
                            .analysis());
                    turns++;
                }
                total += turns;
            }
            return total / 20;
        }
    }
}
