package dev.spar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.analysis.Move;
import dev.spar.analysis.Said;
import dev.spar.analysis.Span;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Mood;
import dev.spar.scenario.Persona;
import dev.spar.scenario.Reaction;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Understanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The counterpart replies to what the learner said, not only to how they said it. */
class CounterpartContentTests {
    private static final Scenario REFUND = ScenarioFixtures.refundCustomer();
    private static final Scenario LEARNER_OPENS = ScenarioFixtures.withOpener(REFUND, Scenario.Opener.LEARNER);

    /**
     * A conversation as a practice run holds it: every line read into one memory, the counterpart's too. The
     * rule readers read each line; an act they miss is added by hand, so a test does not hang on their recall.
     */
    private static final class Talk {
        private final Counterpart counterpart;
        private final Understanding understanding;
        private final ConversationMemory memory = new ConversationMemory();
        private int turn;

        Talk(Scenario scenario, long seed) {
            this(scenario, seed, 3);
        }

        Talk(Scenario scenario, long seed, int difficulty) {
            counterpart = Counterpart.meet(scenario, PracticeSettings.of(seed, difficulty));
            understanding = Understanding.of(scenario, Meaning.NONE);
            counterpart.open().ifPresent(this::heard);
        }

        Reply say(UtteranceAnalysis said, Act... also) {
            Content read = understanding.read(Side.LEARNER, said.text(), memory);
            List<Act> acts = new ArrayList<>(read.acts());
            for (Act act : also) {
                // Stands in for a reader only where the readers do not find it themselves.
                if (!read.has(act.kind())) {
                    acts.add(act);
                }
            }
            memory.remember(++turn, new Content(said.text(), Side.LEARNER, acts));
            Reply reply = counterpart.respondTo(said, new Content(said.text(), Side.LEARNER, acts), memory);
            heard(reply);
            return reply;
        }

        Reply say(String text) {
            return say(Said.that(text).analysis());
        }

        /** Says a line the coached lines nearest to it read as these problems, and nothing else reads. */
        Reply sayReadAs(String text, String... categories) {
            return sayReadAs(0.9, text, categories);
        }

        /** Says a line that the reading of the whole line finds this likely to be each of these categories. */
        Reply sayReadAs(double probability, String text, String... categories) {
            List<MeaningMatch> like = new ArrayList<>();
            for (String category : categories) {
                like.add(new MeaningMatch(category, probability, "an example line"));
            }
            Content content = new Content(text, Side.LEARNER, List.of(), like);
            memory.remember(++turn, content);
            Reply reply = counterpart.respondTo(Said.that(text).analysis(), content, memory);
            heard(reply);
            return reply;
        }

        private void heard(Reply reply) {
            memory.remember(++turn, understanding.read(Side.COUNTERPART, reply.text(), memory));
        }

        CounterpartState state() {
            return counterpart.state();
        }
    }

    @Test
    void aReplyNeverThrowsBackInQuotesWordsTheLearnerDidNotSay() {
        assertThat(LineFit.quotesWhatWasNotSaid(
                        "'Delays happen'? Not to my brother's wedding they don't.",
                        "these things happen, it's a few days"))
                .isTrue();
        assertThat(LineFit.quotesWhatWasNotSaid(
                        "'Delays happen'? Not to my brother's wedding they don't.", "delays happen, mate"))
                .isFalse();
        assertThat(LineFit.quotesWhatWasNotSaid("I'm not laughing. It's my brother's wedding.", "lol"))
                .isFalse();
        // Words any line has are quoted only when said as they are.
        assertThat(LineFit.quotesWhatWasNotSaid(
                        "'Should be.' Are you confirming that, or not?", "it looks like probably our system"))
                .isTrue();
        assertThat(LineFit.quotesWhatWasNotSaid(
                        "'Should be.' Are you confirming that, or not?", "it should be back by Friday"))
                .isFalse();

        for (long seed = 0; seed < 12; seed++) {
            Talk talk = new Talk(ScenarioFixtures.refundCustomer(), seed);
            String said = "these things happen, it's only a laptop";
            Reply reply =
                    talk.say(Said.that(said).shows(FindingCategory.DISMISSAL).analysis());
            assertThat(reply.text()).as("seed %d", seed).satisfies(text -> assertThat(
                            LineFit.quotesWhatWasNotSaid(text, said))
                    .isFalse());
        }
    }

    @Test
    void anOfferSaidBackEndsOnAWholePhraseFromTheirSide() {
        assertThat(Wording.shorten("Take 10 pounds a month off for the next six months"))
                .isEqualTo("Take 10 pounds a month off");
        assertThat(Wording.fromTheirSide("collect it from the depot yourself tomorrow"))
                .isEqualTo("collect it from the depot myself tomorrow");
        assertThat(Wording.fromTheirSide("send you a link to reset your password"))
                .isEqualTo("send me a link to reset my password");
    }

    @Test
    void aReplyOpeningOnAThingTheyWereOfferedNamesWhatWasOffered() {
        String offered = "I can turn the store credit into a refund on your card today";
        assertThat(LineFit.namesWhatWasNotSaid("A voucher? I don't want another voucher.", offered))
                .isTrue();
        assertThat(LineFit.namesWhatWasNotSaid(
                        "Twenty minutes in a queue? No thanks.", "I can have it back on in ten minutes"))
                .isTrue();
        assertThat(LineFit.namesWhatWasNotSaid("A refund? Finally.", offered)).isFalse();
        assertThat(LineFit.namesWhatWasNotSaid("Your card? Fine.", offered)).isFalse();
        assertThat(LineFit.namesWhatWasNotSaid("Really? Today?", offered)).isFalse();
        assertThat(LineFit.namesWhatWasNotSaid("Are you serious? That's it?", offered))
                .isFalse();
        assertThat(LineFit.namesWhatWasNotSaid("No. I want my money back.", offered))
                .isFalse();
    }

    /** An act over the whole line, as a reader would report it. */
    private static Act act(ActKind kind, String line, String detail) {
        return Act.of(kind, line, new Span(0, line.length()), Optional.empty(), detail);
    }

    private static UtteranceAnalysis acknowledge() {
        return Said.that("I can hear this has wrecked your week.")
                .makes(Move.ACKNOWLEDGE)
                .shows(FindingCategory.ACKNOWLEDGEMENT)
                .analysis();
    }

    /** A conversation the learner opened with a greeting, as a call that starts with them would. */
    private Talk greeted(long seed) {
        Talk talk = new Talk(LEARNER_OPENS, seed);
        talk.say(Said.that("Hi Dana, thanks for calling.").makes(Move.GREET).analysis());
        return talk;
    }

    private static UtteranceAnalysis question(String text) {
        return Said.that(text).makes(Move.CLOSED_QUESTION).analysis();
    }

    @Nested
    class Questions {
        @Test
        void aFactualQuestionIsAnsweredWithTheFact() {
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = greeted(seed);

                Reply reply = talk.say(question("What's the order number?"));

                assertThat(reply.text()).as("seed %d", seed).contains("BL-1");
                assertThat(reply.intent()).isEqualTo(Intent.ANSWER);
            }
        }

        /** Help offered with nothing in particular to take is no offer to turn down: the question with it is answered. */
        @Test
        void aQuestionAfterHelpOfferedIsAnsweredNotTurnedDown() {
            for (String line : List.of(
                    "I can help with that. What's the order number?",
                    "Let's find out together. Could I take the order number from you?",
                    "happy to help - what's your order number?")) {
                for (long seed = 0; seed < 12; seed++) {
                    Reply reply = greeted(seed).say(question(line));

                    assertThat(reply.text()).as("%s, seed %d", line, seed).contains("BL-1");
                    assertThat(reply.intent()).isEqualTo(Intent.ANSWER);
                }
            }
        }

        /** A "btw" tacked on makes a question about their matter casual, not small talk: it is still answered. */
        @Test
        void aCasualQuestionAboutAFactIsAnsweredNotTakenForSmallTalk() {
            for (String line : List.of(
                    "whats the order number btw?",
                    "oh and what was the order number, by the way?",
                    "order number btw?")) {
                for (long seed = 0; seed < 6; seed++) {
                    Reply reply = greeted(seed).say(question(line));

                    assertThat(reply.text()).as("%s, seed %d", line, seed).contains("BL-1");
                }
            }
            Reply smallTalk = greeted(0).say(question("did you watch the match last night btw?"));
            assertThat(smallTalk.text()).doesNotContain("BL-1");
        }

        /** Their own question is never quoted back at them; a wording of theirs that stings still may be. */
        @Test
        void aQuestionIsNeverTheWordsThrownBack() {
            for (String line : List.of(
                    "So what's the order number you were given?",
                    "Can you confirm the date it started",
                    "which store?")) {
                assertThat(Replying.echoOf(Said.that(line).makes(Move.VERIFY).analysis()))
                        .as(line)
                        .isEmpty();
            }
            assertThat(Replying.echoOf(Said.that("That is our returns policy.")
                            .makes(Move.CITE_POLICY)
                            .analysis()))
                    .isPresent();
        }

        @Test
        void twoQuestionsInOneLineGetBothAnswers() {
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = greeted(seed);

                Reply reply = talk.say(question("What's the order number, and how much did you pay for it?"));

                assertThat(reply.text()).as("seed %d", seed).contains("BL-1").contains("$1,249");
            }
        }

        @Test
        void aQuestionNamingAWrongFigureIsPutRightAndARightOneConfirmed() {
            for (long seed = 0; seed < 6; seed++) {
                Talk talk = greeted(seed);

                Reply wrong = talk.say(question("And you paid $1,429 for it, is that right?"));

                assertThat(wrong.text()).as("seed %d", seed).startsWith("No").contains("$1,249");
            }
            Talk talk = new Talk(LEARNER_OPENS, 1);
            talk.say(Said.that("Hi Dana, thanks for calling.").makes(Move.GREET).analysis());
            assertThat(talk.say(question("So it was $1,249, wasn't it?")).text())
                    .isEqualTo("Yes, $1,249.");
        }

        @Test
        void anAuthoredAnswerTiedToTheTopicComesBeforeTheStockOne() {
            Scenario authored = ScenarioFixtures.withMoreLines(
                    LEARNER_OPENS,
                    Intent.ANSWER,
                    Line.answering("amount", "It was {amount}, on my card.", List.of("how much was it")));
            Talk talk = new Talk(authored, 2);
            talk.say(Said.that("Hi Dana, thanks for calling.").makes(Move.GREET).analysis());

            Reply reply = talk.say(question("And how much was it?"));

            assertThat(reply.text()).isEqualTo("It was $1,249, on my card.");
        }

        @Test
        void anAnswerAboutATopicIsNeverGivenToAnotherQuestion() {
            Scenario authored = ScenarioFixtures.withMoreLines(
                    LEARNER_OPENS,
                    Intent.ANSWER,
                    Line.answering("amount", "It was {amount}, on my card.", List.of("how much was it")));
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(authored, seed);
                talk.say(Said.that("Hi Dana, thanks for calling.")
                        .makes(Move.GREET)
                        .analysis());

                Reply reply = talk.say(question("How's your day going otherwise?"));

                assertThat(reply.text()).as("seed %d", seed).doesNotContain("$1,249");
            }
        }

        @Test
        void aFactAlreadyGivenIsPointedBackToAndNeverSoothesHoweverPolitelyAsked() {
            for (long seed = 0; seed < 12; seed++) {
                // They opened with the order number.
                Talk asksAgain = new Talk(REFUND, seed);
                Talk asksSomethingNew = new Talk(REFUND, seed);
                asksAgain.say(acknowledge());
                asksSomethingNew.say(acknowledge());

                CounterpartState before = asksAgain.state();
                Reply again = asksAgain.say(Said.that("Sorry, what's the order number?")
                        .makes(Move.APOLOGISE, Move.CLOSED_QUESTION)
                        .analysis());
                Reply fresh = asksSomethingNew.say(question("When did it start crashing?"));

                assertThat(again.text()).as("seed %d", seed).contains("BL-1").containsAnyOf("already", "said");
                assertThat(fresh.text()).doesNotContain("already");
                assertThat(again.state().patience()).isLessThan(fresh.state().patience());
                assertThat(again.state().anger()).isGreaterThanOrEqualTo(before.anger());
            }
        }

        @Test
        void theSameQuestionGetsTheSameAnswerNeverADifferentOne() {
            Talk talk = new Talk(REFUND, 4);
            talk.say(acknowledge());

            Reply first = talk.say(question("When did it start crashing?"));
            Reply second = talk.say(question("Sorry, when did it start?"));

            assertThat(first.text()).isEqualTo("It started crashing last Tuesday.");
            assertThat(second.text())
                    .contains("It started crashing last Tuesday.")
                    .isNotEqualTo(first.text());
        }

        @Test
        void anAngryPersonAnswersShorterAndWithoutPleasantries() {
            for (long seed = 0; seed < 6; seed++) {
                Talk angry = new Talk(withMood(LEARNER_OPENS, new Mood(70, 20, 90)), seed);
                Talk calm = new Talk(withMood(LEARNER_OPENS, new Mood(5, 70, 90)), seed);
                angry.say("Hello.");
                calm.say("Hello.");

                String curt = angry.say(question("What was the amount?")).text();
                String warm = calm.say(question("What was the amount?")).text();

                assertThat(curt).contains("$1,249").doesNotStartWith("Sure").doesNotStartWith("Of course");
                assertThat(warm).contains("$1,249");
                assertThat(curt.length()).as("'%s' vs '%s'", curt, warm).isLessThan(warm.length());
            }
        }

        @Test
        void saysItDoesNotKnowOnlyWhatItCouldNotKnow() {
            Scenario unsure = ScenarioFixtures.withMoreLines(
                    LEARNER_OPENS, Intent.ANSWER, Line.of("I don't know. I'm not a technician, I just use it."));
            for (long seed = 0; seed < 12; seed++) {
                Talk known = new Talk(unsure, seed);
                Talk beyond = new Talk(unsure, seed);
                known.say(acknowledge());
                beyond.say(acknowledge());

                Reply toAKnowableQuestion = known.say(question("What would help you most right now?"));
                Reply toATechnicalOne = beyond.say(question("Why is it crashing, do you think? Is it the firmware?"));

                assertThat(toAKnowableQuestion.text()).as("seed %d", seed).doesNotContain("I don't know");
                if (toATechnicalOne.intent() == Intent.ANSWER) {
                    assertThat(toATechnicalOne.text()).containsAnyOf("I don't know", "not sure");
                }
            }
        }

        @Test
        void neverAsksForSomethingTheLearnerAlreadySaid() {
            Scenario asking = ScenarioFixtures.withMoreLines(
                    LEARNER_OPENS,
                    Intent.OPEN,
                    new Line(
                            "Right. What's your order number?",
                            List.of(),
                            List.of(),
                            Optional.of("order_number"),
                            List.of()),
                    Line.of("Okay. Can you read me the order number?"));
            for (long seed = 0; seed < 20; seed++) {
                Talk talk = new Talk(asking, seed);

                Reply opening = talk.say("Hi, I'm calling about order BL-1.");

                assertThat(opening.text()).as("seed %d", seed).doesNotContainIgnoringCase("order number");
            }
        }
    }

    @Nested
    class WhatStings {
        /**
         * A fault put on them, dressed as "sounds like you..." or "you took my...", is an accusation even where
         * the analysis reads it as saying their problem back: it never soothes. A real summary of their trouble
         * still does.
         */
        @Test
        void aFaultPutOnThemReadAsASummaryStillStings() {
            for (String line : List.of(
                    "Those don't just break. Sounds like you dropped it down the stairs.",
                    "I bet you spilt something on it and didn't say.",
                    "You pitched my plan to the board as yours, that's taking credit for my work.")) {
                forSeedsReadAsSummary(line, (before, reply) -> {
                    assertThat(reply.state().anger()).as(line).isGreaterThanOrEqualTo(before.anger());
                    assertThat(reply.state().trust()).as(line).isLessThanOrEqualTo(before.trust());
                    assertThat(reply.text())
                            .doesNotContainIgnoringCase("exactly")
                            .doesNotContainIgnoringCase("fair summary");
                });
            }
            forSeedsReadAsSummary(
                    "So it sounds like it keeps crashing and you lost work you needed.",
                    (before, reply) -> assertThat(reply.state().anger()).isLessThan(before.anger()));
        }

        @Test
        void workPutDownAsAChildsOrAJokeAboutTheFaultNeverSoothes() {
            for (String line : List.of(
                    "Did a four-year-old wire this?",
                    "My cat could have made a better job of it.",
                    "Maybe the order just wanted an excuse to come back and see you.")) {
                forSeedsReadAsSummary(line, (before, reply) -> {
                    assertThat(reply.state().anger()).as(line).isGreaterThanOrEqualTo(before.anger());
                    assertThat(reply.state().patience()).as(line).isLessThan(before.patience());
                });
            }
        }

        /** Says the line, which the analysis reads as a summary of their problem, on a fresh run of each seed. */
        private static void forSeedsReadAsSummary(
                String line, java.util.function.BiConsumer<CounterpartState, Reply> check) {
            for (long seed = 0; seed < 6; seed++) {
                Talk talk = new Talk(REFUND, seed);
                CounterpartState before = talk.state();
                check.accept(
                        before, talk.say(Said.that(line).makes(Move.PARAPHRASE).analysis()));
            }
        }

        @Test
        void aJokeNeverSoothesEvenWithAnAcknowledgementInIt() {
            String line = "I hear you, that's rough. At least it's not a toaster, right? Ha.";
            UtteranceAnalysis said = Said.that(line).makes(Move.ACKNOWLEDGE).analysis();
            for (long seed = 0; seed < 12; seed++) {
                Talk joking = new Talk(REFUND, seed);
                Talk plain = new Talk(REFUND, seed);
                CounterpartState before = joking.state();

                Reply joked = joking.say(said, act(ActKind.JOKE, line, ""));
                Reply acknowledged = plain.say(said);

                assertThat(joked.state().anger()).as("seed %d", seed).isGreaterThanOrEqualTo(before.anger());
                assertThat(joked.state().patience()).isLessThan(before.patience());
                assertThat(acknowledged.state().anger()).isLessThan(before.anger());
                assertThat(joked.intent()).isIn(Intent.CHALLENGE, Intent.ESCALATE);
            }
        }

        @Test
        void smallTalkIsPushedBackOnAndCostsPatienceAndTrust() {
            String line = "Did you catch the football last night?";
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(REFUND, seed);
                talk.say(acknowledge());
                CounterpartState before = talk.state();

                Reply reply = talk.say(question(line), act(ActKind.TANGENT, line, "football"));

                assertThat(reply.state().anger()).as("seed %d", seed).isGreaterThanOrEqualTo(before.anger());
                assertThat(reply.state().patience()).isLessThan(before.patience());
                assertThat(reply.state().trust()).isLessThan(before.trust());
                assertThat(reply.text()).doesNotContain("I don't know").doesNotContain("not sure what else");
                assertThat(reply.intent()).isIn(Intent.CHALLENGE, Intent.ESCALATE);
            }
        }

        @Test
        void aLineOnlyPossiblyAJabIsTakenAsSaid() {
            String line = "Meh, laptops conk out, that's tech for you.";
            for (long seed = 0; seed < 12; seed++) {
                Reply plain = new Talk(REFUND, seed).sayReadAs(line);
                Reply unsure = new Talk(REFUND, seed).sayReadAs(0.55, line, "dismissal");

                assertThat(unsure.state().anger())
                        .as("seed %d", seed)
                        .isEqualTo(plain.state().anger());
            }
        }

        @Test
        void smallTalkTheWholeLineReadingFindsCostsPatienceOnlyWhileTheyAreUpset() {
            String line = "Morning! Cold one today isn't it";
            for (long seed = 0; seed < 12; seed++) {
                Talk plain = new Talk(REFUND, seed);
                Talk read = new Talk(REFUND, seed);
                CounterpartState before = read.state();
                assertThat(before.anger())
                        .as("the refund customer starts upset")
                        .isGreaterThanOrEqualTo(40);

                Reply asSaid = plain.sayReadAs(line);
                Reply asSmallTalk = read.sayReadAs(line, "tangent");

                assertThat(asSmallTalk.state().anger()).as("seed %d", seed).isGreaterThanOrEqualTo(before.anger());
                assertThat(asSmallTalk.state().patience())
                        .isLessThan(asSaid.state().patience());
                assertThat(asSmallTalk.state().movedBy()).anyMatch(why -> why.contains("Small talk"));
            }
        }

        @Test
        void aLineReadAsADismissalByItsNearestCoachedLinesNeverSoothes() {
            String line = "Meh, laptops conk out, that's tech for you.";
            for (long seed = 0; seed < 12; seed++) {
                Talk calm = new Talk(REFUND, seed);
                Talk stung = new Talk(REFUND, seed);
                CounterpartState before = stung.state();

                Reply plain = calm.sayReadAs(line);
                Reply reply = stung.sayReadAs(line, "dismissal");

                assertThat(reply.state().anger()).as("seed %d", seed).isGreaterThanOrEqualTo(before.anger());
                assertThat(reply.state().anger())
                        .as("seed %d", seed)
                        .isGreaterThan(plain.state().anger());
                assertThat(reply.state().movedBy()).anyMatch(why -> why.contains("dismissal"));
            }
        }

        @Test
        void anAccusationAngersAndTheReplyShowsIt() {
            String line = "You're being completely unreasonable.";
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(REFUND, seed);
                CounterpartState before = talk.state();

                Reply reply = talk.say(Said.that(line).analysis(), act(ActKind.ACCUSE, line, "unreasonable"));

                assertThat(reply.state().anger()).as("seed %d", seed).isGreaterThan(before.anger());
                assertThat(reply.intent()).isIn(Intent.CHALLENGE, Intent.ESCALATE);
                assertThat(reply.state().movedBy()).anyMatch(why -> why.contains("accused"));
            }
        }

        @Test
        void givingGroundDoesNotCalmThemAndTheyPressForMore() {
            String line = "Whatever you think is fair, I trust you.";
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(REFUND, seed);
                talk.say(acknowledge());
                CounterpartState before = talk.state();

                Reply reply = talk.say(
                        Said.that(line).makes(Move.CONCEDE, Move.AFFIRM).analysis(),
                        act(ActKind.GIVE_GROUND, line, ""));

                assertThat(reply.state().anger()).as("seed %d", seed).isGreaterThanOrEqualTo(before.anger());
                assertThat(reply.intent()).isIn(Intent.DEMAND, Intent.CHALLENGE, Intent.ESCALATE);
                assertThat(reply.intent()).isNotIn(Intent.SOFTEN, Intent.ACCEPT);
            }
        }

        @Test
        void groundGivenAwayGetsTheLineWrittenForAConcessionBeforeOneForTheApology() {
            Scenario holding = ScenarioFixtures.withMoreLines(
                    REFUND,
                    Intent.CHALLENGE,
                    new Line(
                            "Hang on, a minute ago it was the full {amount}. Which is it?",
                            List.of("concession"),
                            List.of()),
                    new Line("You don't need to apologise for asking.", List.of("over-apology"), List.of()));
            String line = "could we maybe do half then? sorry";
            int heard = 0;
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(holding, seed);
                talk.say(acknowledge());

                Reply reply = talk.say(
                        Said.that(line).shows(FindingCategory.OVER_APOLOGY).analysis(),
                        act(ActKind.GIVE_GROUND, line, "half"));

                if (reply.intent() != Intent.ESCALATE && !reply.intent().name().startsWith("END")) {
                    assertThat(reply.text())
                            .as("seed %d", seed)
                            .isEqualTo("Hang on, a minute ago it was the full $1,249. Which is it?");
                    heard++;
                }
            }
            assertThat(heard).isGreaterThan(6);
        }

        @Test
        void groundGivenWithAQuestionIsTakenAndTheQuestionAnswered() {
            String line = "Ok fine, I'll skip the checks this once, what was the amount?";
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(REFUND, seed);
                talk.say(acknowledge());
                CounterpartState before = talk.state();

                Reply reply = talk.say(question(line), act(ActKind.GIVE_GROUND, line, "skip the checks"));

                assertThat(reply.state().anger()).as("seed %d", seed).isGreaterThanOrEqualTo(before.anger());
                if (reply.intent() == Intent.ANSWER) {
                    assertThat(reply.text()).contains("$1,249");
                } else {
                    assertThat(reply.intent()).isIn(Intent.ESCALATE, Intent.END_WALKED_AWAY, Intent.END_ESCALATED);
                }
            }
        }

        @Test
        void neverAsksWhatTheLearnersLineHasJustSaid() {
            Scenario asking = ScenarioFixtures.withMoreLines(
                    REFUND,
                    Intent.CHALLENGE,
                    new Line("Is this about the laptop or about the refund?", List.of("dismissal"), List.of()));
            String line = "Calm down, it's about the laptop, not the refund.";
            for (long seed = 0; seed < 20; seed++) {
                Talk talk = new Talk(asking, seed);

                Reply reply = talk.say(Said.that(line)
                        .makes(Move.DISMISS)
                        .shows(FindingCategory.DISMISSAL)
                        .analysis());

                assertThat(reply.text()).as("seed %d", seed).doesNotContain("Is this about the laptop");
            }
        }
    }

    @Nested
    class Offers {
        @Test
        void anOfferIsReactedToByName() {
            String line = "I can refund the $18 express fee today.";
            UtteranceAnalysis said = Said.that(line).makes(Move.OFFER_OPTION).analysis();
            int named = 0;
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(REFUND, seed);
                talk.say(acknowledge());

                Reply reply = talk.say(said, act(ActKind.OFFER, line, "a refund of the $18"));

                if (reply.intent() != Intent.ESCALATE && !reply.intent().name().startsWith("END")) {
                    assertThat(reply.text()).as("seed %d", seed).contains("$18");
                    named++;
                }
            }
            assertThat(named).isGreaterThan(6);
        }

        /**
         * What an offer asks of them in return is what they weigh, and is named in the reply; "now" or "today"
         * shared with the reply names nothing of the offer.
         */
        @Test
        void anOffersConditionIsNamedAndAWordOfWhenNamesNothing() {
            int checked = 0;
            for (String[] offer : new String[][] {
                {"I can knock $100 off as long as you agree to the two-year plan.", "two-year plan"},
                {"We'll refund the fee if you sign the new annual contract today.", "annual contract"},
                {"I could cover the delivery provided you keep the laptop.", "keep the laptop"}
            }) {
                String line = offer[0];
                for (long seed = 0; seed < 12; seed++) {
                    Talk talk = new Talk(REFUND, seed);
                    talk.say(acknowledge());

                    Reply reply =
                            talk.say(Said.that(line).makes(Move.OFFER_OPTION).analysis());

                    if (reply.intent() != Intent.ESCALATE
                            && reply.intent() != Intent.ANSWER
                            && !reply.intent().name().startsWith("END")) {
                        assertThat(reply.text()).as("%s, seed %d", line, seed).containsIgnoringCase(offer[1]);
                        checked++;
                    }
                }
            }
            String plain = "I can email you the returns label right now.";
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(REFUND, seed);
                talk.say(acknowledge());

                Reply reply = talk.say(Said.that(plain).makes(Move.OFFER_OPTION).analysis());

                if (reply.intent() != Intent.ESCALATE
                        && reply.intent() != Intent.ANSWER
                        && !reply.intent().name().startsWith("END")) {
                    assertThat(reply.text()).as("seed %d", seed).containsIgnoringCase("label");
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(12);
        }

        @Test
        void whatTheLearnerUndertakesToDoForThemIsReactedToLikeAnOffer() {
            String line = "I'll do two weeks of handover with your team after the 28th.";
            UtteranceAnalysis said = Said.that(line).analysis();
            int named = 0;
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(REFUND, seed);
                talk.say(acknowledge());

                Reply reply = talk.say(said, act(ActKind.PROMISE, line, "do two weeks of handover with your team"));

                if (reply.intent() != Intent.ESCALATE
                        && reply.intent() != Intent.ANSWER
                        && reply.intent() != Intent.OPEN
                        && !reply.intent().name().startsWith("END")) {
                    assertThat(reply.text()).as("seed %d", seed).containsIgnoringCase("handover");
                    named++;
                }
            }
            assertThat(named).isGreaterThan(3);
        }

        @Test
        void anOfferWithoutAThingNamedIsQuotedBack() {
            String line = "How about this: I build the trade page for launch.";
            UtteranceAnalysis said = Said.that(line).makes(Move.OFFER_OPTION).analysis();
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(REFUND, seed);
                talk.say(acknowledge());

                Reply reply = talk.say(said, act(ActKind.OFFER, line, "this"));

                if (reply.intent() != Intent.ESCALATE && !reply.intent().name().startsWith("END")) {
                    assertThat(reply.text())
                            .as("seed %d", seed)
                            .contains("trade page")
                            .doesNotStartWith("This?");
                }
            }
        }

        @Test
        void neverAcceptsOrRejectsWhatWasNotOffered() {
            List<UtteranceAnalysis> noOffer = List.of(
                    acknowledge(),
                    Said.that("So it crashes and you've lost a week of work, is that right?")
                            .makes(Move.PARAPHRASE)
                            .shows(FindingCategory.PARAPHRASE)
                            .analysis(),
                    Said.that("I'll look into it and email you by 3pm.")
                            .makes(Move.NEXT_STEP)
                            .shows(FindingCategory.NEXT_STEP)
                            .analysis(),
                    Said.that("I can't approve a refund myself.")
                            .makes(Move.STATE_LIMIT)
                            .analysis(),
                    Said.that("Does that work for you?")
                            .makes(Move.CLOSING_CHECK)
                            .analysis(),
                    Said.that("Great.").analysis());
            for (long seed = 0; seed < 30; seed++) {
                Talk talk = new Talk(REFUND, seed, 1);
                for (UtteranceAnalysis u : noOffer) {
                    if (talk.counterpart.outcome().isFinal()) {
                        break;
                    }
                    assertThat(talk.say(u).intent()).as("seed %d", seed).isNotIn(Intent.ACCEPT, Intent.REJECT_OPTION);
                }
            }
        }
    }

    @Nested
    class Promises {
        private static final String SATURDAY_LIMIT = "I can't guarantee Saturday.";

        private record Limited(Reply reply, ConversationMemory memory) {}

        private Limited limitAfter(String promise, long seed) {
            Talk talk = new Talk(REFUND, seed);
            talk.say(acknowledge());
            talk.say(Said.that(promise).makes(Move.PROMISE).analysis(), act(ActKind.PROMISE, promise, promise));
            Reply reply = talk.say(
                    Said.that(SATURDAY_LIMIT).makes(Move.STATE_LIMIT).analysis(),
                    act(ActKind.HONEST_LIMIT, SATURDAY_LIMIT, "Saturday"));
            return new Limited(reply, talk.memory);
        }

        @Test
        void anHonestLimitAboutSomethingElseIsNotAWalkedBackPromise() {
            for (long seed = 0; seed < 8; seed++) {
                Limited limited = limitAfter("I'll refund the $18 today.", seed);
                Reply reply = limited.reply();

                assertThat(reply.text()).as("seed %d", seed).doesNotContain("refund the $18 today");
                assertThat(reply.state().movedBy()).noneMatch(why -> why.contains("walked back"));
                assertThat(limited.memory().promises()).noneMatch(ConversationMemory.Promise::walkedBack);
            }
        }

        @Test
        void aLimitOnWhatWasPromisedWalksItBack() {
            for (long seed = 0; seed < 8; seed++) {
                Limited limited = limitAfter("I'll get it there Saturday.", seed);
                Reply reply = limited.reply();

                assertThat(reply.state().movedBy()).as("seed %d", seed).anyMatch(why -> why.contains("walked back"));
                assertThat(limited.memory().promises()).singleElement().satisfies(p -> assertThat(p.walkedBack())
                        .isTrue());
                if (reply.intent() == Intent.CHALLENGE) {
                    assertThat(reply.text()).contains("I'll get it there Saturday");
                }
            }
        }
    }

    @Test
    void theSameSeedAndLinesReplayTheSameReplies() {
        List<String> replies = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Talk talk = new Talk(REFUND, 9);
            StringBuilder said = new StringBuilder();
            said.append(talk.say(question("What's the order number?")).text()).append('|');
            said.append(talk.say(
                                    Said.that("Ha, at least it's not a toaster.")
                                            .analysis(),
                                    act(ActKind.JOKE, "Ha, at least it's not a toaster.", ""))
                            .text())
                    .append('|');
            said.append(talk.say(
                            Said.that("I can refund the fee.")
                                    .makes(Move.OFFER_OPTION)
                                    .analysis(),
                            act(ActKind.OFFER, "I can refund the fee.", "a refund of the fee"))
                    .text());
            replies.add(said.toString());
        }
        assertThat(replies.get(1)).isEqualTo(replies.get(0));
    }

    private static Scenario withMood(Scenario s, Mood mood) {
        Persona p = s.persona();
        return new Scenario(
                s.id(),
                s.title(),
                s.category(),
                s.situation(),
                s.difficulty(),
                s.opener(),
                s.learner(),
                new Persona(
                        p.name(),
                        p.relationship(),
                        p.style(),
                        p.history(),
                        mood,
                        p.triggers(),
                        p.soothers(),
                        p.needs()),
                s.decisionMap(),
                s.checklist(),
                s.facts(),
                List.of(),
                s.lines());
    }

    /** What the learner raised or already told them is taken up, not talked past or asked again. */
    @Nested
    class WhatWasRaised {
        private static final String SLOW_MONTH = "The invoice? We had a slow month. End of the month, probably.";

        /** A client who owes an invoice the learner came to have paid, and a partner they both know. */
        private Scenario owing() {
            Scenario s = ScenarioFixtures.withMoreLines(
                    LEARNER_OPENS,
                    Intent.ANSWER,
                    new Line(SLOW_MONTH, List.of(), List.of("invoice", "pay", "payment", "overdue")));
            s = ScenarioFixtures.withMoreLines(
                    s,
                    Intent.DEMAND,
                    new Line("Does Sam know you're doing this?", List.of(), List.of()),
                    new Line("What does {partner} think about all this?", List.of(), List.of()));
            java.util.Map<String, String> facts = new java.util.HashMap<>(s.facts());
            facts.put("partner", "Sam");
            s = ScenarioFixtures.withFacts(s, facts);
            return ScenarioFixtures.withKeyPoints(
                    s,
                    new dev.spar.scenario.KeyPoint(
                            "the-invoice",
                            "The overdue invoice needs to be paid before the handover.",
                            List.of("overdue invoice", "invoice paid", "invoice settled", "still unpaid")));
        }

        private Talk greetedBy(Scenario scenario, long seed) {
            Talk talk = new Talk(scenario, seed);
            talk.say(Said.that("Hi Dana, thanks for making time.")
                    .makes(Move.GREET)
                    .analysis());
            return talk;
        }

        @Test
        void aDemandTheyHaveAnAnswerForIsAnswered() {
            for (String line : List.of(
                    "I need the overdue invoice settled before I hand anything over.",
                    "Also, that invoice is still unpaid and it has to be cleared first.",
                    "The overdue invoice comes first, Dana.",
                    "I'll want the invoice paid before the handover starts.")) {
                for (long seed = 0; seed < 6; seed++) {
                    Reply reply = greetedBy(owing(), seed).say(line);

                    assertThat(reply.text()).as("%s, seed %d", line, seed).contains("slow month");
                    assertThat(reply.text()).as("never quoted back").doesNotContain(line);
                }
            }
        }

        @Test
        void aLineThatRaisesNoDemandOfTheirsIsNotAnsweredThatWay() {
            for (String line : List.of(
                    "I've decided to end our contract; my last day is Friday.",
                    "The handover notes will be ready on Thursday.",
                    "Could we look at a repair instead?")) {
                for (long seed = 0; seed < 6; seed++) {
                    Reply reply = greetedBy(owing(), seed).say(line);

                    assertThat(reply.text()).as("%s, seed %d", line, seed).doesNotContain("slow month");
                }
            }
        }

        @Test
        void aDemandAlreadyAnsweredIsNotAnsweredAgainUnasked() {
            for (long seed = 0; seed < 6; seed++) {
                Talk talk = greetedBy(owing(), seed);
                talk.say("The overdue invoice needs sorting first.");

                Reply again = talk.say("Like I said, the invoice is still unpaid.");

                assertThat(again.text()).as("seed %d", seed).doesNotContain("slow month");
            }
        }

        @Test
        void aPersonTheyWereToldAboutIsNotAskedAfterAgain() {
            for (String told : List.of(
                    "Sam knows, we decided this together.",
                    "Yes, Sam and I talked it through last night.",
                    "I spoke to Sam first, he's on board.")) {
                for (long seed = 0; seed < 12; seed++) {
                    Talk talk = greetedBy(owing(), seed);
                    talk.say(told);
                    for (int turn = 0; turn < 4; turn++) {
                        Reply reply = talk.say("We want to keep this simple and fair.");

                        assertThat(reply.text())
                                .as("%s, seed %d", told, seed)
                                .doesNotContain("Does Sam know")
                                .doesNotContain("What does Sam think");
                    }
                }
            }
        }

        @Test
        void aPersonOnlyAskedAboutMayStillBeAskedAfter() {
            List<String> replies = new ArrayList<>();
            for (long seed = 0; seed < 24; seed++) {
                Talk talk = greetedBy(owing(), seed);
                talk.say(question("Have you spoken to Sam?"));
                for (int turn = 0; turn < 4; turn++) {
                    replies.add(
                            talk.say("We want to keep this simple and fair.").text());
                }
            }
            assertThat(replies).anyMatch(r -> r.contains("Sam"));
        }
    }

    /** Someone set off by questions, and angry enough to ask for a manager, still answers one about their own matter. */
    @Nested
    class AskedWhileFurious {
        private final Scenario irritable = ScenarioFixtures.refundCustomer(List.of(
                new Reaction(Move.OPEN_QUESTION.id(), 4, "Questions feel like starting over"),
                new Reaction(Move.CLOSED_QUESTION.id(), 4, "Questions feel like starting over"),
                new Reaction("dismissal", 3, "Being brushed off")));

        /** The talks, one per seed, in which a brush-off has made them angry enough to ask for a manager. */
        private List<Talk> furiousTalks() {
            List<Talk> furious = new ArrayList<>();
            for (long seed = 0; seed < 30; seed++) {
                Talk talk = new Talk(irritable, seed, 5);
                talk.say(Said.that("Right, calm down, it's a laptop, not the end of the world.")
                        .shows(FindingCategory.DISMISSAL)
                        .analysis());
                if (talk.state().anger()
                        >= Temperament.of(PracticeSettings.of(seed, 5)).escalateAt()) {
                    furious.add(talk);
                }
            }
            assertThat(furious).isNotEmpty();
            return furious;
        }

        @Test
        void aPlainQuestionAboutTheirMatterIsAnsweredThoughTheAskingGrates() {
            for (Talk talk : furiousTalks()) {
                Reply reply = talk.say(Said.that("And how much was it you paid for it?")
                        .makes(Move.OPEN_QUESTION)
                        .analysis());
                if (!reply.intent().name().startsWith("END")) {
                    assertThat(reply.text()).contains("$1,249");
                }
            }
        }

        @Test
        void aQuestionThatAlsoBrushesThemOffIsNot() {
            for (Talk talk : furiousTalks()) {
                Reply reply = talk.say(Said.that("Honestly, relax. How much did you pay for it?")
                        .makes(Move.OPEN_QUESTION)
                        .shows(FindingCategory.DISMISSAL)
                        .analysis());
                assertThat(reply.intent()).isNotEqualTo(Intent.ANSWER);
            }
        }
    }

    /** A verdict on them that the analyser reads as a summary calms no one, and is never agreed with as theirs. */
    @Nested
    class FaultSaidBackAsASummary {
        @Test
        void doesNotSoothe() {
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(REFUND, seed);
                int before = talk.state().anger();
                Reply reply = talk.say(Said.that("It's in the manual on page two. You clearly never looked.")
                        .makes(Move.PARAPHRASE)
                        .analysis());
                assertThat(reply.state().anger()).as("seed %d", seed).isGreaterThanOrEqualTo(before);
                assertThat(reply.text()).as("seed %d", seed).isNotEqualTo("Yes, that's exactly it.");
            }
        }

        @Test
        void aRealSummaryStillDoes() {
            int calmer = 0;
            for (long seed = 0; seed < 12; seed++) {
                Talk talk = new Talk(REFUND, seed);
                int before = talk.state().anger();
                Reply reply =
                        talk.say(Said.that("So the laptop has crashed all week and you've lost work because of it.")
                                .makes(Move.PARAPHRASE)
                                .analysis());
                if (reply.state().anger() < before) {
                    calmer++;
                }
            }
            assertThat(calmer).isPositive();
        }
    }
}
