package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each family reads kinds of language, not stock phrases: lines in forms no word list names one by one. */
class KindsOfLanguageTests {

    @Nested
    class BlamingOthers {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The night team sent it out late, so it missed the van.",
                    "Priya shouldn't have promised you a callback.",
                    "The error was made on the billing side, I'm afraid.",
                    "If the supplier had shipped on time we wouldn't be here.",
                    "Sorry, the portal won't let me change the date.",
                    "The couriers round here are notorious for it.",
                    "That's the fulfilment team's call, not mine.",
                    "Ops set the new prices. Not much I can do about it."
                })
        void readsTheKind(String line) {
            assertThat(Readings.learner(line).has(ActKind.BLAME_OTHERS)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The courier lost the label, that's on us to fix and I'm on it.",
                    "It should have been checked on Monday, and it wasn't.",
                    "I should have called you back yesterday.",
                    "I'll ring the depot myself and call you back by two."
                })
        void leavesOwningItAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.BLAME_OTHERS)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    // A team named bare, with the habit of failing.
                    "returns team are always losing stuff tbh",
                    // Whoever they spoke to before.
                    "Whoever you talked to on the phone got that wrong, sorry.",
                    // Someone else's job.
                    "That's Kevin's job, not mine.",
                    // The party that does it now and then, pushed off oneself.
                    "The booking system does that from time to time, not something we did.",
                    // A separate team, and one's own narrow role.
                    "Refunds are a different department, I only answer the phones.",
                    // Siding with them against one's own side.
                    "Head office brought the fee in, I think it's daft too.",
                    // A person who was useless.
                    "The last manager was clueless, that's how it got this bad."
                })
        void readsMoreKinds(String line) {
            assertThat(Readings.learner(line).has(ActKind.BLAME_OTHERS)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The refund should have gone out on Monday, and I'm sorry it didn't.",
                    "That's the bank's decision, and I'll ring them with you now.",
                    "I just take your details and then I'll call you back myself.",
                    "Head office set the new prices in March, and here's what changed for you."
                })
        void leavesMoreNearMissesAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.BLAME_OTHERS)).isFalse();
        }
    }

    @Nested
    class GivingGround {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Honestly I don't want to be a pain about it.",
                    "The Friday date isn't set in stone.",
                    "Don't worry about the invoice for now.",
                    "Just pay when you can.",
                    "If it means that much to you, I'll do the extra shift.",
                    "I'll throw the logo in for free.",
                    "Maybe we could say ten grand instead?"
                })
        void readsTheKind(String line) {
            assertThat(Readings.learner(line).has(ActKind.GIVE_GROUND)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I can move the date if we keep the price.",
                    "I'll call you back whenever works for you.",
                    "Take your time finding the receipt."
                })
        void leavesATradeOrACourtesyAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.GIVE_GROUND)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    // Giving in by saying yes twice.
                    "fine fine, we'll knock the late fee off then",
                    "yeah yeah I'll cover the whole shift",
                    // A resigned yes handing over what they pushed for.
                    "Ugh, fine, I'll just lend you the car.",
                    "ok look, rules aside, we'll just waive the cancellation fee",
                    // Waving off what it costs oneself.
                    "I'll redo the logo, free of charge, no worries.",
                    // Pleading to keep them.
                    "I can match it, just please don't cancel.",
                    // Agreeing they are right and dropping one's own point.
                    "ur right, let's just skip the review this year",
                    "Fair point, I'll stick with the old rate.",
                    // Letting it go as not worth it.
                    "Honestly it's not worth the hassle, leave it as it is.",
                    // Talking oneself down.
                    "I'm probably just being picky about the colours.",
                    // Pointing them to the rival.
                    "You'd probably be better off with the other lot, to be fair.",
                    // Settling for less than one's own figure.
                    "even 3 grand would be ok really",
                    // Taking the request back in the same breath.
                    "Could you send it by Friday? Unless that's a hassle.",
                    // Dropping one's own point by name.
                    "Right, forget the deposit thing.",
                    // A bare smaller number, hedged.
                    "maybe I could do four, if that helps"
                })
        void readsMoreKindsOfGivingIn(String line) {
            assertThat(Readings.learner(line).has(ActKind.GIVE_GROUND)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Sure, I'll just check the tracking for you.",
                    "Sure, I'll just take your order number and pull it up.",
                    "Please don't go yet, I have one more option for you: a price lock.",
                    "Ok, I'll just pull up your account.",
                    "I'll book the re-check at no charge, and I'll call you at four.",
                    "You're right, I'll look into why the email went to the old address.",
                    "That's fair, and I'd be annoyed too.",
                    "Don't forget the receipt when you come in.",
                    "I can do two things today: refund the fee or send a new part.",
                    "Oh sure, I'll just fly to the depot myself, shall I?"
                })
        void leavesServiceAcknowledgementAndMockeryAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.GIVE_GROUND)).isFalse();
        }
    }

    @Nested
    class FalseHope {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The bank will almost certainly refund it.",
                    "He'll approve it for sure.",
                    "I'd say they'll release it by tonight.",
                    "It should be back up any minute now.",
                    "They usually do within a day or two.",
                    "Honestly the review is just a formality."
                })
        void readsTheKind(String line) {
            assertThat(Readings.learner(line).has(ActKind.FALSE_HOPE)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "It will be with you by Saturday, I promise.",
                    "I can't promise they'll approve it.",
                    "I will definitely call you by two.",
                    "They'll probably ask for the receipt."
                })
        void leavesPromisesAndHonestDoubtAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.FALSE_HOPE)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    // Staking one's word without grounds.
                    "It'll sail through, mark my words.",
                    "they'll say yes, i'd bet my house on it",
                    // A sure thing.
                    "Honestly the upgrade is in the bag.",
                    "That claim's as good as approved.",
                    // A forecast waved through with "don't worry".
                    "The money will land by Monday, don't you worry.",
                    // Nobody could refuse them.
                    "I can't see the landlord refusing a tenant like you.",
                    // Someone else will sort it all.
                    "My supervisor will definitely sort everything out."
                })
        void readsMoreKinds(String line) {
            assertThat(Readings.learner(line).has(ActKind.FALSE_HOPE)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I've issued the refund, so it'll be on your card by Friday, don't worry.",
                    "You'll smash the next draft in no time.",
                    "The fee was in the renewal email, as it always is.",
                    "I'm sure you understand why I need to check first.",
                    "I can see it's left the depot, so it'll be with you tomorrow."
                })
        void leavesGroundsAndEncouragementAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.FALSE_HOPE)).isFalse();
        }
    }

    @Nested
    class Jabs {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You're only complaining so you can get a discount.",
                    "You obviously just want something for nothing.",
                    "You must have ignored the reminder.",
                    "You never thank anyone.",
                    "You're acting like a spoilt teenager.",
                    "you're being pretty rude tbh"
                })
        void readsAnAccusation(String line) {
            assertThat(Readings.learner(line).has(ActKind.ACCUSE)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Shall I just build the whole site for free while I'm at it?",
                    "Oh, what a tragedy.",
                    "God forbid anyone reads the terms.",
                    "Yeah, because that's totally how refunds work.",
                    "Riiight.",
                    "Ah yes, the legendary next-day delivery."
                })
        void readsMockery(String line) {
            assertThat(Readings.learner(line).has(ActKind.MOCK)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "You must have lost a whole day's work, I'm sorry.",
                    "I know you didn't do it on purpose.",
                    "You always help us out, thank you.",
                    "By all means take your time.",
                    "Good luck with the wedding then!"
                })
        void leavesSympathyAndWarmthAlone(String line) {
            var content = Readings.learner(line);
            assertThat(content.has(ActKind.ACCUSE) || content.has(ActKind.MOCK)).isFalse();
        }
    }

    @Nested
    class Tangents {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "How old is he now?",
                    "Cool name, by the way.",
                    "Did you end up going to Spain?",
                    "Must be hectic this time of year.",
                    "Printers, am I right?",
                    "Speaking of cake, have you been to the new bakery?"
                })
        void readsTheKind(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Nice car is the one in the photo?", "Which order is it, the laptop?"})
        void leavesTheMatterAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    // Turning it to one's own things.
                    "Which bank are you with? I've been meaning to move mine.",
                    "Oh, my own's been playing up too.",
                    // Selling them something else.
                    "Quick one first, did you know about our latest broadband bundles?",
                    "Btw have you tried our new premium plan?",
                    // Admiring their way of doing things.
                    "A fax machine? How retro, I love it.",
                    // Echoing what they said to admire it, then asking about it.
                    "Ooh, Lisbon, lovely! Is that for work?",
                    "Oh nice, Cornwall! Do you go every year?",
                    // "By the way" before a question of its own.
                    "by the way are you still coming to the quiz on Thursday",
                    // Holidays asked after.
                    "How was Christmas, did you do anything nice?"
                })
        void readsMoreKinds(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Thanks, lovely. When can you bring it in?",
                    "Saturday, ok, that's tight. Let me check the depot.",
                    "Right, lovely, I'll note that down."
                })
        void leavesAcknowledgementAlone(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Oh sure, and I'll repaint your house while I'm at it, haha.",
                    "good luck finding a cheaper one lol"
                })
        void laughterInMockeryIsTheMockerysNotAJoke(String line) {
            Content content = Readings.learner(line);

            assertThat(content.has(ActKind.MOCK)).isTrue();
            assertThat(content.has(ActKind.JOKE)).isFalse();
        }
    }

    /** Lines written fresh for each kind, in other registers than the kinds' own tests. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
                GIVE_GROUND  | ok fine, you can have the refund, whatever
                GIVE_GROUND  | look if it's that important to you I'll skip the deposit
                GIVE_GROUND  | nvm, doesn't matter, I'll cover it
                GIVE_GROUND  | Honestly don't worry about paying me back.
                GIVE_GROUND  | I suppose I could drop it to 60, sorry
                GIVE_GROUND  | ur probably right, I'll leave it
                GIVE_GROUND  | fine, have it your way, I'll come to the stag
                GIVE_GROUND  | you know what, forget the raise, I'm just glad to have a job
                GIVE_GROUND  | I guess I'm asking for too much, sorry
                GIVE_GROUND  | Alright you win, I'll waive the fee.
                MOCK         | Oh wonderful, another delay, just what I needed.
                MOCK         | yeah cos that's totally my fault lol
                MOCK         | Brilliant, really, top marks for effort.
                MOCK         | Riiight, and the cheque's in the post.
                MOCK         | Sure, I'll get right on that, your majesty.
                MOCK         | wow ok, thanks for the essay
                MOCK         | Oh I'm so sorry our free service isn't good enough for you.
                ACCUSE       | You just like having someone to shout at.
                ACCUSE       | you're being so entitled right now
                ACCUSE       | You lie about this every time.
                ACCUSE       | You clearly didn't bother reading the contract.
                ACCUSE       | Ur a total nightmare to work with
                ACCUSE       | You're trying to guilt me into paying.
                TANGENT      | Oh you're in Leeds? My sister lives there!
                TANGENT      | Random but what phone do you have?
                TANGENT      | Is it cold up there today?
                TANGENT      | Did you watch the match on Sunday?
                BLAME_OTHERS | The lads in the warehouse messed up your order.
                BLAME_OTHERS | tech support should've sorted this weeks ago
                BLAME_OTHERS | Not my fault, the previous agent logged it wrong.
                BLAME_OTHERS | Our courier partner is a nightmare, honestly.
                BLAME_OTHERS | Finance are the ones who held it up.
                FALSE_HOPE   | It'll turn up, they always do.
                FALSE_HOPE   | No way they'll say no to that.
                FALSE_HOPE   | I'm confident it'll all be sorted by Monday.
                FALSE_HOPE   | Don't stress, these things sort themselves out.
                FALSE_HOPE   | He's bound to say yes.
                ACCUSE       | You're never happy with anything, are you.
                ACCUSE       | Typical you, always making it about yourself.
                MOCK         | Well aren't you a ray of sunshine.
                MOCK         | Nice of you to finally show up.
                GIVE_GROUND  | ok fair, forget the rise then
                GIVE_GROUND  | Ok, I won't push it, sorry.
                GIVE_GROUND  | i'll just eat the cost then
                BLAME_OTHERS | It's the bank that bounced it, not us.
                TANGENT      | Oh is that a dog I can hear? What breed?
            """)
    void readsFreshPhrasingsOfEachKind(ActKind kind, String line) {
        assertThat(Readings.learner(line).has(kind)).isTrue();
    }

    /** Good lines a coach would not flag, near the new kinds in their words. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sure, I'll just take your order number and pull it up.",
                "Ok ok, let me check that for you right now.",
                "You're right, that shouldn't have happened. I'll fix the address today.",
                "That's fair. I'll put the $35 refund through now and email you the reference.",
                "Fair enough, I'll send the revised quote by 5pm.",
                "Alright, I'll stay on the line with you until it's back up.",
                "I can waive the re-check fee, and I'll book you in for Thursday.",
                "No worries, take your time.",
                "I'm sure the warehouse can help, I'll call them with you on the line.",
                "The courier has it at the Riverside depot; I've raised a trace and I'll ring you by 3.",
                "I've processed the refund, it'll be on your card in 3 to 5 days.",
                "Thank you, that's really helpful.",
                "Of course, because you've been with us seven years I can offer the loyalty rate.",
                "Sure, just like we agreed on the phone, the move is free.",
                "Oh, the wedding, congratulations! When do you need the suit by?",
                "You're not overreacting, this is a real problem.",
                "You're always welcome to call me directly.",
                "That's our mistake, not yours, and I'm fixing it now.",
                "I'm not going to let this drop; I'll call you by Friday.",
                "I can do two, three at most, on the deadline.",
                "Let's not argue about who said what; I'll listen to the call recording.",
                "Lovely, thanks. When's best to call you back?",
                "The system should have sent you a reminder, and it didn't; that's on us.",
                "Billing set that charge, so I'll get them to reverse it while you're on the line.",
                "You lie awake worrying about it, I know. Let's fix the payroll first.",
                "Honestly, it's your call whether you want the repair or the refund; both are on the table.",
                "How are the kids taking it?",
                "Nice of you to call back so quickly, thank you.",
                "I won't push you for a decision today; take the weekend.",
                "It's the bank's letter you need, not ours, and I'll ask them for it now.",
            })
    void leavesGoodLinesNearTheKindsAlone(String line) {
        assertThat(Readings.learner(line).acts())
                .extracting(Act::kind)
                .doesNotContain(
                        ActKind.GIVE_GROUND,
                        ActKind.MOCK,
                        ActKind.ACCUSE,
                        ActKind.JOKE,
                        ActKind.TANGENT,
                        ActKind.REASK,
                        ActKind.BLAME_OTHERS,
                        ActKind.FALSE_HOPE);
    }
}
