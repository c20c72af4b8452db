package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.CANNED_EMPATHY;
import static dev.spar.analysis.FindingCategory.CLEAR_LIMIT;
import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.DISMISSAL;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;
import static dev.spar.analysis.FindingCategory.NEXT_STEP;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;
import static dev.spar.analysis.FindingCategory.REACTIVE;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and shapes {@link Reading} reads by, as data: thresholds, move sets and the patterns of
 * reflections, feelings, stories, reported speech and plans. The logic that uses them stays in Reading.
 */
final class ReadingWords {
    private ReadingWords() {}

    /** An utterance longer than this many words, all explanation, is over-explaining. */
    static final int EXPLANATION_WORDS = 70;

    /** This many justification clauses in one turn is over-explaining, however short. */
    static final int JUSTIFICATIONS = 3;

    /**
     * A bare "sorry" tagged on after what the speaker asked or said ("could we do 80 then? sorry", "I'm not sure,
     * sorry"): it apologises for their own position, so one is already too many.
     */
    static final Pattern TRAILING_SORRY = PhraseBook.compile("[\\w'][,.?!]*[,.?!] ?(?:sorry|soz|sry)\\W*$", true);

    /**
     * What makes a tagged-on "sorry" apologise for the speaker's own ask ("could you do 70 then? sorry", "I'd rather
     * not travel that week, sorry"), not for bad news they had to give ("that colour isn't coming back, sorry").
     */
    static final Pattern OWN_ASK = PhraseBook.compile(
            "\\?|\\b(?:could|can|would|will) (?:you|u|we|i)\\b|\\bi'?d (?:rather|prefer|like|love)\\b|\\bi (?:need|want|was"
                    + " hoping)\\b|\\bplease\\b|\\b(?:maybe|perhaps)\\b",
            true);

    /** An over-apology quote longer than this is cut down to the last apology. */
    static final int APOLOGY_QUOTE_CHARS = 160;

    /** The categories a phrase only proposes; the utterance or the conversation decides. */
    static final Set<FindingCategory> DECIDED_LATER =
            EnumSet.of(POLICY_FIRST, CANNED_EMPATHY, NEXT_STEP, CLEAR_LIMIT, FindingCategory.PARAPHRASE);

    /** The moves that understanding came before a policy line. */
    static final Set<Move> UNDERSTANDING = EnumSet.of(Move.ACKNOWLEDGE, Move.EMPATHISE, Move.PARAPHRASE);

    /** The moves that make a stock empathy line more than a stock line. */
    static final Set<Move> SUBSTANCE = EnumSet.of(
            Move.ACKNOWLEDGE,
            Move.EMPATHISE,
            Move.PARAPHRASE,
            Move.OPEN_QUESTION,
            Move.CLOSED_QUESTION,
            Move.VERIFY,
            Move.EXPLAIN,
            Move.OFFER_OPTION,
            Move.NEXT_STEP,
            Move.PROMISE,
            Move.CLOSING_CHECK);

    /**
     * Reactive phrases that are a boundary, not heat, when the same turn offers a way back to the problem ("I won't
     * be spoken to like that. I do want to fix your car, so let's keep it about the car").
     */
    static final Set<String> TONE_BOUNDARIES = Set.of("reactive.wont-be-spoken-to");

    /** The moves that offer that way back. */
    static final Set<Move> WAY_BACK = EnumSet.of(Move.OFFER_OPTION, Move.NEXT_STEP, Move.BOUNDARY);

    /** Problems in a sentence that make its question an accusation rather than an invitation. */
    static final Set<FindingCategory> HOSTILE =
            EnumSet.of(BLAME, JUDGEMENTAL_FRAMING, CONDESCENSION, REACTIVE, DISMISSAL);

    static final Pattern REPORTED_SPEECH = PhraseBook.compile(
            "(?:you|they|he|she|someone|somebody|my colleague|we|it|the (?:[\\w-]+ )?(?:agent|rep|representative|person"
                    + "|driver|courier|team|manager|colleague|store|website|site|email|app|tracking))(?:'ve been| have been)?"
                    + " (?:said|told you|were told|was told|told|mentioned|wrote|promised|claimed|says|suggested|heard|quoted)"
                    + "[^.!?]{0,60}$",
            false);

    /** The fewest words after the opening fillers that can say back what someone said. */
    static final int MIN_REFLECTION_WORDS = 3;

    /**
     * The most words a question after a statement can have and still only check it ("is that right?", "isn't
     * it?"); a longer one asks a question of its own ("..., do you see any risks in it?").
     */
    static final int CHECK_WORDS = 3;

    /** Moves that make a sentence do something other than say back what they said. */
    static final Set<Move> NOT_A_REFLECTION = EnumSet.of(
            Move.GREET,
            Move.VERIFY,
            Move.EMPATHISE,
            Move.AFFIRM,
            Move.SELF_DISCLOSE,
            Move.CITE_POLICY,
            Move.OFFER_OPTION,
            Move.ADVISE,
            Move.STATE_NEED,
            Move.STATE_LIMIT,
            Move.NEXT_STEP,
            Move.PROMISE,
            Move.BOUNDARY,
            Move.CLOSING_CHECK,
            Move.BLAME,
            Move.DISMISS,
            Move.CONDESCEND,
            Move.CONCEDE);

    /** The fewest words after the opening fillers that can tell a story of one's own. */
    static final int MIN_STORY_WORDS = 4;

    /**
     * Moves that make a sentence about the speaker do something other than share their experience: whatever
     * keeps a sentence from being a reflection except empathy ("I understand, I was laid off too" shares one).
     */
    static final Set<Move> NOT_A_STORY = notAStory();

    static Set<Move> notAStory() {
        Set<Move> moves = EnumSet.copyOf(NOT_A_REFLECTION);
        moves.remove(Move.EMPATHISE);
        return moves;
    }

    /** The fewest words after the opening fillers that can state something general. */
    static final int MIN_GENERAL_WORDS = 5;

    /** What makes a statement general: people at large, how often, how common, what research says. */
    static final Pattern GENERAL = PhraseBook.compile(
            "(?:people|everyone|everybody|nobody|no one|many|most|a lot of|lots of|others|research|studies|study|experts"
                    + "|doctors|therapists|scientists|usually|often|tends? to|common|normal|natural|sometimes|always|can be"
                    + "|is called|are called|known as|there (?:are|is)|it is|it's|is a|are a)",
            false);

    /** Moves that already carry the feeling in a sentence, or do something else with it. */
    static final Set<Move> NOT_A_FEELING = EnumSet.of(
            Move.EMPATHISE,
            Move.ACKNOWLEDGE,
            Move.AFFIRM,
            Move.ADVISE,
            Move.OFFER_OPTION,
            Move.NEXT_STEP,
            Move.PROMISE,
            Move.CITE_POLICY,
            Move.BLAME,
            Move.DISMISS,
            Move.CONDESCEND,
            Move.SELF_DISCLOSE);

    static final String FEELING_NAME = "(?:feel|feels|feeling|felt|feelings|emotions?|sad|sadness|lonely|alone"
            + "|hurt|hurts|hurting|pain|painful|scared|afraid|fear|frightened|overwhelm\\w*|depress\\w*|anxious|anxiety"
            + "|stress\\w*|hopeless|helpless|betrayed|heartbr\\w*|devastat\\w*|isolat\\w*|exhaust\\w*|tired|frustrat\\w*"
            + "|angry|anger|mad|upset\\w*|worr\\w*|nervous|ashamed|guilt\\w*|embarrass\\w*|disappoint\\w*|confus\\w*"
            + "|lost|stuck|trapped|torn|hard|difficult|tough|rough|awful|terrible|horrible|sucks|unfair|scary|grief"
            + "|griev\\w*|concern\\w*|distress\\w*|miserable|bother\\w*|challenging)";

    /** A feeling, or how hard something is, named in a sentence about them. */
    static final Pattern NAMED_FEELING = PhraseBook.compile(FEELING_NAME, false);

    /**
     * A feeling said as what may happen to them, or to anyone under a condition ("junk food can make you sad",
     * "if you feel low, walk"): a claim or a tip about feelings, not their feeling taken in.
     */
    static final Pattern FEELING_AS_CLAIM = PhraseBook.compile(
            "^{lead}(?:if|when|whenever|once|unless) |\\b(?:can|could|may|might|will|would|which|that) (?:make|makes|leave"
                    + "|cause|help) you\\b",
            true);

    /**
     * A clause that forecasts or gives a view of what should be ("that way you won't feel rushed", "a coach should
     * notice anything that feeds your stress", "write down how you feel"): a feeling named in it is a claim or a
     * tip about feelings, not their feeling taken in. Only the clause the feeling is in counts: "that would be
     * nice, but I worry about you" still worries for them.
     */
    static final Pattern VIEW_CLAUSE = PhraseBook.compile(
            "\\b(?:should|shouldn't|should not|will|won't|will not|would|wouldn't|would not|going to|is what|that way"
                    + "|whatever you|how you feel|what you feel)\\b",
            true);

    /** Where a clause ends within a sentence: a comma, semicolon or colon, or a "but". */
    static final Pattern CLAUSE_END = Pattern.compile("[,;:]|\\bbut\\b");

    /** "That is so hard", "it must be frightening": how hard it is, said of their situation. */
    static final Pattern HOW_HARD_IT_IS = PhraseBook.compile(
            "(?:(?:it|that|this|which)(?:'s| is| was| must be| must have been| can be| could be| sounds| seems| would be)"
                    + "|(?:(?:it|that) )?sounds like)"
                    + "(?: (?:so|really|very|quite|pretty|incredibly|extremely|such a|a|an|just|truly|definitely)){0,2} "
                    + FEELING_NAME,
            false);

    /** How hard something is: "it's so hard", "that sucks", "this must be awful". */
    static final Pattern HARDSHIP = PhraseBook.compile(
            "(it|its|that|thats|this)(?:'s| is| was|'s been| has been| sounds| must be| must have been| can be| would be"
                    + "| feels| gets)?(?: (?:so|really|very|quite|pretty|incredibly|extremely|just|truly|such a|a|an|super"
                    + "|kinda|kind of|fucking|honestly|definitely)){0,2} (?:hard|difficult|tough|rough|awful|terrible"
                    + "|horrible|sucks|stinks|hurts|painful|sad|scary|unfair|shitty|crappy|brutal|heartbreaking|devastating"
                    + "|exhausting|frustrating|depressing|lonely|miserable|stressful|overwhelming|inconvenient)",
            false);

    /**
     * The speaker's own life before a phrase ("taking my life one day at a time"), where "I" would more likely
     * give the speaker's view of them ("I think that's a great idea").
     */
    static final Set<String> OWN_LIFE = Set.of("my", "mine", "myself");

    /** The speaker alone, not "we" that may take them in. */
    static final Set<String> OWN = Set.of("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself");

    /** Words of the speaker that only address them, vouch or give a view: "my friend", "trust me", "I think". */
    static final Pattern ASIDE = Pattern.compile(
            "\\bmy (?:friend|dude|man|love|dear|brother|bro|sister|sis|buddy|pal|guy|girl)\\b|\\btrust me\\b"
                    + "|\\bi (?:promise|swear|assure you|think|believe|know|hope|heard|guess|bet|mean|would|'d)\\b|\\bi'd\\b");

    /** What makes "sorry" own something: "sorry for the delay", "sorry, I missed that", "sorry if I...". */
    static final Pattern OWNED_APOLOGY = PhraseBook.compile(
            "\\W*(?:for|about|if|that i|i|we|to (?:keep|make|bother|interrupt|ask)|my|our|but i|,? but we)\\b", true);

    /** A sentence that opens with people at large or what exists for them, even when it then turns to them. */
    static final Pattern GENERAL_OPENING = PhraseBook.compile(
            "(?:(?:many|most|some|a lot of|lots of|plenty of) (?:people|folks|others|students|parents|adults)|people (?:often"
                    + "|usually|tend|who|with|in)|everyone|everybody|research|studies|experts|doctors|therapists"
                    + "|there (?:are|is) (?:a lot of|many|plenty of|lots of|some|several|also|free|various|numerous|online"
                    + "|local|other|support|groups|programs|resources|organi[sz]ations|places|apps|websites|sites|services"
                    + "|counsel+ors|therapists|hotlines|helplines|charities))",
            false);

    /** Openings of a reflection: "it sounds like", "you're saying", "on the one hand". */
    static final Pattern REFLECTIVE_OPENER = PhraseBook.compile(
            "(?:(?:it )?(?:almost |kind of |sort of )?sounds (?:like|as (?:if|though))(?! (?:a|an|such) )"
                    + "|it seems(?: like| that| as if| as though)?(?! (?:a|an|such) )|seems like(?! (?:a|an|such) )|you seem"
                    + "|you sound|it looks like you|looks like you|i hear (?:you|that you)|i'm hearing"
                    + "|what i'm hearing|what i hear|you're saying|you said|you mentioned|you were saying|you told me"
                    + "|you(?:'re| are) telling me|in other words|on (?:the )?one hand|on the other hand|i can see (?:that )?you"
                    + "|i get the sense|i sense|i'm getting the sense|if i understand|it feels like|feels like|part of you"
                    + "|a part of you|for you,|you feel|you felt|you're feeling|you've been feeling|you think|you believe"
                    + "|you know that|you've noticed|you noticed|you realise|you realize|you want|you'd like|you wish"
                    + "|you're not sure|you don't know|you're wondering|you're worried|you're concerned|you're hoping"
                    + "|i get the (?:feeling|sense|impression)|i have (?:a|the) (?:feeling|sense)|i'm guessing|my guess is"
                    + "|i imagine (?:you|that)|i bet you|maybe you|perhaps you|so for you|for you,? it|what you're"
                    + "|what you want|what matters to you|the way you see it)\\b",
            true);

    /**
     * "We can look at it next week", "I'd like to check back with you", "Let me check the order": what the speaker
     * means to do, which is their plan, not the other person's story said back. Not "I can see", "I'd imagine":
     * those read them.
     */
    static final Pattern OUR_PLAN = Pattern.compile(
            "\\b(?:(?:we|i)(?:'ll| will| can| could| would|'d| might| need| are going to|'re going to|'m going to"
                    + "|'re gonna|'m gonna| want to| wanna| have to)|let me|let's)\\b(?! (?:only |just )?(?:see|tell|hear|imagine"
                    + "|understand|sense|guess|think|say|bet|get)\\b)");

    /** How many words a turn that only finishes their thought has, at least and at most. */
    static final int COMPLETION_MIN_WORDS = 3;

    static final int COMPLETION_MAX_WORDS = 12;

    /**
     * A sentence of its own, with its own subject and verb ("The part is back-ordered.", "It ships on Monday."):
     * news or an answer, not the rest of their sentence.
     */
    static final Pattern OWN_CLAUSE = Pattern.compile(
            "^\\W*(?:(?:it|there|he|she|they)\\b(?!')|(?:the|this|that|these|those|you|your|his|her|their|its)\\b"
                    + "(?:\\W+\\w+){0,2}?\\W+(?:is|are|was|were|has|have|had|will|would|can|could|does|did|do|should"
                    + "|must|may|might|isn't|aren't|wasn't|weren't|hasn't|haven't|won't|can't|doesn't|didn't|don't|'s"
                    + "|'re)\\b)");

    /** Words that make a short turn the speaker's own, or a pleasantry, rather than their thought finished. */
    static final Pattern NOT_THEIR_THOUGHT = Pattern.compile(
            "\\b(?:i|i'm|i'd|i'll|i've|we|we're|we'll|we've|me|my|us|our|thank|thanks|bye|goodbye|welcome|meet|see you"
                    + "|take care|have a|inaudible|unintelligible|crosstalk)\\b");

    /** A statement this long that mentions them may be their story told back, if it is not news for them. */
    static final int STORY_WORDS = 8;

    /**
     * Deferring to their wishes ("only if you want", "if that's ok with you", "up to you"): a "you" that asks leave,
     * not one that says their story back.
     */
    static final Pattern DEFERRING = PhraseBook.compile(
            "(?:only |just )?if (?:you|u) (?:want|like|prefer|'d (?:like|prefer|rather)|would (?:like|prefer|rather)"
                    + "|don't mind|are ok|'re ok|are okay|'re okay|'re happy|are happy|agree)|if (?:that's|it's) (?:ok"
                    + "|okay|alright|all right|fine) (?:with|by|for) (?:you|u)|(?:up to|whatever suits|whatever works for)"
                    + " (?:you|u)",
            false);

    /** What will happen, or may: news for them rather than their story said back. */
    static final Pattern FUTURE = PhraseBook.compile(
            "'ll\\b|\\b(?:will|won't|going to|gonna|shall|should|by (?:monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday|tomorrow|tonight|the end of))\\b",
            true);

    /** A sentence that tells them what to do, or what will happen to them, is not a reflection. */
    static final Pattern DIRECTIVE = PhraseBook.compile(
            "you (?:should|need to|have to|must|might want to|could try|can try|may want to|'ll need|will need|'ll get"
                    + "|will get|will receive|'ll receive|can call|can use|can go|can take|could take|could call|'ll have to"
                    + "|will have to|got to|gotta|ought to|'re welcome|are welcome)\\b|thank you|thanks",
            false);

    /**
     * Words that report what they, or someone, think or said: advice inside such a clause is theirs, told back
     * ("you feel you could cut down", "you mentioned you have to sit the exam", "he said it would help you").
     */
    static final Pattern REPORTED = PhraseBook.compile(
            "(?<!(?:do|did|does|if|when|whether|how|what|where|unless|once|until)\\s)(?:you|he|she|they|your (?:doctor|wife|husband|partner|mom|mum|dad|boss|friends?|family|parents))"
                    + "(?: (?:just|also|really|already|kind of|sort of))? (?:feel|felt|feel like|felt like|think|thought"
                    + "|said|say|mentioned|told me|told you|believe|know|knew|wish|hope|were saying|are saying|decided"
                    + "|realized|realised|found|figured|were told|was told|guess|see)",
            false);

    /** A break between the report and what follows, after which the speaker's own words resume. */
    static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;:]|[,.]\\s*(?:so|but|and then|then|maybe|(?:have|has|do|did|can|could|would|will|are|is) you)\\b"
                    + "|\\bso (?:you|maybe|perhaps)\\b");

    static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9']*");

    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "that", "this", "these", "those", "it",
            "its", "it's", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have",
            "has", "had", "i", "i'm", "i've", "i'll", "i'd", "me", "my", "mine", "you", "you're", "you've", "you'll",
            "your", "yours", "we", "we're", "we've", "we'll", "us", "our", "they", "they're", "them", "their", "he",
            "she", "him", "her", "his", "to", "of", "in", "on", "at", "for", "with", "about", "from", "by", "as",
            "into", "up", "out", "off", "over", "just", "really", "very", "not", "no", "yes", "can", "could", "will",
            "would", "should", "shall", "may", "might", "must", "can't", "don't", "didn't", "doesn't", "isn't",
            "aren't", "wasn't", "won't", "what", "which", "who", "when", "where", "why", "how", "all", "any", "some",
            "there", "there's", "here", "now", "still", "also", "too", "only", "even", "get", "got", "going", "okay",
            "ok", "right", "well", "like", "say", "said", "saying", "sure", "thing", "things", "one", "that's",
            "what's", "let", "let's", "know", "think", "want", "need", "make", "see", "hear", "tell", "told");
}
