package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A question asks for a kind of thing (a place, a date) and is read as asking for the fact of that kind it means. */
class AskedByKindTests {
    private static Topic fact(String id, String value) {
        String label = id.replace('_', ' ');
        return new Topic(id, label, List.of(label), Optional.of(value));
    }

    private static Topic answerLine(String id, String... cues) {
        return new Topic(id, id.substring(id.indexOf(':') + 1), List.of(cues), Optional.empty());
    }

    private static Understanding of(Topic... topics) {
        return Understanding.of(Topics.of(List.of(topics)), Meaning.NONE);
    }

    private static List<String> asked(Understanding understanding, String line) {
        return new Readings.Conversation(understanding).read(Side.LEARNER, line).topicsAsked();
    }

    /** "Where is it?" about their parcel asks for the one place there is. */
    @Nested
    class WhereTheirThingIs {
        private final Understanding onePlace = of(
                fact("order_number", "TT-90417"), fact("event_day", "Saturday"), fact("depot", "the Riverside depot"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "where is it right now exactly?",
                    "so where's it sitting now?",
                    "ok where is the parcel at the moment",
                    "Where's my order got to?",
                    "sorry, where was it last seen?",
                    "where did you drop the box off in the end?",
                    "where did they send my order, do you know?",
                    "and where did you leave it, just so I know"
                })
        void isTheOnePlaceThereIs(String line) {
            assertThat(asked(onePlace, line)).as(line).containsExactly("depot");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "where are you calling from?",
                    "where did you hear about us?",
                    "where did you grow up?",
                    "where did you leave things with your manager?",
                    "where's the catch?",
                    "when is the wedding?",
                    "It's wherever the courier left it."
                })
        void aQuestionAboutSomethingElseOrNoQuestionIsNot(String line) {
            assertThat(asked(onePlace, line)).as(line).doesNotContain("depot");
        }

        @ParameterizedTest
        @ValueSource(strings = {"where is it right now exactly?", "so where's it sitting now?"})
        void withTwoPlacesNothingIsGuessed(String line) {
            Understanding twoPlaces = Understanding.of(
                    Topics.of(List.of(
                            fact("depot", "the Riverside depot"), fact("drop_off", "the newsagent on Mill Street"))),
                    Meaning.NONE);

            assertThat(asked(twoPlaces, line)).as(line).isEmpty();
        }
    }

    /** A date asked for is not answered by the name of the event it is the date of. */
    @Nested
    class TheDateOfAnEvent {
        private final Understanding launch = of(
                fact("last_day", "Friday the 28th"),
                fact("launch", "the spring collection launch"),
                new Topic(
                        "answer:launch",
                        "launch",
                        List.of("launch", "date", "when", "timeline", "go live"),
                        Optional.empty()));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "what's the launch date again?",
                    "sorry, what was the launch date?",
                    "when is the launch?",
                    "remind me, when's the launch happening?",
                    "whats the launch date",
                    "how soon is the launch, roughly?",
                    "so how far away is the launch at this point?"
                })
        void isTheLineThatSaysWhen(String line) {
            assertThat(asked(launch, line)).as(line).containsExactly("answer:launch");
        }

        @ParameterizedTest
        @ValueSource(strings = {"what is the launch about?", "which launch is it?"})
        void aQuestionThatIsNotForADateKeepsTheEvent(String line) {
            assertThat(asked(launch, line)).as(line).containsExactly("launch");
        }

        @ParameterizedTest
        @ValueSource(strings = {"what's your last day?", "when is your last day?"})
        void aDateThatIsOneIsStillAnswered(String line) {
            assertThat(asked(launch, line)).as(line).containsExactly("last_day");
        }

        @ParameterizedTest
        @ValueSource(strings = {"what's the launch date?", "when is the launch?"})
        void anEventWithItsDateAsAFactIsAnsweredByIt(String line) {
            Understanding dated =
                    Understanding.of(Topics.of(List.of(fact("launch_date", "the 3rd of March"))), Meaning.NONE);

            assertThat(asked(dated, line)).as(line).containsExactly("launch_date");
        }
    }

    /** "Which company was it?" asks for the one business the scenario names, by its key and its value alike. */
    @Nested
    class WhichBusiness {
        private final Understanding payment = of(
                fact("amount", "$1,860"),
                fact("lender", "Hollis Mortgage"),
                fact("insurer", "her car insurance"),
                fact("granddaughter", "Chloe"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "which company did the money go out to?",
                    "Sorry, which firm took the debit?",
                    "just to check, which lender is it with?"
                })
        void isTheOneBusinessNamed(String line) {
            assertThat(asked(payment, line)).as(line).containsExactly("lender");
        }

        @ParameterizedTest
        @ValueSource(strings = {"how much did the payment come to?", "which company do you work for?"})
        void aQuestionForAnotherThingIsNot(String line) {
            assertThat(asked(payment, line)).as(line).doesNotContain("lender");
        }

        @ParameterizedTest
        @ValueSource(strings = {"which company did the money go out to?"})
        void withTwoBusinessesNamedNothingIsGuessed(String line) {
            Understanding two = of(fact("lender", "Hollis Mortgage"), fact("insurer", "Brightcover Insurance"));

            assertThat(asked(two, line)).as(line).isEmpty();
        }
    }

    /** "What were you paying before it went up?" asks for the old figure, not the new one. */
    @Nested
    class TheFigureBeforeAChange {
        private final Understanding prices =
                of(fact("new_price", "$142"), fact("old_price", "$118"), fact("device_balance", "$260"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "remind me, what were you paying before the bill went up?",
                    "what was the price before the increase?",
                    "what did you used to pay each month?"
                })
        void isTheOldFigure(String line) {
            assertThat(asked(prices, line)).as(line).containsExactly("old_price");
        }

        @ParameterizedTest
        @ValueSource(strings = {"what are you paying now?", "what's the price after the rise?"})
        void theFigureNowIsTheNewOne(String line) {
            assertThat(asked(prices, line)).as(line).containsExactly("new_price");
        }
    }

    /** "What's the deadline?" asks for the date, with or without words between "the" and "deadline". */
    @Nested
    class ADeadline {
        private final Understanding book = of(
                fact("deadline", "the 14th of next month"), fact("editor", "Hannah"), fact("main_character", "Otter"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "what's the deadline we're working to with the publisher again?",
                    "whats the deadline",
                    "so what is the deadline, roughly?",
                    "what's the final deadline for the roughs?",
                    "sorry, what was the deadline?"
                })
        void isTheDateOfIt(String line) {
            assertThat(asked(book, line)).as(line).containsExactly("deadline");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"the deadline is fine by me", "who's the editor on this?", "what's the point of rushing?"})
        void anotherQuestionOrNoneIsNot(String line) {
            assertThat(asked(book, line)).as(line).doesNotContain("deadline");
        }
    }

    /** What another business quoted them is the sum of that business, named by its name. */
    @Nested
    class ASumAnotherBusinessQuoted {
        private final Understanding renewal = of(
                fact("competitor", "Rotaflow"),
                fact("competitor_price", "$39,000"),
                fact("current_price", "$48,000 a year"),
                fact("seats", "220 seats"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "what did rotaflow actually quote you, if you're ok sharing?",
                    "What has Rotaflow offered you for the same thing?",
                    "so what would rotaflow charge you?",
                    "what did Rotaflow quote u"
                })
        void isThatBusinesssPrice(String line) {
            assertThat(asked(renewal, line)).as(line).containsExactly("competitor_price");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "what did rotaflow get wrong for you last time?",
                    "what did Rotaflow promise you about support?",
                    "what do you like about rotaflow?"
                })
        void anotherQuestionAboutThemIsNotASum(String line) {
            assertThat(asked(renewal, line)).as(line).doesNotContain("competitor_price", "current_price");
        }
    }

    /** "Who handles the invoices?" asks for the person who does, though typed without its question mark. */
    @Nested
    class WhoDoesAThing {
        private final Understanding client =
                of(fact("invoice", "INV-2291"), fact("accounts", "Martin"), fact("launch_date", "the 3rd of March"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I will. who handles the invoices on your side btw, i can never remember his name",
                    "who deals with the invoice at your end",
                    "and who looks after the invoice there?",
                    "who signs off the invoice these days"
                })
        void isThePersonWhoDoes(String line) {
            assertThat(asked(client, line)).as(line).containsExactly("accounts");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"who cares about the invoice", "who knows the invoice better than you", "the invoice is late"
                })
        void aRemarkIsNoQuestion(String line) {
            assertThat(asked(client, line)).as(line).doesNotContain("accounts");
        }
    }

    /** An answer line its author tied to "who" answers a who-question itself, not the one name among the facts. */
    @Test
    void aLineWrittenForWhoAnswersWhoDidIt() {
        Understanding billing = of(
                fact("bakery", "Brooks Bakes"),
                fact("amount", "$588"),
                answerLine("answer:who", "who", "admin", "inbox", "bookkeeper", "set up"));

        for (String line : List.of(
                "who set the account up originally, do you know?",
                "who set it all up for you?",
                "do you know who reads the admin inbox?")) {
            assertThat(asked(billing, line)).as(line).containsExactly("answer:who");
        }
        // A question of another kind still finds its fact.
        assertThat(asked(billing, "what's the bakery called?")).containsExactly("bakery");
    }

    /** A fact whose name says it is a person is the one a who-question means, whatever line is cued by "who". */
    @Test
    void aPersonByNameStillAnswersWhoBeforeALineWrittenForWho() {
        Understanding conflicting = of(
                fact("rep", "Marcus"), fact("fee", "$95"), answerLine("answer:who", "who", "phone", "spoke", "told"));

        assertThat(asked(conflicting, "Do you remember who you spoke to on the phone?"))
                .containsExactly("rep");
    }

    /** "Who did you say looks after that?" points at the person they named, though they have spoken since. */
    @Nested
    class PointingBack {
        private final Understanding client =
                of(fact("invoice", "INV-2291"), fact("accounts", "Martin"), fact("shop", "Webb & Finch Garden"));

        @Test
        void isThePersonTheyNamedLast() {
            Readings.Conversation talk = new Readings.Conversation(client);
            talk.counterpart("It's INV-2291? That's Martin's department. I'll chase him today.");
            talk.learner("ok great");
            talk.counterpart("I need those pages live for launch. Can you just do it?");

            for (String line : List.of("sorry, who did you say looks after that?", "who was it that handles this?")) {
                assertThat(talk.read(Side.LEARNER, line).topicsAsked()).as(line).containsExactly("accounts");
            }
        }

        @Test
        void isNothingWhenTheyNamedNobody() {
            Readings.Conversation talk = new Readings.Conversation(client);
            talk.counterpart("I need those pages live for launch. Can you just do it?");

            assertThat(talk.read(Side.LEARNER, "sorry, who did you say looks after that?")
                            .topicsAsked())
                    .doesNotContain("accounts");
        }
    }

    /** Help offered with nothing in particular to take puts nothing on the table; a thing offered does. */
    @Nested
    class HelpAlone {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I can help with that.",
                    "Let's find out together.",
                    "I can definitely help you with that",
                    "let me sort this out for you",
                    "happy to help!",
                    "I can look into it"
                })
        void offersNothingInParticular(String line) {
            assertThat(Readings.learner(line).offersSomething()).as(line).isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I can refund the $18 today.",
                    "let me send you a prepaid returns label",
                    "I can help you with a courier collection tomorrow",
                    "here's what i can do right now: send a second suit by same-day courier"
                })
        void aThingOfferedIsOnTheTable(String line) {
            assertThat(Readings.learner(line).offersSomething()).as(line).isTrue();
        }
    }

    /** A date asked for by what happened on it: the day money left their account is the debit date. */
    @Nested
    class WhenMoneyMoved {
        private final Understanding bank = of(
                fact("amount", "$1,860"),
                fact("debit_date", "the 1st"),
                fact("fee", "$35"),
                fact("timescale", "10 business days"));
        private final Understanding renewal = of(
                fact("amount", "$588"),
                fact("renewal_date", "the 12th"),
                fact("notice_date", "the 13th of last month"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "And which day did the money actually leave your account?",
                    "on which date did u see it go out of ur acount?",
                    "what date was it taken?",
                    "Which day did the payment come out?"
                })
        void isTheDayItWent(String line) {
            assertThat(asked(bank, line)).as(line).containsExactly("debit_date");
            assertThat(asked(renewal, line)).as(line).containsExactly("renewal_date");
        }

        @ParameterizedTest
        @ValueSource(strings = {"how many days will it take to come back?", "how much went out?"})
        void aLengthOrASumIsNotTheDate(String line) {
            assertThat(asked(bank, line)).as(line).doesNotContain("debit_date");
        }
    }

    /** "When does she need it?", "by when?": a date asked for by needing it is the deadline. */
    @Nested
    class NeededBy {
        private final Understanding book = of(
                fact("editor", "Hannah"),
                fact("deadline", "the 14th of next month"),
                fact("age_range", "four to seven"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Remind me, when does Hannah need final art from us?",
                    "by when do u need it",
                    "so when's it due?",
                    "until when have we got?"
                })
        void isTheDeadline(String line) {
            assertThat(asked(book, line)).as(line).containsExactly("deadline");
        }

        @Test
        void aQuestionAboutThePersonIsNot() {
            assertThat(asked(book, "when did Hannah first see the pages?")).doesNotContain("deadline");
        }
    }

    /** "Who are you switching to?" asks for the business they would move to, not a person. */
    @Nested
    class MovingTo {
        private final Understanding churn =
                of(fact("competitor", "Rotaflow"), fact("exec_sponsor", "Dana"), fact("competitor_price", "$39,000"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Who is it you're looking at switching to?",
                    "who would you move across to?",
                    "and who are you going with instead?"
                })
        void isTheCompetitor(String line) {
            assertThat(asked(churn, line)).as(line).containsExactly("competitor");
        }

        @Test
        void whoTheySpokeToIsNot() {
            assertThat(asked(churn, "who did you speak to about the renewal?")).doesNotContain("competitor");
        }
    }

    /** "The ref" asks for the one reference code there is, whatever the fact is called. */
    @Nested
    class TheReference {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "can you read me the ref off your confirmation email so I can pull it up?",
                    "what's the reference on it?",
                    "Sorry, I didn't catch the reference, one more time?"
                })
        void isTheOneCode(String line) {
            Understanding order = of(fact("order_number", "TT-90417"), fact("depot", "the Riverside depot"));

            assertThat(asked(order, line)).as(line).containsExactly("order_number");
        }

        @Test
        void withTwoCodesNothingIsGuessed() {
            Understanding two = of(fact("order_number", "TT-90417"), fact("account_number", "CB-61830"));

            assertThat(asked(two, "what's the reference on it?")).isEmpty();
        }
    }

    /** "Which of your lines...": a which-question picks the fact named by the thing it picks from. */
    @Nested
    class WhichOne {
        @ParameterizedTest
        @ValueSource(strings = {"which of your lines has been cut off?", "Which line got cut off?"})
        void isTheFactOfThatName(String line) {
            Understanding lines = of(
                    fact("line_number", "the 0700 line"),
                    fact("suspension_time", "7:02 this morning"),
                    fact("account_number", "CB-61830"));

            assertThat(asked(lines, line)).as(line).containsExactly("line_number");
        }

        @Test
        void twoFactsOfThatNameAreNotGuessedBetween() {
            Understanding numbers = of(fact("line_number", "the 0700 line"), fact("account_number", "CB-61830"));

            assertThat(asked(numbers, "which of the three numbers is it?")).isEmpty();
        }
    }

    /** "Can u repeat that email", "account no again pls, i missed a digit": asking for it once more, asks again. */
    @Nested
    class OnceMore {
        private final Understanding account =
                of(fact("account_number", "CB-61830"), fact("admin_email", "sam.k@deltafreight.com"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "account no again pls, i missed a digit",
                    "can u repeat the account number for me",
                    "sorry, the account number one more time?",
                    "I missed a digit of the account number"
                })
        void isAReAsk(String line) {
            Readings.Conversation talk = new Readings.Conversation(account);
            talk.counterpart("It's CB-61830. Now fix it.");

            Content read = talk.read(Side.LEARNER, line);
            assertThat(read.all(ActKind.REASK)).as(line).isNotEmpty();
            assertThat(read.topicsAsked()).as(line).containsExactly("account_number");
        }

        @Test
        void aLineThatOnlySaysItMissedSomethingElseIsNot() {
            Readings.Conversation talk = new Readings.Conversation(account);
            talk.counterpart("It's CB-61830. Now fix it.");

            assertThat(talk.read(Side.LEARNER, "I missed a call from you earlier, sorry.")
                            .has(ActKind.REASK))
                    .isFalse();
        }
    }

    /** "ok be honest w me, how many ppl are paying": a count asked after a lead-in, with no question mark. */
    @Nested
    class AskedAfterAPause {
        private final Understanding box = of(fact("subscribers", "140 subscribers"), fact("months", "fourteen months"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "ok be honest w me, how many ppl are actually paying for boxes right now",
                    "straight up, how many subscribers have you got",
                    "I know it's hard: how many are paying",
                    "no judgement, how long have you been running at a loss"
                })
        void isAQuestion(String line) {
            assertThat(new Readings.Conversation(box).read(Side.LEARNER, line).has(ActKind.ASK))
                    .as(line)
                    .isTrue();
        }

        @Test
        void sayingHowMuchSomethingMattersAsksNothing() {
            assertThat(Readings.learner("To be fair, how much I've learned from this is huge.")
                            .has(ActKind.ASK))
                    .isFalse();
        }
    }

    /** A sum asked for by money gone or lost: "what came out?", "how far in the red are you?", "what's the burn?". */
    @Nested
    class MoneyGone {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Can you tell me what came out, was it the whole year in one go?",
                    "ok so what went out of your account?",
                    "what did they take?"
                })
        void isTheOneSum(String line) {
            Understanding billing = of(fact("amount", "$588"), fact("renewal_date", "the 12th"));

            assertThat(asked(billing, line)).as(line).containsExactly("amount");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "But what's the burn like - how far in the red are you each month?",
                    "how far into the red are you, month to month?",
                    "and what's your loss each month?"
                })
        void isTheMonthlyLoss(String line) {
            Understanding startup = of(
                    fact("ask_amount", "$15,000"),
                    fact("monthly_loss", "about $4,000 a month"),
                    fact("months", "fourteen months"));

            assertThat(asked(startup, line)).as(line).containsExactly("monthly_loss");
        }

        @Test
        void whatCameOutOfAMeetingIsNoSum() {
            Understanding billing = of(fact("amount", "$588"), fact("renewal_date", "the 12th"));

            assertThat(asked(billing, "what came of the meeting with your accountant?"))
                    .isEmpty();
        }
    }

    /** "How long were you stuck waiting?": a wait, in any words, is the time they were held. */
    @Nested
    class TheWait {
        private final Understanding leaving =
                of(fact("years", "seven"), fact("hold_time", "three hours"), fact("new_price", "$142"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "how long were u stuck waiting on the phone in the end",
                    "How long did you wait in the queue?",
                    "how long were you holding for?"
                })
        void isTheHoldTime(String line) {
            assertThat(asked(leaving, line)).as(line).containsExactly("hold_time");
        }

        @Test
        void howLongTheyHaveBeenACustomerIsNot() {
            assertThat(asked(leaving, "how long have you been with us?")).doesNotContain("hold_time");
        }
    }

    /** "What number have they put in front of you?": what another business offered is its price. */
    @Nested
    class WhatTheyWereQuoted {
        private final Understanding churn = of(
                fact("current_price", "$48,000 a year"),
                fact("new_price", "$56,640"),
                fact("competitor", "Rotaflow"),
                fact("competitor_price", "$39,000"));

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "That's fair. What number have they put in front of you?",
                    "how much have they quoted?",
                    "what figure did the other firm come in at?"
                })
        void isTheCompetitorsPrice(String line) {
            assertThat(asked(churn, line)).as(line).containsExactly("competitor_price");
        }

        @Test
        void whatTheyPayNowIsNot() {
            assertThat(asked(churn, "what are you paying at the moment?")).doesNotContain("competitor_price");
        }
    }

    /**
     * "Have you been in touch with Hollis?" after "I rang Hollis this morning": asking whether they did what they had
     * just said they did, or what they wrote after they quoted it, asks again.
     */
    @Nested
    class WhatTheyJustSaidTheyDid {
        private final Understanding none = of();

        private Content after(String theirs, String line) {
            Readings.Conversation talk = new Readings.Conversation(none);
            talk.counterpart(theirs);
            return talk.read(Side.LEARNER, line);
        }

        @Test
        void askingWhetherTheyDidItIsAReAsk() {
            assertThat(after(
                                    "I called Hollis this morning, they say they only took it once.",
                                    "Right. And have you contacted Hollis yet?")
                            .has(ActKind.REASK))
                    .isTrue();
            assertThat(after(
                                    "I restarted it, updated everything, even did a factory reset. Still crashes.",
                                    "ok, and have you tried resetting it at all?")
                            .has(ActKind.REASK))
                    .isTrue();
            assertThat(after("I wrote 'did you even test this?' on her PR.", "What did you actually write on the PR?")
                            .has(ActKind.REASK))
                    .isTrue();
        }

        @Test
        void askingWhatCameOfItIsNot() {
            assertThat(after(
                                    "I called Hollis this morning, they say they only took it once.",
                                    "You rang Hollis. What exactly did they tell you?")
                            .has(ActKind.REASK))
                    .isFalse();
            assertThat(after(
                                    "I restarted it, updated everything, even did a factory reset. Still crashes.",
                                    "Have you contacted the shop you bought it from?")
                            .has(ActKind.REASK))
                    .isFalse();
        }
    }
}
