package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionReaderTests {
    private static final Understanding DELAY = Understanding.of(
            Topics.of(List.of(
                    fact("event_day", "event day", "Saturday"),
                    fact("first_rep", "first rep", "Marcus"),
                    fact("drop_off", "drop off", "the newsagent on Mill Street"),
                    fact("depot", "depot", "the Riverside depot"))),
            Meaning.NONE);

    private static Topic fact(String id, String label, String value) {
        return new Topic(id, label, List.of(label), Optional.of(value));
    }

    private static Content afterThem(String theirs, String line) {
        var conversation = new Readings.Conversation(DELAY);
        conversation.counterpart(theirs);
        return conversation.read(Side.LEARNER, line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The wedding is on Saturday, the suit was promised Tuesday. | And when's the wedding?
            Marcus told me on the phone that the move was free.         | Who was it you spoke to on the phone?
            I took them to the newsagent on Mill Street.                | And where did you drop them off, love?
            It's been at the Riverside depot for two days.              | Which depot is it sitting at, do you know
            The wedding is on Saturday.                                 | wait, when is the wedding again
            """)
    void asksAgainForAFactTheyGaveByItsKind(String theirs, String line) {
        assertThat(afterThem(theirs, line).has(ActKind.REASK)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The wedding is on Saturday.                        | When did you first notice the tracking had changed?
            Marcus told me on the phone that the move was free. | Who should I call back at your office?
            It's been at the Riverside depot for two days.     | But when you called us on the 4th, what did they say?
            """)
    void aQuestionOfTheSameKindAboutSomethingElseIsNew(String theirs, String line) {
        assertThat(afterThem(theirs, line).has(ActKind.REASK)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The wedding is on Saturday.                   | which depot is it at again?
            It's been at the Riverside depot for two days. | sorry, where was the drop off again?
            """)
    void againAboutAFactTheyNeverGaveIsAFirstQuestion(String theirs, String line) {
        Content read = afterThem(theirs, line);

        assertThat(read.has(ActKind.ASK)).as(line).isTrue();
        assertThat(read.has(ActKind.REASK)).as(line).isFalse();
    }

    /** Asking again for what they just said, whatever the scenario's facts: the kind of thing asked, in their words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We've banked with you for twelve years.                      | how long have u been with us
            I ordered it three weeks ago, on the 2nd.                     | So when did you buy it?
            You took £240 off me on Friday.                               | Sorry, how much did we charge you?
            I rang on Monday and spoke to Priya, she was lovely.          | Do you know who you talked to when you phoned?
            The price, mostly. And the hold times. That's why.            | What's made you want to cancel?
            The login is ana.w@brightmail.co.uk.                          | could you confirm the email for me
            It's ticket 88213, the second one.                            | which ticket is it?
            The boiler started leaking again last night.                  | ok and what exactly happened with the boiler?
            (sighs) The boiler went out twice.                            | Ok, and what exactly went wrong with the boiler?
            It was $588, taken on the 12th.                               | what did it cost you?
            """)
    void asksAgainForWhatTheyJustSaidWhateverTheFacts(String theirs, String line) {
        assertThat(afterThem(theirs, line).has(ActKind.REASK)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We've banked with you for twelve years.                      | How long has the card been blocked?
            You took £240 off me on Friday.                               | So that was £240, on Friday?
            I rang on Monday and spoke to Priya, she was lovely.          | Who should I ask for if I ring back?
            The boiler started leaking again last night.                  | What happened?
            The price, mostly. That's why.                                | Why did the price go up, do you know?
            You took £240 off me on Friday.                               | How much of that was the late fee?
            I rang on Monday and spoke to Priya, she was lovely.          | When did you call after that?
            It was Priya I spoke to, on Monday.                           | Who's Priya, is she in billing?
            I bought it 45 days ago and it keeps crashing.                | When it crashes, does the screen go black?
            It was $588, taken on the 12th.                               | How much were you expecting to pay?
            You took £240 off me on Friday.                               | Sure, £240, and shall I wash your car while I'm at it?
            Dad's phone broke on the 3rd.                                 | When does your contract end?
            I was on hold for three hours yesterday.                      | How long can you stay on the line now?
            """)
    void aCheckOrAFollowUpIsNotAskingAgain(String theirs, String line) {
        assertThat(afterThem(theirs, line).has(ActKind.REASK)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It's been at the Riverside depot for two days.   | sorry, i didn't catch which depot
            It's been at the Riverside depot for two days.   | I missed the name of the depot, sorry
            The wedding is on Saturday.                      | I forgot to note the event day down
            """)
    void sayingTheyMissedWhatWasGivenAsksForItAgain(String theirs, String line) {
        assertThat(afterThem(theirs, line).has(ActKind.REASK)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It's been at the Riverside depot for two days.   | I didn't catch the courier in time, sorry
            The wedding is on Saturday.                      | I forgot how much this day means to you.
            """)
    void missingSomethingElseAsksNothing(String theirs, String line) {
        assertThat(afterThem(theirs, line).has(ActKind.REASK)).isFalse();
    }

    /**
     * A question that asks for a kind of thing (how much, how many, who, when) about something the facts do not
     * name is asked for the fact of that kind it is about: a gym member's facts, none of them in the question's
     * words.
     */
    @Nested
    class AskedByKind {
        private final Understanding gym = Understanding.of(
                Topics.of(List.of(
                        fact("member_number", "member number", "GM-4410"),
                        fact("monthly_fee", "monthly fee", "$49"),
                        fact("joining_fee", "joining fee", "$25"),
                        fact("cancel_date", "cancel date", "the 30th"),
                        fact("branch_manager", "branch manager", "Priya"),
                        fact("home_club", "home club", "the Eastgate club"),
                        fact("visits", "visits", "twelve visits"),
                        fact("breakeven_visits", "breakeven visits", "eight visits a month"),
                        fact("freeze_weeks", "freeze weeks", "4 weeks"),
                        fact("years", "years", "six years"),
                        fact("rival", "rival", "FlexFit"),
                        fact("gym", "gym", "Corefit Leeds"),
                        fact("open_day", "open day", "the summer open day"),
                        fact("open_date", "open date", "the 14th of June"),
                        fact("old_fee", "old fee", "$39"),
                        fact("new_fee", "new fee", "$45"))),
                Meaning.NONE);

        private List<String> asked(String line) {
            return gym.read(Side.LEARNER, line, new ConversationMemory()).topicsAsked();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                how much are they charging you each month?              | monthly_fee
                What did they charge you to join?                       | joining_fee
                who should I talk to about the joining fee?             | branch_manager
                what date does the cancellation go through?             | cancel_date
                how many weeks can i freeze it for                      | freeze_weeks
                how many visits would you need to break even?           | breakeven_visits
                and how much was it to join, roughly                    | joining_fee
                Just so I have it right, what did joining set you back? | joining_fee
                can i ask how much they're charging you monthly now     | monthly_fee
                how long have you been a member with us?                | years
                Could you tell me which club is your home one?          | home_club
                I'll need your member number to pull it up.             | member_number
                member no. pls                                          | member_number
                what's the gym called, so I can find it?                | gym
                when's the summer open day going ahead, exactly?        | open_date
                what are they charging you now, after the rise?         | new_fee
                roughly how much did joining come to?                   | joining_fee
                Do you remember about how much the joining came to?     | joining_fee
                approximately how many visits to break even?            | breakeven_visits
                around when does the cancellation go through?           | cancel_date
                can I ask what you're paying to join?                   | joining_fee
                """)
        void isAskedForTheFactOfThatKindItIsAbout(String line, String fact) {
            assertThat(asked(line)).first().isEqualTo(fact);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                how much longer will this take?          | monthly_fee
                when can you come in to sign the form?   | cancel_date
                who told you that?                       | branch_manager
                how many times have I said this?         | visits
                I need a minute to think about it.       | member_number
                how long have you been waiting?          | years
                how long have you been on the rowing team? | freeze_weeks
                how many lines are on the member number?  | member_number
                roughly how long have you been waiting?   | years
                about how much longer will this take?     | monthly_fee
                """)
        void aQuestionOfAKindAboutNothingOfTheirsIsNotGivenAFact(String line, String fact) {
            assertThat(asked(line)).doesNotContain(fact);
        }
    }

    /**
     * A question asked again because they never answered it asks for the first time: they named what was asked
     * ("the handover", "budgets") without giving it, or the question only says when they can answer.
     */
    @Nested
    class AskedAgainAfterNoAnswer {
        private final Understanding handover = Understanding.of(
                Topics.of(List.of(
                        fact("event_day", "event day", "Saturday"),
                        new Topic(
                                "answer:handover",
                                "handover",
                                List.of("hand over", "handover", "who to"),
                                Optional.empty()),
                        new Topic("answer:budget", "budget", List.of("budget", "budgets"), Optional.empty()))),
                Meaning.NONE);

        private Content askedAgain(String question, String theirs, String again) {
            var conversation = new Readings.Conversation(handover);
            conversation.counterpart("My suit's stuck and the wedding's on Saturday.");
            conversation.learner(question);
            conversation.counterpart(theirs);
            return conversation.read(Side.LEARNER, again);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Who should I hand over to?      | I don't know. I'd rather you didn't hand over at all.  | I get that. Who should I hand over to?
                What's the budget for raises?   | I can't really get into budgets.                        | Roughly what's the budget for raises this year?
                Who should I hand over to?      | No idea, I haven't thought about the handover.          | Who would you like me to hand over to?
                What's your order number?       | I don't have it to hand. I'm at work.                   | No problem. What's your order number, when you have it?
                Which email should I use?       | Not sure. Does it matter?                               | Which email should I use, once you've checked?
                """)
        void isAFirstQuestion(String question, String theirs, String again) {
            assertThat(askedAgain(question, theirs, again).has(ActKind.REASK)).isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Who should I hand over to?      | Hand over to Leah, she runs ops.  | Who should I hand over to?
                When is the wedding?            | Saturday, I told you.              | And when's the wedding again?
                """)
        void isAReAskWhenTheyGaveIt(String question, String theirs, String again) {
            assertThat(askedAgain(question, theirs, again).has(ActKind.REASK)).isTrue();
        }
    }
}
