package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.scenario.ScenarioFixtures;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JabReaderTests {

    @Nested
    class FaultsDressedAsReflections {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Phones don't just die by themselves. Sounds like you dropped it in the bath.",
                    "I bet you spilt coffee on the keyboard.",
                    "Looks like you skipped the update we sent round.",
                    "You probably just overloaded the socket, to be honest.",
                    "Honestly, you pitched my pricing model to the board as yours.",
                    "That's you taking credit for our team's work again.",
                    "You went behind my back to the director.",
                    "You didn't once mention my name when the client praised the report."
                })
        void aGuessedFaultOrTakingWhatIsTheirsIsAnAccusation(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "It sounds like you dropped everything to deal with this.",
                    "So it sounds like you lost a week's work when it crashed.",
                    "It sounds like the update made it worse, and nobody called you back.",
                    "So you feel your redesign was presented as someone else's win.",
                    "I'll make sure your name is on the slides next time."
                })
        void sayingBackTheirTroubleIsNot(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).as(line).isFalse();
        }
    }

    @Nested
    class WorkPutDownAsAChilds {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Seriously, did a six-year-old design this logo?",
                    "My nephew could have drawn better than that.",
                    "It looks like a toddler scribbled it."
                })
        void isMockery(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Did your daughter enjoy the painting class?",
                    "Could a child follow these instructions, do you think?"
                })
        void aQuestionAboutAChildIsNot(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isFalse();
        }
    }

    @Nested
    class Accusations {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                You're being completely unreasonable.                 | You're being completely unreasonable
                you always do this                                    | you always do this
                well you always just turn up whenever you like        | you always just turn up
                you clearly didn't read the email                     | you clearly didn't read
                Honestly you are so dramatic about everything.        | you are so dramatic
                ur not even listening                                 | ur not even listening
                What is wrong with you?                               | What is wrong with you
                you never let me finish                               | you never let me
                You've been impossible to work with all year.         | You've been impossible to work with
                you're just trying it on                              | you're just trying it on
                you didn't even check, did you                        | you didn't even check
                You're just making excuses now.                       | You're just making excuses
                Can't you just do your job?                           | Can't you just do your job
                are you even listening                                | are you even listening
                I think you're just waving their quote around to squeeze a discount out of us. | you're just waving their quote around to squeeze a
                Honestly, I think you only care how it looks.         | you only care how
                You've had it six weeks. Bit of a try-on, isn't it?   | Bit of a try-on
                """)
        void quotesWhatTheyAreAccusedOf(String line, String quote) {
            assertThat(Readings.learner(line).first(ActKind.ACCUSE))
                    .hasValueSatisfying(act -> assertThat(act.quote()).isEqualTo(quote));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'm not saying you're being unreasonable.",
                    "You're right, and I'm sorry.",
                    "You're upset, and that makes sense.",
                    "you always pay on time, so that's not the issue",
                    "I don't think you're overreacting at all.",
                    "Your order is on its way.",
                    "You clearly care a lot about this.",
                    "You never got the email? Let me resend it."
                })
        void namingTheirFeelingsOrDenyingAFaultIsNoAccusation(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).isFalse();
        }
    }

    @Nested
    class VerdictsAndMotivesReadIntoThem {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Honestly it feels like you'd made up your mind before we even sat down.",
                    "You've already decided I'm the villain here.",
                    "you're just trying to guilt me into staying late",
                    "Seems like you lost interest after the first chapter.",
                    "You really can't help yourself, can you?",
                    "I think you're reading far too much into one email."
                })
        void readsAnAccusation(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You've decided to cancel, and I respect that.",
                    "Once you've made up your mind, tell me and I'll send the form.",
                    "You're trying to get the refund before Friday, right?",
                    "It looks like you got the email on the 3rd."
                })
        void leavesTheirDecisionsAndAimsAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).as(line).isFalse();
        }
    }

    @Nested
    class KindsOfAccusation {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    // A character named, in any register.
                    "Ur so careless with other people's money.",
                    "Frankly you're a dreadful landlord.",
                    "you are honestly so entitled",
                    "You're just greedy, Tom.",
                    "Honestly you're a cheapskate, always have been.",
                    "You're only complaining so you get something free.",
                    // The kind of person they are.
                    "You're the sort of person who loves a row.",
                    // A motive put on what they say.
                    "You're only saying that to get a refund.",
                    "people always say that to get money off"
                })
        void readsWhoTheyAreOrWhyTheyDoIt(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    // What they did or failed to do is blame, a category of its own.
                    "That's on you for booking without asking.",
                    "It's your own fault the fee went up.",
                    "If you'd answered the emails we wouldn't be here.",
                    "You should have checked the date first.",
                    "you never sent us the form",
                    "You just didn't read the second page.",
                    // Telling them how to feel is dismissal.
                    "ur overreacting, it's one late parcel"
                })
        void leavesWhatTheyDidToBlame(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).isFalse();
        }

        /** The semantic reading places many sentences near the accusation examples; only an accusation's shape counts. */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I can hear how let down you feel.",
                    "I think you're worried we'll drop you.",
                    "That one's on us, not you.",
                    "You mentioned the box was already damaged.",
                    "So you're saying nobody called you back?",
                    "You matter to us, truly.",
                    "You were quoted the wrong price by us.",
                    "I know you love the kids and you only want to help.",
                    "You just want what's best for Mia, I get that."
                })
        void similarityAloneIsNoAccusation(String line) {
            Meaning accusesEverything = sentence -> List.of(new MeaningMatch("accuse", 0.9, "you're impossible"));
            Understanding understanding = Understanding.of(ScenarioFixtures.refundCustomer(), accusesEverything);

            assertThat(understanding
                            .read(Side.LEARNER, line, new ConversationMemory())
                            .has(ActKind.ACCUSE))
                    .isFalse();
            assertThat(understanding
                            .read(Side.LEARNER, "You're the most exhausting person I know.", new ConversationMemory())
                            .has(ActKind.ACCUSE))
                    .isTrue();
        }
    }

    @Nested
    class Mockery {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Oh great, wonderful.                                  | Oh great, wonderful.
                wow, thanks so much for that                          | wow, thanks so much for that
                sure, because that worked so well last time           | sure, because that worked so well last time
                congrats, you broke it                                | congrats, you broke it
                thanks for your "help"                                | "help"
                great idea /s                                         | /s
                Yeah right.                                           | Yeah right
                How very helpful of you.                              | How very helpful of you
                Thanks for nothing.                                   | Thanks for nothing
                Right, because you know best.                         | Right, because you know best
                Always my budget that gets cut, funny that.           | funny that
                Oh brilliant, another expert who knows better.        | Oh brilliant, another expert who
                oh great, another form.                               | oh great, another form.
                How convenient.                                       | How convenient
                Well that's just perfect.                             | Well that's just perfect.
                Great, so now I have to wait another week.            | Great, so now
                Is that so hard?                                      | Is that so hard
                """)
        void quotesTheSarcasm(String line, String quote) {
            assertThat(Readings.learner(line).first(ActKind.MOCK))
                    .hasValueSatisfying(act -> assertThat(act.quote()).isEqualTo(quote));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Great, thanks, that's really helpful!",
                    "Oh great, that's perfect, thank you so much.",
                    "Thanks so much for that.",
                    "Congrats on the new job!",
                    "The form says \"urgent\" on it.",
                    "you said \"Friday\" last time",
                    "Sure, I can do that.",
                    "That worked well, thanks.",
                    "Because you asked, I checked twice.",
                    "That's funny, I had the same thing last year.",
                    "The tracking said 'out for delivery', then 'exception'.",
                    "It's listed under 'one-off charges' on the bill.",
                    "How convenient is the Tuesday slot for you?",
                    "That's just great news, thank you!",
                    "Great, another order on its way to you."
                })
        void sincereThanksOrAQuotationIsNoMockery(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).isFalse();
        }
    }

    @Nested
    class KindsOfMockery {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    // The impossible feat, in mock obedience.
                    "Sure, I'll just pull a technician out of thin air.",
                    "right, let me wave my magic wand then",
                    "and I'll iron your shirts while I'm at it",
                    "Sure, and I'll fly the parcel over personally, shall I.",
                    // A mocking "because" after mock agreement.
                    "Oh of course, because the rules don't apply to you.",
                    // Mock enthusiasm for a burden.
                    "Bank holidays are my favourite time to answer emails.",
                    // Mock thanks with the praise tacked on.
                    "cheers for that, super helpful",
                    // Mock confession of an absurd scheme.
                    "Yep, we're running a secret refund-dodging racket.",
                    // Agreement that cites the failures before.
                    "Oh sure, just like last time.",
                    // Mock praise of how much they matter.
                    "We'd never cope without you, obviously.",
                    // Mock understanding of their excuse.
                    "Far too important to answer the phone, apparently.",
                    // Luck they will not have.
                    "good luck getting a better deal anywhere else"
                })
        void readsTheKind(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Thanks, that was really helpful.",
                    "Of course, because it's under warranty the repair is free.",
                    "My favourite part of the job is sorting things like this.",
                    "I'm sure the team is very busy, so I'll chase them myself at two.",
                    "Good luck with the wedding on Saturday!",
                    "I honestly don't know what we'd do without you on this team."
                })
        void leavesTheSincereAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).isFalse();
        }
    }

    /**
     * Who they are, said as what they seem like, what they have always done to the speaker, or the kind of person
     * they are; their feelings, or one thing they did, are not.
     */
    @Nested
    class WhoTheyAre {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You sound like someone who just wants a freebie.",
                    "you come across as the type who enjoys a row",
                    "That's just the sort of person you are.",
                    "This is you all over, always the victim.",
                    "You've always cared more about the money than about me.",
                    "You've never respected my time, not once.",
                    "you've been looking for an excuse to fire me for months",
                    "It's about you being a bully, plain and simple.",
                    // Turning it round on them, and knowing concealment.
                    "You lost the form yourself and now you're blaming me.",
                    "and ur trying to pin it on us",
                    "You knew the boiler was on its way out and just kept quiet till the warranty ended.",
                    "you knew full well what the fee was"
                })
        void readsWhoTheyAreAsAnAccusation(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You sound like someone who's had a really rough week.",
                    "You've never had to deal with this before, I know.",
                    "You've been looking for the invoice for an hour, let me help.",
                    "You seem like the type who likes to plan ahead, so here's the timeline.",
                    "This is you all sorted, the refund's gone through.",
                    "I'm not saying you're blaming me, I just want to explain.",
                    "You knew the date was moving and told me straight away, thank you.",
                    "You know full well how to reach me if it happens again."
                })
        void leavesTheirFeelingsAndTheirDayAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).as(line).isFalse();
        }
    }

    /**
     * An ironic positive: a forecast or wish of success for what will fail, mock surprise at a failing ("who'd
     * have thought"), and the type put down with mock wonder ("a plumber who can't fix a tap").
     */
    @Nested
    class IronicPositives {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Oh I'm sure that'll work out wonderfully for you.",
                    "no doubt that'll go swimmingly",
                    "Yeah, what could possibly go wrong.",
                    "good luck getting the landlord to answer on a Sunday lol",
                    "Best of luck getting anyone at head office to call you back.",
                    "A manager who doesn't check the rota, who'd have thought.",
                    "Wow, a landlord who ignores emails, who knew \uD83D\uDE44",
                    "Oh look, a customer who didn't read the terms. Shocker.",
                    "Well well, a courier that turns up late, fancy that.",
                    "surprise surprise, the cheque's in the post again",
                    "Switching to them? Well, that'll end well.",
                    "Ah yes, the legendary new system.",
                    "We're all eternally grateful for your patience, I'm sure.",
                    "You're clearly an expert in plumbing, so why ask me?",
                    "Fine, since apparently we're doing everything by post now."
                })
        void readsTheIronicPositiveAsMockery(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Good luck with the interview tomorrow!",
                    "I'm sure it'll go brilliantly, you've practised it loads.",
                    "Who'd have thought a form could cause this much grief, I'm so sorry.",
                    "Who knew the app had a dark mode? Thanks for showing me.",
                    "What could go wrong with the delivery is a missed scan, so I'll check that first.",
                    "Good luck getting settled into the new flat, shout if you need anything.",
                    "I'm sure he'll be a huge help, he knows the system inside out.",
                    "A plumber who can come out on Sunday is hard to find, so I've booked one for Monday.",
                    "I'd be eternally grateful if you could send the photos.",
                    "You're clearly upset, and I'd be too.",
                    "The new system apparently sends the code by text now."
                })
        void leavesSincereWishesAndRuefulSurpriseAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isFalse();
        }
    }

    /** A cheer that opens on "another one" or "here we go again" greets their trouble as one more of many. */
    @Nested
    class AbsurdCausesAndPromisesHeardBefore {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Sure. I suppose the invoice just paid itself then.",
                    "Right, so the settings changed themselves.",
                    "'We'll fix it next sprint.' Where have I heard that before?",
                    "I've heard that one a hundred times, Dan.",
                    "Famous last words.",
                    "Great, glad we're both experts on mortgages now."
                })
        void readsTheMockery(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The update installed itself overnight, which is why the screen changed.",
                    "The problem sorted itself out by Tuesday.",
                    "I've heard that before from other customers, so let me check it properly.",
                    "Glad we're both on the same page about the dates."
                })
        void leavesPlainAccountsAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isFalse();
        }
    }

    @Nested
    class IronicCheers {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Oh great, another one.",
                    "Brilliant, another complaint.",
                    "Fantastic, here we go again.",
                    "wonderful, yet another delay",
                    "perfect, another customer who wants it yesterday"
                })
        void readsTheCheerAsMockery(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Great, another option is a full refund.",
                    "Perfect, another thing I can do is call the depot.",
                    "Brilliant, one more thing: your reference is RS-1.",
                    "Great, thanks, and another question: which card was it?"
                })
        void leavesAGladOneMoreAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isFalse();
        }
    }

    @Test
    void theCounterpartsJabsAreReadToo() {
        assertThat(Readings.counterpart("Oh brilliant. Just brilliant.").has(ActKind.MOCK))
                .isTrue();
        assertThat(Readings.counterpart("You people are useless.").has(ActKind.ACCUSE))
                .isTrue();
    }

    /** Jabs said in passing: thanks cut short, "classic", the one job, carelessness pinned on them. */
    @Nested
    class JabsInPassing {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "thanks, really helpful",
                    "Oh cheers, super helpful.",
                    "Classic.",
                    "classic. anyway",
                    "Typical!"
                })
        void mockThanksAndAGroanAreMockery(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Bit careless dropping your phone in a loading bay, wasn't it?",
                    "That was a little careless of you.",
                    "literally the one job an admin has",
                    "You had one job."
                })
        void carelessnessAndTheOneJobAreAccusations(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Thank you Maureen, that's really helpful.",
                    "Thanks, that's really helpful, I'll note the number down.",
                    "Thanks, really helpful to know the order number.",
                    "That's a classic fault with this model, I'm afraid.",
                    "It's typical for the depot to be slow in December.",
                    "Careless packing at our warehouse damaged it, and that's on us.",
                    "The one job I can do today is get this booked in."
                })
        void sincereThanksAndPlainFactsAreNot(String line) {
            Content content = Readings.learner(line);
            assertThat(content.has(ActKind.MOCK) || content.has(ActKind.ACCUSE))
                    .as(line)
                    .isFalse();
        }
    }
}
