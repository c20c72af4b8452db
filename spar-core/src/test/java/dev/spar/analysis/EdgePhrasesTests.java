package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.REACTIVE;
import static dev.spar.analysis.Utterances.assertFlags;
import static dev.spar.analysis.Utterances.assertNotFlagged;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines with an edge ({@link EdgePhrases}): each kind is found in wordings written for this test, none from an
 * evaluation set, and the calm lines that share its words are left alone.
 */
class EdgePhrasesTests {

    @Nested
    class Retorts {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I've had your account open for two minutes and I'm getting blamed already, that's not fair on me.",
                    "Honestly it's a bit unfair to me to be shouted at over a courier's scan.",
                    "I'd appreciate not being told off for a call I didn't take.",
                    "There's no reason to bite my head off, I only asked for the reference.",
                    "can i actually finish a sentence?",
                    "If you'd stop cutting me off I could tell you what I found.",
                    "Please stop talking over me.",
                    "You're the one making this into a fight, Pat.",
                    "Do you speak to all your suppliers like this?",
                    "I'm being completely calm, thanks.",
                    "Since you know best, maybe you should run the depot."
                })
        void findsHeatAnsweredWithHeat(String line) {
            assertFlags(line, REACTIVE);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "That's not fair on you, and I'm sorry it happened.",
                    "It was unfair to you to be passed between three teams.",
                    "I'd appreciate it if you could send me the photo when you have a moment.",
                    "Can I finish checking the tracking and then call you back at 3?",
                    "You're the one who knows the garden best, so tell me what works for you.",
                    "Let me finish the refund now, then I'll explain the rest."
                })
        void leavesCalmLinesAlone(String line) {
            assertNotFlagged(line, REACTIVE);
        }
    }

    @Nested
    class DefendingOneself {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Look, I'm trying my hardest here.",
                    "I'm working as quickly as I possibly can.",
                    "I've been perfectly polite with you this whole call.",
                    "Cut me some slack, it's my second week.",
                    "A little appreciation would go a long way, to be honest.",
                    "I'm not dodging anything, I'm reading the notes.",
                    "I'm not going to sit here and be called a thief.",
                    "Stop twisting words into my mouth.",
                    "You twist every word I say.",
                    "That's not what I said, and you know it.",
                    "I'm the only one who bothered to call you back."
                })
        void isHeat(String line) {
            assertFlags(line, REACTIVE);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'll do my best to get you an answer by five.",
                    "I've been looking at your account while we talk.",
                    "Give me a minute and I'll pull it up.",
                    "I'm not able to change the date, but I can refund the fee.",
                    "That's fair, and I'll put it right.",
                    "That's not what I said earlier, sorry: the date is the 14th."
                })
        void leavesPlainTalkAlone(String line) {
            assertNotFlagged(line, REACTIVE);
        }
    }

    @Nested
    class TeachingAGrownUp {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "There's a little box that says 'returns'. Can you picture that for me?",
                    "Two debits, one reversal. Still with me?",
                    "Top tip: keep your receipts somewhere safe.",
                    "The golden rule with couriers is never to cut it fine.",
                    "Spending less than you earn, that's budgeting 101 really.",
                    "Have you heard of something called a boundary, Margaret?",
                    "I'll explain it as simple as I can for you.",
                    "OK, take a nice deep breath for me and start again.",
                    "'Pending' is not a scary word, it just means it's in progress.",
                    "Let me say it more slowly for you this time.",
                    "I've already been over that, but fine.",
                    "Have you tried switching it off and back on again?",
                    "You'd be amazed how many people forget to press save.",
                    "A deadline is kind of the whole point of a plan.",
                    "Rule number one of renting: read the contract.",
                    "Ninety pounds for a logo? That's adorable. No.",
                    "Aw, bless your heart, you really thought it would arrive Friday."
                })
        void findsTalkingDown(String line) {
            assertFlags(line, CONDESCENSION);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Can you send that for me when you're home?",
                    "Have you heard back from the tailor yet?",
                    "The golden retriever in the photo is lovely, by the way.",
                    "Take your time, there's no rush on my side.",
                    "I'll go slowly so you can write it down.",
                    "Could you switch the router off while I run the test?",
                    "The point of the call is to agree a date.",
                    "Your puppy in the photo is so cute!"
                })
        void leavesPlainTalkAlone(String line) {
            assertNotFlagged(line, CONDESCENSION);
        }
    }
}
