package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LightReaderTests {

    @Nested
    class Jokes {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                haha fair enough                                   | haha
                At least it's not raining!                         | At least it's not raining
                lol ok                                             | lol
                Just kidding, I'll sort it.                        | Just kidding
                no pun intended                                    | no pun intended
                LMAO that's wild                                   | LMAO
                hehe sorry                                         | hehe
                Well, could be worse, could be raining.            | could be worse, could be raining
                Ha, good one.                                      | Ha
                """)
        void quotesTheJoke(String line, String quote) {
            assertThat(Readings.learner(line).first(ActKind.JOKE))
                    .hasValueSatisfying(act -> assertThat(act.quote()).isEqualTo(quote));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I hear you, that's no joke.",
                    "Holiday plans ruined, I understand.",
                    "It's raining at the depot so the vans are slow.",
                    "Hal from accounts will call you.",
                    "I'm not kidding myself, this is bad.",
                    "Solo traveller, right?",
                    "The lollipop lady saw the van.",
                    "That's a serious problem."
                })
        void seriousLinesAreNoJoke(String line) {
            assertThat(Readings.learner(line).has(ActKind.JOKE)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Perhaps the parcel just wanted an excuse to come back and see you.",
                    "The boiler needed an excuse to visit the engineer again, clearly.",
                    "That printer has a mind of its own, I swear."
                })
        void theBrokenThingGivenAPersonsWantsIsAJoke(String line) {
            assertThat(Readings.learner(line).has(ActKind.JOKE)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"The engineer missed you this morning, I'm sorry.", "Does it need a visit from us?"})
        void aMissedVisitIsNoJoke(String line) {
            assertThat(Readings.learner(line).has(ActKind.JOKE)).as(line).isFalse();
        }
    }

    @Nested
    class Tangents {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "did you catch the football last night?",
                    "how's the weather over there",
                    "Any plans for the weekend?",
                    "Random question, do you support a team?",
                    "Have you seen the new Bond film?",
                    "hows the weather where you are",
                    "Did you have a good weekend?",
                    "What are you having for lunch?",
                    "On another note, I love your accent.",
                    "how's your week been?",
                    "How's the new car?",
                    "Going anywhere nice this summer?",
                    "That reminds me, did I tell you about my cat?"
                })
        void smallTalkLeavesTheTopic(String line) {
            assertThat(Readings.learner(line).first(ActKind.TANGENT))
                    .hasValueSatisfying(act -> assertThat(act.quote()).isEqualTo(line));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Can I call you over the weekend?",
                    "I'll have it to you by the weekend.",
                    "What's the weather got to do with it?",
                    "How's the refund coming along?",
                    "Did you catch the order number on the invoice?",
                    "the match between the serial and the invoice is off",
                    "Is it still crashing?",
                    "When did it start crashing?",
                    "How's the new laptop holding up otherwise?"
                })
        void theConversationsOwnMatterIsNoTangent(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).isFalse();
        }

        /** A "btw" tacked on to a question about the matter is casual, not small talk; on anything else it is. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                whats the order number btw?          | false
                and the amount you paid, btw?        | false
                when did it start crashing btw?      | false
                did you see the match btw?           | true
                Nice trainers btw                    | true
                """)
        void aTrailingBtwTurnsAwayOnlyFromWhatIsNotTheMatter(String line, boolean tangent) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).as(line).isEqualTo(tangent);
        }

        @Test
        void smallTalkAboutWhatTheScenarioIsAboutIsNoTangent() {
            Understanding flight = Understanding.of(
                    Topics.of(List.of(), List.of("A flight cancelled because of the weather at the airport.")),
                    Meaning.NONE);

            Content content = flight.read(Side.LEARNER, "How's the weather over there now?", new ConversationMemory());

            assertThat(content.has(ActKind.TANGENT)).isFalse();
        }
    }

    /**
     * A wish or pleasantry about their day, week, weekend or health that is all a reply to them says is small
     * talk; a wish that their trouble eases, one said on the way to the matter, or one that opens the conversation
     * is not.
     */
    @Nested
    class Pleasantries {
        private static Content afterThem(String line) {
            Readings.Conversation conversation = new Readings.Conversation();
            conversation.counterpart("Two weeks I've waited for this refund and nobody has rung me back.");
            return conversation.learner(line);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Hope you're keeping well!",
                    "hi!! hope ur having a good day",
                    "Afternoon, hope the weekend was kind to you.",
                    "Hey there, hope life's treating you well \uD83D\uDE42",
                    "Good morning! Hope all is well with you and yours.",
                    "hope you had a lovely christmas",
                    "Hope your Tuesday is off to a good start!",
                    "Hi Jo, trust you're well.",
                    "hope youre doing good",
                    "Hello! I hope your day is going great so far.",
                    "Evening. Hope the family are all well?"
                })
        void aPleasantryThatDoesNothingElseIsSmallTalk(String line) {
            assertThat(afterThem(line).has(ActKind.TANGENT)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I hope the rest of your week is easier.",
                    "Hope you feel better soon.",
                    "Hi, hope you're well, I'm calling about the refund you asked for.",
                    "Good morning. I hope this gets sorted for you today.",
                    "I hope you're not out of pocket for long.",
                    "Good luck with the interview tomorrow!",
                    "Hope your day gets better from here, and I'll ring you at four with the answer."
                })
        void aWishForTheirTroubleOrAnOpenerToTheMatterIsNot(String line) {
            assertThat(afterThem(line).has(ActKind.TANGENT)).as(line).isFalse();
        }

        @Test
        void openingTheConversationWithOneIsManners() {
            assertThat(Readings.learner("Hi Sam, hope you're well!").has(ActKind.TANGENT))
                    .isFalse();
        }
    }

    /** Interest in their news, their trade or their things, beside the matter. */
    @Nested
    class InterestInTheirLife {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Congrats on the new job, by the way!",
                    "Have you been to that new Thai restaurant on the high street?",
                    "Ooh, my sister has the same coat in green.",
                    "Roofers must be flat out with all this rain.",
                    "random q, have you got any trips planned this summer?",
                    "I'm always on the hunt for a decent coffee round here.",
                    "Did you book a holiday in the end?"
                })
        void readsItAsATangent(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I had the same problem with mine last year, so I know how annoying it is.",
                    "Have you seen the email I sent this morning?",
                    "The courier must be flat out, but that's no excuse and I'll chase them.",
                    "Did you book the repair slot for Tuesday?",
                    "I'm always looking for a way to make this easier for you."
                })
        void leavesSharedTroubleAndTheMatterAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).as(line).isFalse();
        }
    }

    /** Making light of their trouble: the broken thing enjoying a rest, the mishap as a treat or a good story. */
    @Nested
    class JokesAtTheirTrouble {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "At least the car's getting a well-earned rest, eh?",
                    "look at it this way, the laptop's finally having a holiday",
                    "Think of it as a free detox from your phone.",
                    "at least you'll have a great story for the speech",
                    "Ah well, at least the parcel's seeing the world.",
                    "every cloud, you've had a few quiet evenings without the telly",
                    "Well, the boiler's clearly taking a long weekend"
                })
        void makingLightOfItIsAJoke(String line) {
            assertThat(Readings.learner(line).has(ActKind.JOKE)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "At least the car's safe at the garage now, and I'll ring you when it's ready.",
                    "The engineer needs a rest before the next job, so it'll be 3pm.",
                    "Think of it as a deposit rather than a fee: you get it back in May.",
                    "You've had a rotten week, and I'm sorry the car added to it.",
                    "The parcel has been round three depots, which is why it's late."
                })
        void plainFactsAboutTheTroubleAreNoJoke(String line) {
            assertThat(Readings.learner(line).has(ActKind.JOKE)).as(line).isFalse();
        }
    }

    /**
     * Asides of a kind that is never the matter (the weather, their weekend, a life event's excitement, the places
     * near them, their desk or kit, the speaker's own life, something else sold) leave it, even in a sentence that
     * names one of its topics; the same words about the matter do not.
     */
    @Nested
    class AsidesByKind {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Lovely weather for a drive today, isn't it?",
                    "I will in just a sec! lovely weather today isn't it, did you get out at all this weekend?",
                    "Ooh, moving house! I love a fresh start. Are you excited about the new place?",
                    "Oh, Alder Row! Is that near the new bakery? I've heard the cinnamon buns there are amazing.",
                    "Is that a new mechanical keyboard on your desk? It looks great.",
                    "Moving's the worst, isn't it? Do you have a good removals firm? I'm moving next month myself.",
                    "Oh nice, a bakery! Do you do sourdough? I've been trying to make my own starter.",
                    "hi, I'm Jo! how are the bakeries doing anyway, busy time of year for you?",
                    "Before I forget, would you like to join our newsletter? There's 10% off your next order.",
                    "By the way, we've got a customer webinar on rota automation next month, shall I send you an invite?",
                    "before that though, have you seen the teaser for our new shift-swap mobile app?"
                })
        void anAsideOfItsKindIsATangent(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).as(line).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The weather delayed the courier today, I'm sorry.",
                    "Is the laptop near you now?",
                    "I'll send you the returns label by email.",
                    "Would you like to join the call with our engineer?",
                    "Is that the new laptop you bought from us?",
                    "I've been trying to get the refund through all morning.",
                    "It's our busiest time for returns, but I'll get yours done today.",
                    "Do you have a receipt for the laptop?"
                })
        void theSameKindsOfWordsAboutTheMatterAreNot(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).as(line).isFalse();
        }
    }
}
