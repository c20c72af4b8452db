package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.ACKNOWLEDGEMENT;
import static dev.spar.analysis.FindingCategory.EMPATHY;
import static dev.spar.analysis.FindingCategory.PARAPHRASE;

import dev.spar.analysis.Phrase.Extent;
import dev.spar.analysis.PhraseBook.Builder;
import java.util.List;

/**
 * The listening phrases, as data: greeting and verification, acknowledging the impact, neutral summaries,
 * feelings said back, and questions. {@link PhraseBook} compiles them, in the order it lists
 * the families.
 */
final class ListeningPhrases {
    private ListeningPhrases() {}

    /** Adds the opening of the guided checklist: greeting and verification. */
    static void greetingAndVerification(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "greet.hello",
                        "^{lead}(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|welcome)(?: there)?")
                .moves(Move.GREET));
        b.add(PhraseBook.phrase(
                        "greet.thanks-for-contacting",
                        "thanks? (?:you )?for (?:calling|contacting us|contacting|reaching out|getting in touch|coming in"
                                + "|your call|calling in|joining|holding)")
                .moves(Move.GREET));
        b.add(PhraseBook.phrase(
                        "greet.introduce",
                        "my name is|my name's|you're speaking (?:to|with)|you've reached|this is \\w+ (?:from|speaking)")
                .moves(Move.GREET));
        b.add(PhraseBook.phrase(
                        "greet.nice-to-meet", "nice to (?:meet|speak (?:to|with)|talk (?:to|with)|hear from) you")
                .moves(Move.GREET));
        // A pleasantry about their day, week or health is a courtesy, not their story said back; a wish that
        // their trouble eases ("I hope the rest of your week is easier") is left to the other readings.
        b.add(PhraseBook.phrase(
                        "greet.pleasantry",
                        "(?:i )?(?:hope|trust|hoping)(?: that)? (?:you're|you are|ur|u r|you've been|you have been|you're all|you"
                                + " all|you guys are) (?:keeping |doing |feeling )?(?:well|good|ok|okay|alright|fine|great)"
                                + "|(?:i )?(?:hope|hoping) (?:you're|you are|ur|u r) (?:having|enjoying) (?:a |an )?(?:good|nice|lovely"
                                + "|great|fab|decent|brilliant|wonderful|relaxing|restful|quiet) (?:one|day|week|weekend|morning|afternoon"
                                + "|evening|break|holiday|time)"
                                + "|(?:i )?hope (?:you|u) (?:had|have had|enjoyed) (?:a |an )?(?:good|nice|lovely|great|fab|decent"
                                + "|relaxing|restful|wonderful|fun|merry|happy) (?:one|day|week|weekend|holidays?|break|christmas|easter"
                                + "|summer|time|trip|evening|bank holiday|birthday)"
                                + "|(?:i )?hope (?:the|your|ur) (?:day|week|weekend|morning|afternoon|evening|monday|tuesday|wednesday"
                                + "|thursday|friday|holidays?|break|christmas|summer)(?:'s| is| has| was| has been|s)? (?:been |going"
                                + " |treating you |off to |started |starting )?(?:well|good|great|nicely|alright|ok|okay|kind(?: to"
                                + " you)?|kindly|lovely|nice|fine|a (?:good|great|nice) (?:one|start))"
                                + "|(?:i )?hope (?:life|everything|all|things|the family|the kids|your family)(?:'s| is| are)? (?:been"
                                + " |going |treating you )?(?:all )?(?:well|good|great|ok|okay|alright|fine|kind(?: to you)?)"
                                + "|hope this (?:message |email |note )?finds you well|how are you keeping")
                .moves(Move.GREET));
        b.add(PhraseBook.phrase("greet.how-can-i-help", "how (?:can|may) i help(?: you)?(?: today)?")
                .moves(Move.GREET));

        b.add(PhraseBook.phrase(
                        "verify.may-i-have",
                        "(?:can|could|may) (?:i|we) (?:please |just )?(?:have|get|take|grab|confirm|check|verify|ask for|ask you for)"
                                + " (?:your |the )?" + PhraseBook.DETAIL)
                .moves(Move.VERIFY)
                .extent(Extent.REST));
        b.add(PhraseBook.phrase(
                        "verify.could-you-confirm",
                        "(?:can|could|would) you (?:please |just )?(?:confirm|verify|give me|tell me|send me|provide|read out|read me"
                                + "|spell|share) (?:your |the |me your |me the )?" + PhraseBook.DETAIL)
                .moves(Move.VERIFY)
                .extent(Extent.REST));
        b.add(PhraseBook.phrase(
                        "verify.whats-your", "(?:what's|what was) (?:your|the) (?:[\\w-]+ )?" + PhraseBook.DETAIL)
                .moves(Move.VERIFY)
                .extent(Extent.REST));
        b.add(PhraseBook.phrase(
                        "verify.just-to-confirm",
                        "just to (?:confirm|verify|double-check|double check) (?:your|the|you're|that's|i have|i've got)"
                                + "|for (?:security|verification|data protection)(?: purposes| reasons)?"
                                + "|(?:i'll|i'd|i) (?:just )?need (?:to (?:verify|confirm|check) )?your "
                                + PhraseBook.DETAIL
                                + "|(?:let me|i need to) (?:just )?(?:verify|confirm) (?:your|who|a few|some) ")
                .moves(Move.VERIFY)
                .extent(Extent.REST));
    }

    /** Adds phrases that acknowledge the impact by naming what happened to them. */
    static void acknowledgement(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "acknowledge.real-inconvenience",
                        "(?:that's|this is|that has been|this has been|that's been|this must be|that must be|what an?|it's"
                                + "|it has been|it's been|that sounds like|it sounds like) (?:a |an |such a |such an )?(?:(?:real|huge|big"
                                + "|genuine|serious|massive|major|proper|awful|terrible|horrible|total|significant) )?"
                                + "(?:inconvenience|hassle|headache|setback|nuisance|pain|mess|blow|ordeal|lot to deal with|worry|nightmare"
                                // The cost named in money or in a knock ("that's a real hit for a small bakery").
                                + "|hit|knock|shock|strain|loss|kick in the teeth|lot of money|lot to lose|lot to carry)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase("acknowledge.i-hear", "i (?:can )?hear (?:how|that|what|you|the)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE)
                .unlessAfter("'re| (?:you're saying that we|you're claiming)"));
        b.add(PhraseBook.phrase(
                        "acknowledge.sounds-hard",
                        "(?:that|this|it)(?:'?s| is| was|'s been| has been| sounds| must be| must have been| must feel| would be"
                                + "| would have been) " + PhraseBook.INTENSIFIER + PhraseBook.FEELING)
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE)
                .unlessBefore("why $")
                .unlessAfter(" (?:to (?:say|tell|know|predict|judge|guess|answer)|for me)\\b"));
        b.add(PhraseBook.phrase(
                        "acknowledge.i-see-the-impact",
                        "i (?:can )?(?:completely |totally |really |fully )?(?:see|understand|appreciate|recognise|recognize"
                                + "|realise|realize|know) (?:(?:how|that|what) )?(?:much )?(?:[\\w']+ ){0,4}?(?:"
                                + PhraseBook.FEELING_WORDS
                                + "|important|matters|a problem|a hassle|an inconvenience|has (?:cost|delayed|disrupted|affected|held up)"
                                + "|delayed|disrupted|affected|cost you|set you back|left you|put you)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "acknowledge.why-it-matters",
                        "i (?:can )?(?:completely |totally |really |fully )?(?:see|understand|appreciate|know) (?:why|how much)"
                                + " (?:this|that|it) (?:matters|is important|means)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "acknowledge.what-they-went-through",
                        "you've (?:been (?:waiting|dealing with|going back and forth|without|chasing|left|stuck|put through|on hold"
                                + "|passed around)|had to (?:wait|chase|call|deal with|explain|repeat))")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|as|since|because) $"));
        b.add(PhraseBook.phrase(
                        "acknowledge.not-the-experience",
                        "not the (?:experience|service|standard) (?:we|i) (?:want|wanted|would want|aim|expect)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "acknowledge.cost-you",
                        "(?:this|that|it|the (?:delay|error|mistake|outage|problem|issue|mix-up|wait)) (?:has |must have |would have"
                                + " |will have )?(?:cost you|delayed your|disrupted your|ruined your|held up your|affected your"
                                + "|messed up your|thrown off your|left you without|set you back|put you in)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        // Saying the trouble came at the worst time for them names the impact: "this delay is the last thing you need".
        b.add(PhraseBook.phrase(
                        "acknowledge.worst-timing",
                        "(?:(?:is|was|'s) )?the (?:very )?last thing (?:you|u) (?:need|needed|want|wanted)(?: right now| this week)?"
                                + "|(?:the worst|awful|terrible|horrible|dreadful|rotten|such bad) (?:possible )?timing"
                                + "|at the worst (?:possible )?(?:time|moment)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "acknowledge.fair-question",
                        "(?:that's|it's) (?:a )?(?:completely |totally |perfectly |entirely )?(?:fair|understandable|reasonable"
                                + "|valid) (?:question|point|concern|ask|thing to ask|to ask|reaction|to be upset|to be frustrated)"
                                + "|you have every right to|you're right to (?:be|raise|flag|ask|call|expect|point)"
                                + "|i can tell (?:this|that|how|you)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
    }

    /** Adds neutral summaries: their problem said back so they can correct it. */
    static void summaries(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "paraphrase.main-issue",
                        "so (?:the|your) (?:main |real |bigger |key |core |biggest |underlying )?(?:issue|problem|concern|question"
                                + "|worry|complaint|point) (?:is|was|here is|seems to be)"
                                + "|it sounds like (?:the|your) (?:main |real |bigger |key |biggest )?(?:issue|problem|concern|worry)"
                                + "|(?:the|your) (?:main|real|bigger|key|biggest) (?:issue|problem|concern|worry) (?:is|was|seems to be)")
                .moves(Move.PARAPHRASE)
                .strength(PARAPHRASE)
                .extent(Extent.SENTENCE));
        b.add(PhraseBook.phrase(
                        "paraphrase.if-im-hearing-you",
                        "if i'm (?:hearing|understanding) you (?:right|correctly)|if i (?:understand|heard) (?:you |that |this )?(?:right"
                                + "|correctly)|let me make sure i (?:captured|understood|understand|have|got|heard) (?:that|this|it|you)"
                                + "|what i'm hearing is|so what you're (?:saying|telling me) is|you're saying(?: that)?|are you (?:saying|telling me)"
                                + " (?:that )?|(?:my|from my) understanding (?:is|was)|i'm hearing (?:that )?you|(?:so,? )?(?:just )?to (?:confirm"
                                + "|make sure i understand)(?:,| that)? you|just so i (?:make sure i )?understand|i hear you say(?:ing)?"
                                + "|i take it (?:that )?you"
                                + "|to (?:summari[sz]e|recap|sum up)|just to recap|let me (?:summari[sz]e|recap|play that back|repeat that back)")
                .moves(Move.PARAPHRASE)
                .strength(PARAPHRASE)
                .extent(Extent.SENTENCE));
        b.add(PhraseBook.phrase(
                        "paraphrase.so-you",
                        "^{lead}so,? you (?:expected|ordered|were|paid|received|haven't|didn't|got|bought|booked|tried|called|contacted"
                                + "|need|needed|want|wanted|still|have been|had|were told|thought)")
                .moves(Move.PARAPHRASE)
                .strength(PARAPHRASE)
                .extent(Extent.SENTENCE));
        b.add(PhraseBook.phrase("paraphrase.sounds-like", "^{lead}(?:so )?(?:it|that) sounds like(?! (?:a|an|such) )")
                .moves(Move.PARAPHRASE)
                .strength(PARAPHRASE)
                .extent(Extent.SENTENCE));
        b.add(PhraseBook.phrase(
                        "paraphrase.tagged",
                        "[,;:\\-] ?(?:is that|is this|have i got that|did i get that|am i|do i have that) (?:right|correct|accurate|fair"
                                + "|about right)")
                .raw()
                .moves(Move.PARAPHRASE)
                .strength(PARAPHRASE)
                .extent(Extent.SENTENCE));
    }

    /** Adds feelings said back to them: naming what they seem to feel is empathy, not a stock line. */
    static void feelingReflections(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "empathise.you-feel",
                        "(?:(?:it )?sounds like |it seems (?:like |that )?|i can (?:tell|see|hear) (?:that )?|i imagine |i bet |i guess )?"
                                + "you(?:'re| are| were|'ve been| have been| must be| might be| may be| could be| seem| sound| must feel"
                                + "| might feel| feel| felt|'ve felt| have felt| are feeling| were feeling|'re feeling| have been feeling"
                                + "|'ve been feeling| seem to be| must have been| must have felt| sound like you're| sound like you are"
                                + "| seem to feel| still feel| really feel| kind of feel| sort of feel| feel like you're| feel like you are"
                                + "| get| got| feel as (?:if|though) you're) "
                                + PhraseBook.DEGREE
                                + PhraseBook.EMOTION)
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE)
                .unlessBefore(
                        "(?:if|when|whether|unless|don't want|doesn't mean|not that|do|did|are|were|have|had|will|would"
                                + "|could|can|is|was) $"));
        b.add(PhraseBook.phrase(
                        "empathise.feeling-of",
                        "(?:your|the) (?:feelings?|sense) of (?:being )?" + PhraseBook.DEGREE + PhraseBook.EMOTION
                                + "|(?:that|this|it) (?:must|would|could|might) (?:have )?(?:be|been|feel|felt|make you feel) "
                                + PhraseBook.DEGREE + PhraseBook.EMOTION
                                + "|(?:no wonder|of course|it makes sense|it's understandable|it's no surprise) (?:that )?you(?:'re| are"
                                + "| feel| felt| were)")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
    }

    /**
     * Adds the invitations to tell the story that can sit anywhere in a sentence; the other questions are read
     * from each sentence's {@link Shape}.
     */
    static void questions(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "question.open-invitation",
                        "(?<q>(?:can|could|would|will) you (?:please )?(?:tell|walk|talk|take) me (?:through|about|more|what|how|why|a bit)"
                                + "|(?:can|could|would) you (?:please )?(?:describe|explain what|explain how|share more|say more"
                                + "|help me understand)|tell me (?:more )?(?:about|what|how|why)|walk me through|talk me through"
                                + "|help me understand|i'd (?:love|like) to (?:hear|understand|know) (?:more|what|how|why)"
                                + "|say more about)")
                .moves(Move.OPEN_QUESTION)
                .extent(Extent.REST));
    }
}
