package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.REACTIVE;

import dev.spar.analysis.PhraseBook.Builder;
import java.util.List;

/**
 * Lines with an edge in everyday words: snapping back at how one is being treated, and talking down by
 * teaching a grown-up what they know. Each rule covers a kind of language the fifth blind round found and the
 * others miss; the test split, which none of them was written from, keeps them honest.
 */
final class EdgePhrases {
    private EdgePhrases() {}

    /** Adds retorts: complaining of one's own treatment, fighting for the floor, turning it back on them. */
    static void retorts(List<Builder> b) {
        // "which isn't fair on me", "I'm being accused of lying", "I'd appreciate not being told off".
        b.add(PhraseBook.phrase(
                        "reactive.hard-done-by",
                        "(?:that's|that is|which is|which isn't|which is not|it's|it is|this is|that isn't|this isn't)"
                                + "(?: not| really| a bit| a little| pretty| quite| very| hardly| just| so| totally)*"
                                + " (?:unfair|not fair) (?:on|to) me|i(?:'m| am) (?:being|getting) (?:accused|blamed|told off"
                                + "|shouted at|yelled at|lectured|spoken to like|treated like|called a liar)|i(?:'d| would)"
                                + " appreciate (?:not being|it if you (?:didn't|did not|stopped|would stop|could stop)|you not)"
                                + "|(?:bite|biting|bit) my head off|jump(?:ing)? down my throat")
                .moves(Move.BOUNDARY)
                .problem(
                        REACTIVE,
                        "Let the heat pass and go back to the problem: \"I can hear this has gone badly. Let's look at"
                                + " what happened.\""));
        // "Can I actually get a sentence out?", "if you'd let me finish", "stop talking over me".
        b.add(PhraseBook.phrase(
                        "reactive.let-me-speak",
                        "can i (?:actually |just |even |please )?(?:get a (?:word|sentence) in(?: edgeways| edgewise)?|finish(?: (?:my|a)"
                                + " sentence)?|get a sentence out|speak|talk)(?=\\s*[?!])|if you(?:'d| would) (?:just )?(?:let me (?:finish"
                                + "|speak|talk|get to|explain|get a word in|get a sentence out|get a word out|get one word in)|stop (?:interrupting|jumping in|talking over me|cutting me off)"
                                + "|listen for (?:a|one) (?:second|minute|moment))|(?:stop|quit) (?:interrupting|talking over|cutting)"
                                + " (?:me|in)|let me finish(?=\\s*[!.]|$)")
                .moves(Move.BOUNDARY)
                .problem(
                        REACTIVE,
                        "Ask for the floor without the edge: \"Can I tell you what I found? Then I want your view.\""));
        // "you're the one turning this into a drama", "do you talk to everyone like this?", "since you know it all".
        b.add(PhraseBook.phrase(
                        "reactive.turned-back",
                        "you(?:'re| are) the one (?:who|that|turning|making|being|shouting|yelling|getting|raising|who's)"
                                + "|do you (?:talk|speak) to (?:everyone|everybody|people|all your [\\w-]+|your [\\w-]+) like (?:this|that)"
                                + "|i(?:'m| am) (?:being )?(?:perfectly|completely|totally|entirely) calm|scor(?:e|ing) points"
                                + "|since you (?:know it all|know everything|know best|know so much|seem to know)|feel free to (?:do it"
                                + " yourself|come (?:round|over|behind)|take over)")
                .moves(Move.BLAME)
                .problem(
                        REACTIVE,
                        "Take the heat out and keep your point: \"I hear that you're angry. Here's what I can do.\""));
        // An incredulous retort ("Seriously? You think I'd invent that?"), a dare to do their worst ("post what you
        // like"), a question about their asking at all ("why would you even ask me that?"), and their part thrown
        // back ("you didn't exactly give me much notice, did you?").
        b.add(PhraseBook.phrase(
                        "reactive.incredulous",
                        "^{lead}(?:seriously|unbelievable|are you (?:serious|kidding(?: me)?)|you're kidding(?: me)?)(?=\\s*[?!]+)"
                                + "|you (?:really |honestly |actually )?think i(?:'d| would) (?:make up|invent|lie about|fake|put on"
                                + "|exaggerate)|^{lead}(?:write|post|say|put|tell|do|think) what(?:ever)? you (?:like|want)(?=\\s*[.!]|$)"
                                + "|why would you (?:even )?(?:ask|say|suggest|think) (?:me )?(?:that|this|something like that)"
                                + "|you didn't exactly (?:give|leave|tell|warn|ask)\\b"
                                + "|(?:is|was) (?:that|this) (?:a|some kind of|some sort of|supposed to be a|meant to be a) threat\\b"
                                + "|\\bi (?:didn't|did not|don't|do not) (?:sign up|ask|agree|get paid|choose|come here|come in|take this job)\\b[^.!?]{0,60}? either(?=\\s*(?:[,.!?]|$|so\\b))"
                                + "|(?:so|which means) i think (?:we|i) (?:do|did|have|am|are|can)(?=\\s*[.!]|$)"
                                + "|i haven't (?:even |actually |actually even |even actually )?(?:said|done|started) anything yet"
                                + "|nobody(?:'s| is) (?:hoping|trying|hiding|lying|out to get|scamming|stealing|ripping)\\b")
                .moves(Move.BLAME)
                .problem(
                        REACTIVE,
                        "Answer the question under the sting: \"Fair to ask. It really is about Dad's treatment, and here's"
                                + " what that means for June.\""));
    }

    /**
     * Adds the retorts that hand their words back: "you might have mentioned it once or twice", "don't let me keep you,
     * then", "good luck with that", "getting worked up won't get your money back".
     */
    static void handingItBack(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "reactive.handing-it-back",
                        "(?:you|she|he|they) (?:might|may) have mentioned (?:it|that|this) (?:once or twice|a few times|a couple of"
                                + " times|before)|(?:well,? )?don't let me keep you(?: from (?:your |the )?[\\w' -]{1,30})?(?:,? then)?"
                                + "(?=\\s*[.!]|$)|good luck with that(?=\\s*[.!]|$)|(?:getting|being) (?:all )?(?:worked up|wound up"
                                + "|upset|angry|shirty|stroppy|arsey|emotional) (?:isn't|won't|is not|will not|doesn't|does not)"
                                + " (?:going to |gonna )?(?:help|get|make|change|speed|fix)")
                .moves(Move.BLAME)
                .problem(
                        REACTIVE,
                        "Let the dig go and answer what is under it: \"You did help us a lot, and I'm grateful. This is"
                                + " about the texts, not about that.\""));
    }

    /** Adds defending oneself: pleading one's own effort or record, and disowning words they were said to say. */
    static void selfDefence(List<Builder> b) {
        // "I'm doing my best here", "I'm typing as fast as I can", "I've been nothing but helpful", "give me a
        // chance", "a bit of credit wouldn't go amiss", "I'm not stalling", "I won't sit here and be insulted".
        b.add(PhraseBook.phrase(
                        "reactive.my-effort",
                        "i(?:'m| am) (?:doing|trying) my (?:very )?(?:best|hardest)(?= here|\\s*(?:[.!]|$)|, (?:ok|okay|alright|honestly))"
                                + "|i(?:'m| am) (?:typing|going|working|moving|doing this) as (?:fast|quick(?:ly)?) as i (?:possibly )?can"
                                + "|i(?:'ve| have) been (?:nothing but|perfectly|more than|really|very|pretty|extremely|incredibly|entirely)"
                                + " (?:helpful|reasonable|patient|polite|fair|nice|accommodating|understanding|civil)(?: (?:with|to) you)?"
                                + "|(?:give|cut) me (?:a chance|a break|some slack|a bit of slack)(?=\\s*[,.!]|$)"
                                + "|(?:a (?:bit|little) of |some )?(?:credit|thanks|appreciation|gratitude) (?:wouldn't go amiss|would be nice"
                                + "|wouldn't hurt|would go a long way)|give me (?:a (?:little|bit of) |some )?credit for"
                                + "|i(?:'m| am) not (?:wriggling|stalling|dodging|making (?:this|it|that|things|anything) up|being difficult"
                                + "|fobbing you off|the enemy|the bad guy|the villain|trying to (?:trick|fob|con|fool|cheat) you)"
                                + "|(?:won't|will not|not going to|'m not going to|am not going to) (?:just )?sit (?:here|there) and (?:be|get|take|listen)")
                .moves(Move.BOUNDARY)
                .problem(
                        REACTIVE,
                        "Leave your effort out of it and go back to theirs: \"You're right to push. Here's where it"
                                + " stands.\""));
        // "Don't put words in my mouth", "you twist everything I say", "that isn't what I said, and...".
        b.add(PhraseBook.phrase(
                        "reactive.words-in-my-mouth",
                        "(?:don't|do not|stop|quit) (?:put(?:ting)?|twist(?:ing)?) (?:words|things) (?:in|into) my mouth"
                                + "|(?:you|u) (?:always )?twist (?:everything|every word|what i say|what i said|my words)"
                                + "|(?:that's not|that is not|that isn't|that wasn't|that was not|that's never been) what i said(?=\\s*(?:!|,? and\\b|,? so\\b))"
                                + "|i(?:'m| am) the (?:only )?one (?:who(?:'s| is)?|that(?:'s)?) (?:actually |really |even )?(?:rang|called|phoned"
                                + "|trying|helping|bothered|doing|picked|turned up|here)"
                                + "|^(?:that's|that is|now that's|well that's|that's just) (?:not|hardly|really not|a bit)? ?(?:un)?fair[,!]\\s+"
                                + "i(?:'ve| have|'m| am)\\b")
                .moves(Move.BLAME)
                .problem(
                        REACTIVE,
                        "Let the correction wait and ask what they heard: \"I may have put that badly. What did it sound"
                                + " like to you?\""));
    }

    /** Adds talking down: a grown-up taught what they know, checked on like a child, given tips they did not ask for. */
    static void patronising(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "condescension.teaching-a-grown-up",
                        "can you (?:picture|imagine) that for me|(?:are you )?still with me(?=\\s*[?])|with me so far(?=\\s*[?])"
                                + "|(?:top|quick|little|friendly|handy|pro) tip|the golden rule|(?:that's|that is|it's|it is|this is|literally"
                                + "|basically|pure)(?: (?:just|really|basic|literally|kind of|sort of))? [\\w-]+(?: [\\w-]+)? 101(?![\\d,.])"
                                + "|have you (?:ever )?heard of (?:something called|the (?:concept|idea) of|a thing called)"
                                + "|we all (?:had|have) to learn|(?:take|have|breathe) (?:a )?(?:nice )?(?:big |deep )+breaths? for me"
                                + "|(?:as )?simple as i can (?:for you|make it)|once you think (?:of|about) it (?:that way|like that)"
                                + "|not a scary (?:word|thing)|nothing scary about"
                                // "I'll take it more slowly for you this time", "I did just go over that", "have you
                                // tried
                                // switching it off and on again?", "you'd be amazed how often", "that's rather the
                                // point".
                                + "|(?:i'll|let me|i will|i can|we'll) (?:go|take it|take this|say it|explain it|run through it|go through it"
                                + "|talk)(?: a bit| a little| nice and)? (?:more )?slow(?:ly|er)? (?:for you|this time)"
                                + "|i(?: did| have|'ve) (?:just |already )(?:go over|gone over|explain(?:ed)?|been over|been through|covered)"
                                + " (?:that|this|it)|(?:turning|switching|turn|switch) it (?:off and (?:back )?on|on and off) again"
                                + "|have you tried (?:turning|switching) it off|you'd be (?:amazed|surprised) how (?:often|many (?:people|customers"
                                + "|folks))|(?:rather|kind of|sort of|really|literally) the (?:whole )?point(?: of (?:having|it|a|the|this))?"
                                + "|the whole point of (?:having|a|the)|(?:the )?first rule of|rule number one"
                                // An ask or an idea patted on the head ("$115 an hour? that's cute.", "aw, bless").
                                + "|(?:that's|that is|how|aw+,? that's|oh,? that's|aw+,? how) (?:so |very |really |kind of )?(?:cute|adorable)"
                                + "(?=\\s*(?:$|[.!,?]))|bless (?:your|his|her) (?:heart|cotton socks)|(?:aw+|oh),? bless(?=\\s*(?:$|[.!,]))")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION, "Say it to an equal, once: \"Here's how it works,\" and leave out the lesson."));
    }
}
