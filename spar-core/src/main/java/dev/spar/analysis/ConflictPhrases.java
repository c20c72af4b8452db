package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.CONCESSION;
import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.DISMISSAL;
import static dev.spar.analysis.FindingCategory.GUESSING;
import static dev.spar.analysis.FindingCategory.HEDGING;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;
import static dev.spar.analysis.FindingCategory.REACTIVE;

import dev.spar.analysis.Phrase.Extent;
import dev.spar.analysis.PhraseBook.Builder;
import java.util.List;

/**
 * The phrases that raise the heat or give ground, as data: dismissal and blame, condescension and judgement,
 * reactive lines, hedges and concessions, guesses. {@link PhraseBook} compiles them, in the order it lists
 * the families.
 */
final class ConflictPhrases {
    private ConflictPhrases() {}

    /** Adds lines that escalate by dismissing the problem or blaming the person. */
    static void dismissalAndBlame(List<Builder> b) {
        b.add(PhraseBook.phrase("dismissal.calm-down", "calm down")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "I can hear how frustrating this is. Let me look at exactly what happened.")
                .unlessBefore("(?:things|it|it'll|they|they'll|once things|when things|has|had|will|should|would) $"));
        b.add(PhraseBook.phrase("dismissal.relax", "relax")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "I can see this has you worried. Here is what I'm doing about it right now.")
                .unlessBefore("(?:can|could|to|will|'ll|and|help you|then) $")
                .unlessAfter(" (?:the|our|this|these|that|a|my|your)\\b"));
        b.add(PhraseBook.phrase(
                        "dismissal.nothing-i-can-do",
                        "(?:there's |there is )?(?:really |honestly |just |absolutely )?nothing (?:else |more |at all )?(?:i|we)"
                                + " (?:can|could) do")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "I've reached the limit of what I can change directly. The next option is to escalate it for"
                                + " review, and I can do that now."));
        b.add(PhraseBook.phrase(
                        "dismissal.not-a-big-deal",
                        "(?:it's|that's|this is|it isn't|that isn't) (?:not )?(?:a |that |such a )?big deal|no big deal"
                                + "|not a big deal|you're overreacting|no need to (?:get|be) (?:so )?(?:upset|angry|worked up|emotional"
                                + "|dramatic)|don't get (?:so )?(?:upset|worked up|emotional)")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "I can see this matters to you. Let me find out what went wrong and what I can do about it.")
                // "It's not a big deal for me to resend it" offers; it does not shrink their trouble.
                .unlessAfter(" (?:for (?:me|us) to|to (?:fix|sort|change|reissue|do|send|resend|redo|swap))\\b"));
        String notAClause = "(?:when|if|before|after|until|how|why|where|what|that|as|whatever|know|realise|realize) $";
        b.add(PhraseBook.phrase(
                        "dismissal.these-things-happen",
                        "these things happen|things like this happen|(?:shipping |delivery |postal )?delays (?:do |can )?happen"
                                + "|it happens|that's just how it is|it is what it is")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "I understand why the delay is frustrating. Let me check the current status and tell you what is"
                                + " confirmed.")
                .unlessBefore(notAClause));
        b.add(PhraseBook.phrase(
                        "dismissal.not-my-problem", "(?:that's|it's) not my (?:problem|department|job)|not my problem")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "That sits with another team, so I'll connect you with them and make sure they have the"
                                + " details."));
        b.add(PhraseBook.phrase(
                        "dismissal.were-busy",
                        "we're (?:very |really |extremely |super )?busy(?: right now| at the moment| today)?")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "Thanks for bearing with us. Let me look at your order right now."));
        b.add(PhraseBook.phrase("dismissal.rules-are-rules", "i don't make the rules|rules are rules")
                .moves(Move.DISMISS, Move.CITE_POLICY)
                .problem(
                        DISMISSAL,
                        "I can't change that rule, but I can explain why it applies and what options you still have."));
        b.add(PhraseBook.phrase(
                        "dismissal.wont-find-better",
                        "you won't find (?:a )?(?:better|cheaper) (?:option|deal|price|service|plan|provider|anywhere)")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "Before you decide, I'd like to understand what led you here. Was it the recent issue or"
                                + " something else?"));
        b.add(PhraseBook.phrase(
                        "dismissal.have-to-wait", "you'll (?:just )?have to (?:wait|live with it|accept it|be patient)")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "I know waiting is the last thing you want. Here's what I'll do in the meantime."));
        b.add(PhraseBook.phrase(
                        "dismissal.sorry-you-feel",
                        "(?:i'm|we're) sorry (?:that |if )?you feel (?:that way|like that|this way)|sorry if you feel")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "I can see this has left you feeling let down. Tell me what would put it right for you."));

        b.add(
                PhraseBook.phrase(
                                "dismissal.only-a",
                                "(?:it's|that's|it was|it is) (?:only|just|merely) (?!(?:a kind of|a thought|an? opinion)\\b)"
                                        + "(?:a |an |one |a bit of |a few |a little |\\d+ |£|\\$)"
                                        + "(?:[\\w'-]+ ){0,2}?[\\w'-]+(?<!\\bcheck|question|formality|minute|minutes|second|seconds|moment"
                                        + "|step|steps|\\bme|\\bus|\\byou|\\bform|number|\\bcode|\\bcall|click|estimate|guess|precaution"
                                        + "|suggestion|\\bidea|thought|example|option|draft|natural|normal|human|\\bfair|right|temporary"
                                        + "|procedure|process|\\btest|phase|\\bneed|advice|opinion|feeling|preference)(?=\\s*(?:[,.!;]|$))")
                        .moves(Move.DISMISS)
                        .problem(
                                DISMISSAL,
                                "Say what it costs them instead: \"With the wedding on Saturday, that suit matters. Let me see what"
                                        + " I can do.\"")
                        .unlessBefore(
                                "(?:if|when|because|since|that|as|what|whether|said|says|think|thought|hope|sure|guess|maybe|perhaps) $"));
        b.add(PhraseBook.phrase(
                        "dismissal.end-of-the-world",
                        "(?:(?:it's|that's|this is|it isn't|that isn't|it's hardly|that's hardly) )?(?:not )?the end of the world|worse things"
                                + " happen|don't be (?:so )?(?:dramatic|silly|precious|sensitive"
                                + "|such a baby)|stop (?:making (?:such )?a (?:fuss|scene|drama)|fussing|moaning|whining|overreacting"
                                + "|being (?:so )?(?:dramatic|sensitive))|(?:making|such) a fuss (?:about|over) (?:nothing|this|it)"
                                + "|hardly worth (?:arguing|fighting|getting upset|getting worked up|worrying|making a fuss|a fuss)"
                                + "|(?:not|isn't) worth (?:getting upset|getting worked up|worrying|making a fuss|a fuss)|i wouldn't (?:worry|stress|fret|lose sleep) (?:about (?:it|that|this)|too much)"
                                + "|everyone (?:has|gets|goes through|deals with|puts up with) (?:outages|delays|price rises|them|these|that"
                                + "|this)|(?:is|are|was) (?:really )?nothing(?=,? (?:everyone|everybody|honestly|really|compared))")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "Take it at their weight: \"Two outages in a quarter is a real problem for your team. Tell me what"
                                + " they cost you.\"")
                .unlessBefore("(?:not|never|won't|wouldn't say|i'm not saying) $"));

        b.add(PhraseBook.phrase(
                        "blame.not-our-fault",
                        "(?:(?:that's|it's|this is|that was|it was) )?not (?:our|my|the company's) fault"
                                + "|(?:that|it|this) (?:isn't|wasn't) (?:our|my) fault|(?:that's|it's) (?:on you|your (?:fault"
                                + "|responsibility|problem|mistake))")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Let's look at what happened step by step, so we can find where it went wrong and fix it."));
        b.add(PhraseBook.phrase(
                        "blame.should-have",
                        "you (?:should|could)(?:'ve| have) (?:just |really |probably |already )?(?:ordered|read|checked|called|booked"
                                + "|contacted|told|asked|looked|cancel+ed|paid|updated|reported|kept|noticed|followed|come|emailed"
                                + "|been(?! (?:told|given|informed|offered|warned|contacted|called|sent|notified|refunded|asked|kept|updated))"
                                + "|known|seen|double-checked|saved)[^.!?;,]{0,40}")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "The timing didn't work out this time. Let's look at what we can still do for you now."));
        b.add(
                PhraseBook.phrase(
                                "blame.must-have",
                                "you must(?:'ve| have) (?:misunderstood|misread|missed|forgotten|entered|typed|clicked|made|done|got|gotten|put"
                                        + "|selected|deleted|changed|ignored|mixed)(?: \\w+){0,2}")
                        .moves(Move.BLAME)
                        .problem(
                                BLAME,
                                "Let me check what you were told so I can see where the expectation and the process diverged."));
        b.add(PhraseBook.phrase(
                        "blame.you-didnt",
                        "you (?:didn't|failed to|forgot to|never) (?:read|check|follow|enter|update|tell us|fill|provide|select|cancel"
                                + "|pay|notice|save|click|look|confirm|bother)(?: \\w+){0,2}|if you(?:'d| had) (?:read|checked|followed"
                                + "|ordered|called|looked|paid attention)(?: \\w+){0,2}|you were supposed to|user error"
                                + "|(?:the )?(?:problem|issue|mistake|error) (?:is|was) on your (?:end|side)"
                                // Their wrong entry, said as the likely cause ("you probably put the wrong address
                                // in").
                                + "|you (?:probably |must have |must've |might have |may have |obviously |clearly |just )?"
                                + "(?:entered|gave|given|typed|put|used|selected|chose|chosen|picked|ticked|filled in)(?: us| in)?"
                                + " (?:the |a |an )?(?:wrong|old|incorrect|outdated)\\b"
                                + "|why (?:didn't you|did you not|would you)(?: \\w+)?")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Let's walk through what happened step by step, and I'll point out where things went off track.")
                // "If you gave us the wrong postcode, no problem" allows for it; it does not put it on them.
                .unlessBefore("(?:if|in case|whether|unless|sorry if) $"));

        String pastParticiple =
                "(?:\\w+ed|read|set|sent|done|told|paid|kept|taken|written|seen|known|given|chosen|put|made|gone"
                        + "|come|bought|thought|rung|spoken|left|let|brought|caught|shown|built|spent|sold|sorted|signed|ticked)";
        b.add(PhraseBook.phrase(
                        "blame.if-you-had",
                        "if you(?:'d| had) (?:just |only |actually |properly |bothered to |taken the time to )?(?:not |never )?"
                                + pastParticiple
                                + "\\b(?!\\s+(?:me|us) (?:to|that|about)\\b)[^.!?;]{0,60}?(?:wouldn't|would not"
                                + "|would've|would have|could've|could have|we'd|we could|this wouldn't|we wouldn't|none of this)"
                                + "|(?:^{lead}|you )(?:really |honestly )?should(?: really| honestly)?(?:'ve| have| of) (?:just |really |probably )?"
                                + "(?!been (?:told|given|informed|offered|warned|contacted|called|sent|notified|refunded|asked|kept|updated))"
                                + pastParticiple
                                + "(?: [\\w']+){0,4}? (?:sooner|earlier|first|before|properly|in time|beforehand)"
                                + "|you (?:really )?should(?: really)?(?:'ve| have| of) (?:just |really |probably |already )?"
                                + "(?!been (?:told|given|informed|offered|warned|contacted|called|sent|notified|refunded|asked|kept|updated))"
                                + "(?:picked|chosen|set|signed|sent|done|kept|taken|used|opened|ticked|selected|backed|thought|asked|planned"
                                + "|chosen|bought|brought)[^.!?;,]{0,40}")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Leave what they could have done and say what happens now: \"Let's get you back in. Here's the"
                                + " quickest way.\"")
                .unlessBefore("(?:i|we|i think i|maybe i|maybe we) $"));
        b.add(PhraseBook.phrase(
                        "blame.your-doing",
                        "(?:you|your (?:team|side|people|staff|company|it team|end|lot|office|accounts team)) (?:just )?(?:didn't|never|failed"
                                + " to|forgot to|chose not to|didn't bother to|refused to) (?:open|flag|reply to|respond to|answer|sign|set up|send"
                                + "|return|bring|keep|back up|log|register|activate|renew|install|configure|attach|include|specify|mention"
                                + "|let us know|ring|contact|update|turn on|switch on|enable|pay attention|listen|raise|warn|report)"
                                + "(?: [\\w']+){0,3}|(?:you|your (?:team|side|people|staff|company|it team|lot|office|accounts team)) never"
                                + " (?!(?:received|needed|wanted|asked|expected|intended|agreed|signed up|used|deserved|mentioned that"
                                + "|imagined|planned)\\b)(?:\\w+ed|set up|sent|told|read|paid|kept|brought|gave|bothered)\\b(?: [\\w']+){0,3}"
                                + "|you (?:just |simply |completely )?(?:ignored|disregarded|skipped|overlooked|missed) (?:our|the"
                                + "|my|all|every|both|them|it)(?: [\\w']+){0,2}|you (?:ticked|selected|chose|picked|clicked|pressed|entered) (?:the"
                                + " wrong|[\\w' ]{0,25}yourself)|(?:you )?brought (?:this|it|that) on yourself|you(?:'ve| have) only (?:got )?"
                                + "yourself to blame|that's what you get for|you (?:haven't|didn't|never|have not|did not) even (?:paid|pay|opened|open|read|looked|look|replied|reply|answered"
                                + "|answer|tried|try|bothered|checked|check|called|call|asked|ask|apologi[sz]ed|apologi[sz]e|thanked|said)\\b"
                                + "|you(?:'ve| have) [\\w' ]{0,25}?every single (?:time|month|week|day|year|invoice)"
                                + "|you \\w+ed [\\w' ]{0,20}?every single (?:time|month|week|day|year|invoice)|(?:the|your) (?:problem|issue|trouble) (?:is|was) (?:that )?you"
                                + " (?:just )?(?:didn't|never|don't|won't|wouldn't|failed|forgot|ignored|refused)(?: [\\w']+){0,3}|(?:it's|that's|it is|that is) (?:all |really |entirely |totally |completely |kind of |honestly )?(?:on you|your (?:own )?(?:fault|doing|lookout))"
                                + "|(?:that's|this is|which is) (?:the|your) (?:problem|issue)(?=\\s*(?:[.!]|$))")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Say what happened without the fault: \"The renewal email went to the address on file. Let's look"
                                + " at what we can do now.\"")
                .unlessBefore(
                        "(?:if|in case|when|unless|whether|sure|hope|and if|make sure|that|so|thank|love|miss) $"));

        b.add(PhraseBook.phrase(
                        "blame.always-never",
                        "you (?:always|never) (?!(?:have to|need to|can|could|get to|will|know|miss out|pay)\\b)\\w+[^.!?;,]{0,30}")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Name the one time and its effect: \"On Tuesday the report came in late, and I had to present"
                                + " without it.\"")
                .extent(Extent.PHRASE));
    }

    /** Adds lines that talk down to them or question their account. */
    static void condescensionAndJudgement(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "condescension.on-the-website",
                        "(?:it's|it was|that's|that was|this is|this was|everything's|everything is|that information (?:is|was)"
                                + "|the information (?:is|was)|all of that is|it says so|that's all)(?: all| clearly| right there"
                                + "| explained| stated| written| listed| mentioned| all clearly| clearly stated| clearly explained)?"
                                + " (?:on|in) (?:the|our|your) (?:website|site|email|e-mail|faq|faqs|terms|manual|confirmation|app"
                                + "|instructions|product page|page|description|listing|contract|documentation|docs|guide|letter)")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION,
                        "I can see how this would be confusing. Let me walk you through it and point out where the"
                                + " details are."));
        b.add(
                PhraseBook.phrase(
                                "condescension.as-i-said",
                                "as i(?:'ve)? (?:already |just |previously )?(?:said|explained|mentioned|told you|stated)"
                                        + "|like i (?:already |just )?(?:said|told you|explained|mentioned)|i(?:'ve)? already (?:told|explained"
                                        + " this|explained that|explained|said)|i'll say it again|let me (?:say|explain) (?:it|this|that) (?:again"
                                        + "|slowly|one more time)|for the (?:last|third|second|hundredth) time")
                        .moves(Move.CONDESCEND)
                        .problem(
                                CONDESCENSION,
                                "Let me put it another way, because I may not have explained it clearly.")
                        // "like I said I would" points back to a kept promise, not to their slowness.
                        .unlessAfter(" (?:i would|i'd|i will|i'll|we would|we'd|we will|we'll)\\b")
                        // "to chase this for the third time" counts their effort, not their slowness.
                        .unlessBefore(
                                "(?:chase|chasing|contact|contacting|call|calling|ring|ringing|write|writing|email|emailing"
                                        + "|ask|asking|come back|coming back|wait|waiting)(?: (?:this|us|it|about (?:this|it)|in|back))? $"));
        b.add(PhraseBook.phrase(
                        "condescension.most-customers",
                        "most (?:of our )?(?:customers|people|users|clients|folks) (?:understand|know|manage|get|figure|don't have"
                                + "|have no|seem to)(?: (?:this|that|it|how))?|anyone (?:can|could) (?:do|see|understand)|it's not"
                                + " rocket science|it's common sense|as you (?:should |must |probably )?know|obviously you|you obviously")
                .moves(Move.CONDESCEND)
                .problem(CONDESCENSION, "This part trips a lot of people up. Let's walk through it together."));
        b.add(
                PhraseBook.phrase(
                                "condescension.really-simple",
                                "it's (?:really |very |pretty |quite |actually |super |fairly |all )?(?:simple|easy|straightforward|obvious"
                                        + "|self-explanatory|not (?:that )?(?:hard|difficult|complicated))")
                        .moves(Move.CONDESCEND)
                        .problem(CONDESCENSION, "Let me take you through it one step at a time.")
                        .unlessAfter(
                                " (?:to fix|for me|for us|to sort|to change|to arrange|to do|to set up|fix|once|to get|enough to)\\b"));
        b.add(PhraseBook.phrase(
                        "condescension.do-you-understand",
                        "do you (?:even )?understand(?: now| what i'm saying| me)?(?=\\s*[?.!]|$)|did you (?:even )?(?:read|look at|check)"
                                + " (?:the|our|your)")
                .moves(Move.CONDESCEND)
                .problem(CONDESCENSION, "Does that make sense so far, or shall I go over any part again?"));

        b.add(PhraseBook.phrase(
                        "condescension.talking-down",
                        "it's (?:really |very |pretty |quite |actually |super |fairly |all |honestly |just ){2}(?:simple|easy"
                                + "|straightforward|obvious|self-explanatory)|(?:it|this|that|it all|(?:the |your |our )?[\\w'-]+)"
                                + " (?:isn't|is not|really isn't|honestly isn't) (?:that |very |so |exactly )?(?:complicated|hard|difficult"
                                + "|rocket science|complex)(?=\\s*(?:[,.!;]|$)| to (?:use|do|find|follow|understand|read))|(?:you )?(?:just|simply) (?:need to |have to )?(?:read|look at|check|open) (?:the|your"
                                + "|our) (?:\\w+ )?(?:email|e-mail|manual|terms|website|instructions|contract|letter|faq|faqs|guide|page"
                                + "|small print|brief|documentation|docs)|it's all (?:in there|in the (?:email|manual|contract|terms|letter)"
                                + "|there in black and white)|have you (?:even |actually )tried (?:reading|looking)|have you tried (?:actually|even)"
                                + " \\w+|have you (?:even |actually )?tried (?:turning|switching) it off and on"
                                + "|have you (?:even|actually) (?:read|looked|checked|tried)|as i'm sure you"
                                + " (?:know|understand|appreciate|are aware|realise|realize|can see)|as you (?:should|must|ought to|surely)"
                                + " (?:know|understand|be aware)|any (?:mechanic|idiot|child|fool|engineer|technician|expert|professional|one"
                                + "|body) (?:will|would|could|can) tell you|that's (?:just )?how (?:cars|computers|phones|laptops|websites"
                                + "|software|banks|mortgages|contracts|businesses|things|it) work|i shouldn't (?:have to|need to) (?:explain"
                                + "|tell|remind|spell)|listen (?:very )?carefully"
                                + "|let me spell it out|(?:one more|once more|one last) time for you|(?:go|run) through it (?:again|one more"
                                + " time) for you")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION,
                        "Explain it as if it were your job to make it clear: \"Let me show you where that's set, step by"
                                + " step.\"")
                .unlessBefore("(?:not|never|don't|didn't|wouldn't|mean|means|say|saying|if|whether|hope|sure) $"));

        b.add(PhraseBook.phrase(
                        "judgemental.claiming",
                        "you're (?:claiming|alleging)|you claim(?:ed)?|you allege(?:d)?|allegedly|supposedly|(?:your )?so-called"
                                + "|according to you|you seem to think|in your mind")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Describe it as they told it: \"You're telling me the feature stopped working after"
                                + " the update.\""));
        b.add(PhraseBook.phrase(
                        "judgemental.their-version",
                        "(?:or )?so you say|(?:so )?you say so|if you say so|(?:ur|your|you are|u r|u're) (?:claiming|alleging)"
                                + "|(?:so )?you (?:insist|maintain|reckon|swear|'re adamant|'re convinced) (?:that )?(?:you|we|it|the|our|your"
                                + "|someone|nobody|no one|support|they)|(?:so )?you're (?:saying|telling me) (?:that )?[^.!?;]{0,50}?"
                                + "(?:all )?(?:by itself|on its own|out of nowhere|for no reason|just like that|magically|of its own accord)"
                                + "|(?:^{lead}|(?<=[,;]\\s))apparently,? (?:it|you|your \\w+|this|that|they|nothing|everything)\\b"
                                + "|your version of events|and you know it|what (?:were|was) you thinking|i don't know what you were thinking"
                                + "|you're (?:just )?(?:a|an|such a) (?:total |complete |real |bit of a )?(?:bully|liar|hypocrite|control freak"
                                + "|snob|drama queen|child|baby|coward|joke)\\b")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Say back what they told you, plainly: \"You've had it crash every day since you got it.\"")
                .unlessBefore("(?:do|did|don't|what|how|if|unless|why|where|when|who|whether|and do) $"));
        b.add(PhraseBook.phrase(
                        "judgemental.you-think", "you think (?:that )?(?:we|i|our|the|someone)\\b[^.!?;,]{0,40}")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Stick to what they observed: \"The charge on your statement is higher than you"
                                + " expected.\"")
                .unlessBefore("(?:do|did|don't|would|what|how|if|unless|why|where|when|who|whether|and) $"));
        b.add(PhraseBook.phrase(
                        "judgemental.angry-because",
                        "(?:so )?you're (?:just |clearly |obviously )?(?:angry|mad|furious|upset|annoyed|cross|hysterical) (?:because"
                                + "|about|that|since|over)")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Name the issue, not the emotion: \"So the main issue is the delay, and you needed it"
                                + " by Friday.\"")
                .unlessBefore("(?:if|why|whether|understand why|see why|get why) $"));
    }

    /** Adds reactive lines: heat answered with heat. */
    static void reactiveLines(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "reactive.being-rude",
                        "you're being (?:rude|unreasonable|ridiculous|difficult|aggressive|abusive|childish|hysterical)|you people")
                .moves(Move.BLAME)
                .problem(
                        REACTIVE,
                        "I want to help resolve this, and I need us to keep the conversation respectful so we can make"
                                + " progress."));
        b.add(PhraseBook.phrase(
                        "reactive.dont-talk-to-me",
                        "don't (?:talk|speak) to me (?:like that|in that tone|that way)|don't take that tone|watch your (?:tone|language"
                                + "|mouth)|i don't have to (?:take|listen to|put up with) (?:this|that|it)|i'm (?:done|finished) (?:with"
                                + " this|with you|talking)|don't raise your voice|who do you think you are|how dare you"
                                + "|there's no need to be (?:rude|like that|so rude)|you'll be sorry")
                .moves(Move.BOUNDARY)
                .problem(
                        REACTIVE,
                        "I'm willing to keep working on this with you. I also need us to keep it respectful so we can"
                                + " get somewhere."));
        b.add(PhraseBook.phrase(
                        "reactive.ridiculous",
                        "that's (?:just |completely |absolutely )?(?:ridiculous|absurd|nonsense|crazy|insane|unbelievable|rubbish)"
                                + "|are you (?:serious|kidding|joking)|give me a break")
                .moves(Move.DISMISS)
                .problem(REACTIVE, "That's a big ask, so let me be clear about what I can and can't do.")
                .unlessAfter(" (?:that|how|you had|you've|you were)\\b"));
        b.add(PhraseBook.phrase(
                        "reactive.wont-be-spoken-to",
                        "i(?:'m| am) not (?:going to|gonna|about to) (?:be (?:spoken|talked) to|take|stand for|tolerate|put up with"
                                + "|listen to) (?:like (?:that|this)|this|that|it)|i won't be (?:spoken|talked) to like (?:that|this)")
                .moves(Move.BOUNDARY)
                .problem(
                        REACTIVE,
                        "Keep the boundary and add the way back: \"I won't be spoken to like that. I do want to fix this,"
                                + " so let's keep it about the problem.\""));
        b.add(PhraseBook.phrase(
                        "reactive.heat-back",
                        "(?:there's )?no need to (?:(?:shout|yell|swear|scream) at me|raise your voice|take that tone|get nasty"
                                + "|get personal|be (?:so )?(?:rude|nasty|aggressive))|who do you think you're (?:talking|speaking) to"
                                + "|see if i care|i (?:couldn't|could not) care less|(?:fine|go on|go ahead),? (?:go|leave|cancel)"
                                + " (?:then|it)(?=\\s*(?:[,.!]|$))|be my guest|don't (?:you )?(?:dare|rush me|lecture me|patroni[sz]e me"
                                + "|guilt[- ]?trip me|push me|shout at me|yell at me|swear at me|snap at me|have a go at me|blame me|accuse"
                                + " me|threaten me|talk down to me|take it out on me|start (?:on|with) me|come at me|roll your eyes"
                                + "|tell me how to do my job|twist my words)|here we go again|i don't need (?:this|that|your)"
                                + " (?:attitude|crap|rubbish|aggro|nonsense|grief|hassle)|i don't need this(?: from you)?(?=\\s*(?:[.!]|$))"
                                + "|(?:lose|drop|check) (?:the|your) attitude|if you (?:were|weren't|stopped"
                                + " being|could be) (?:a bit |a little |so |less |more )?(?:less |more )?(?:rude|polite|patient|reasonable"
                                + "|civil|aggressive|nasty|difficult|shouting|yelling)")
                .moves(Move.BOUNDARY)
                .problem(
                        REACTIVE,
                        "Hold the line without the heat: \"I want to sort this out with you, and I can do that best if we"
                                + " keep it about the problem.\""));
        b.add(PhraseBook.phrase("reactive.whatever", "whatever(?!\\s+\\w)")
                .moves(Move.DISMISS)
                .problem(REACTIVE, "Let me take a second so I answer that properly.")
                // "the speech or whatever" is a filler, not a retort.
                .unlessBefore("(?:or|and|like) $"));
        b.add(PhraseBook.phrase(
                        "reactive.you-too",
                        "(?:^{lead}|oh,? |and )you(?:'d| would) know(?=\\s*(?:[,.!?]|$))|says you|look who's talking|you're one to talk|pot calling the kettle"
                                + "|you're (?:such|so) (?:an? )?[\\w-]+(?: [\\w-]+)? yourself|like you (?:could|would|'d) do (?:any )?better")
                .moves(Move.BLAME)
                .problem(
                        REACTIVE,
                        "Take the point instead of returning it: \"That landed hard. Can you show me where the work fell"
                                + " short?\""));
    }

    /** Adds softeners that undermine the speaker, and giving ground under pressure. */
    static void hedgesAndConcessions(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "hedging.i-think-maybe",
                        "i (?:just )?(?:think|thought|feel|felt) (?:like )?maybe|i was (?:just )?(?:thinking|wondering|hoping) (?:if )?maybe"
                                + "|i was (?:just )?hoping (?:we|i|you) (?:could|might)(?: maybe)?|(?:could|might|can) maybe"
                                + "|maybe,? just maybe|just maybe|i don't know,? (?:maybe|but|if)|maybe,? i (?:don't know|dunno)"
                                + "|(?:could|might|can|would) (?:we|i|you) maybe|i (?:think|guess|hope),? hopefully|this might sound (?:silly|stupid|weird"
                                + "|strange)|i hate to (?:ask|say|bring this up|bother you)|i (?:might|may|could) (?:well )?be wrong(?: here| about"
                                + " this)?,? (?:but|and)|feel free to ignore (?:me|this|that)|(?:this|it) is probably (?:nothing|just me)"
                                + "|(?:it's|this is) (?:probably )?just me,? but")
                .moves(Move.HEDGE)
                .problem(HEDGING, "Say it plainly: \"I think we should...\" or \"I'd like to...\""));
        b.add(PhraseBook.phrase("hedging.sort-of", "(?:sort|kind) of|kinda|sorta")
                .moves(Move.HEDGE)
                .problem(HEDGING, "Drop the softener and say the thing itself.")
                .unlessBefore(PhraseBook.DETERMINERS + " $")
                .unlessAfter(
                        " (?:thing|things|issue|product|problem|phone|account|order|question|person|people|stuff)\\b"));
        b.add(PhraseBook.phrase("hedging.i-guess", "i guess|i suppose")
                .moves(Move.HEDGE)
                .problem(HEDGING, "Say what you mean directly: \"I think...\" or \"My view is...\""));
        b.add(PhraseBook.phrase(
                        "hedging.if-thats-okay",
                        "if (?:that's|it's) (?:okay|ok|alright|all right|fine)(?: with you)?|if (?:it's|that's) not (?:too much"
                                + " trouble|a problem)|if you don't mind")
                .moves(Move.HEDGE)
                .problem(HEDGING, "State it, then check: \"I'll call you back at 3pm. Does that work for you?\"")
                // "if you don't mind me asking" opens a question politely; it does not soften the speaker's own point.
                .unlessAfter(" (?:me asking|my asking|sharing|telling me|saying what|me checking|me taking)\\b"));
        b.add(PhraseBook.phrase("hedging.not-sure-but", "i'm not (?:really |totally |completely |100% )?sure,? but")
                .moves(Move.HEDGE)
                .problem(
                        HEDGING,
                        "Separate what you know from what you'll check: \"Here is what I know; the rest I'll confirm by"
                                + " noon.\""));
        b.add(PhraseBook.phrase(
                        "hedging.not-sure",
                        "i'm not (?:really |totally |completely |100% )?sure(?=\\s*(?:[.!]|,? (?:sorry|tbh|to be honest|honestly)\\b|$))")
                .moves(Move.HEDGE)
                .problem(HEDGING, "I don't have that answer yet. I'll check and tell you by the end of the call."));
        b.add(PhraseBook.phrase("hedging.possibly", "possibly|a (?:little|tiny|wee) bit")
                .moves(Move.HEDGE)
                .problem(HEDGING, "Say it without the cushion, then stop.")
                .unlessBefore("(?:can't|couldn't|not|as soon as|as quickly as|as much as) $")
                .unlessAfter(" (?:longer|later|more|less|earlier|late|further|extra|of|over|under|behind|ahead)\\b"));

        b.add(
                PhraseBook.phrase(
                                "concession.fine-ill-just",
                                "(?:fine|okay|ok|alright|all right),? i'll just \\w+|fine,? (?:you win|have it your way|whatever you want"
                                        + "|do what you want)")
                        .moves(Move.CONCEDE)
                        .problem(
                                CONCESSION,
                                "Hold your position calmly: \"I hear you. My answer is still no, and here is what I can do.\""));
        b.add(PhraseBook.phrase(
                        "concession.forget-it",
                        "(?:(?:okay|ok|fine|alright),? )?forget (?:it|about it|i said anything|i asked)|never ?mind|let's just drop it"
                                + "|i'll (?:just )?(?:drop|leave) it|if you insist|i'll let it (?:go|slide)|i won't (?:push|press) (?:it"
                                + "|this|the point)|(?:it's|that's) (?:fine|okay|ok),? (?:really,? )?(?:don't worry(?: about it)?|it doesn't matter|forget it)"
                                + "|you're (?:probably )?right,? (?:i'll|let's) (?:just )?(?:drop|leave|forget) (?:it|this"
                                + "|that)")
                .moves(Move.CONCEDE)
                .problem(
                        CONCESSION,
                        "Stay with it: \"I understand this is uncomfortable. It still matters to me, so I'd like to"
                                + " finish this.\"")
                .unlessBefore("(?:don't|never|won't|not) $"));
        b.add(PhraseBook.phrase(
                        "concession.maybe-exception",
                        "maybe (?:i|we) (?:can|could) (?:make an exception|waive|let it go|let it slide|bend the rules|do it|stay|cover"
                                + "|work)(?: \\w+){0,3}|(?:i guess|i suppose) (?:i|we) (?:could|can) (?:stay|do|work|take|cover|come in|help"
                                + " out|swap|give|make|skip|finish|handle|manage|waive|refund|let)[^.!?;,]{0,40}")
                .moves(Move.CONCEDE)
                .problem(
                        CONCESSION, "Keep the line you came with: \"I can't do that this time. What I can do is...\""));
    }

    /** Adds unsupported guesses that sound like commitments. */
    static void guesses(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "guessing.probably",
                        "probably|most likely|more than likely|chances are|i'd imagine|i imagine|i reckon|i assume|my guess is|i'd guess"
                                + "|i'm pretty sure|(?<q>hopefully) (?:it|that|they|this|you)|presumably|(?<!no )prob(?= [a-z])"
                                + "|i(?:'d| would) (?:assume|say|have thought|think)(?= (?:it|that|they|the|this|you|so)\\b|\\s*[,.!?]|$)"
                                + "|i'm guessing|at a guess|my bet is|i bet (?:it|that|they|the)|i expect(?=\\s*[,.!?]|$)")
                .problem(GUESSING, "I don't want to guess. Let me check and tell you exactly.")
                .unlessBefore("(?:not|don't want to|won't|rather not) $")
                // "This is probably nothing", "it's probably just me" and "hopefully this isn't out of line" soften
                // what the speaker is about to say; they are hedges, not guesses about the facts.
                .unlessAfter(
                        " (?:nothing|just me|me)\\b| (?:isn't|is not|won't be|doesn't|'s not) (?:\\w+ )?(?:out of line|weird"
                                + "|awkward|rude|too much|a problem|a bad time|inappropriate)"));
        b.add(PhraseBook.phrase(
                        "guessing.should-be-fine",
                        "(?:should|ought to) be (?:fine|okay|ok|alright|all right|there|sorted|fixed|good|no problem|with you|arriving"
                                + "|ready|resolved)")
                .problem(GUESSING, "Rather than guess, let me confirm it now and tell you what I find."));
        b.add(PhraseBook.phrase(
                        "guessing.i-think-it-will",
                        "i (?:think|believe|expect) (?:so|(?:it|that|they|you|we|this|he|she)(?:'ll|'d| will| should| would| might"
                                + "| could| can)(?: \\w+)?)")
                .problem(
                        GUESSING,
                        "I don't want to guess. Let me check the tracking and tell you exactly when it will arrive.")
                .unlessBefore("(?:don't|do not|didn't) $"));
    }
}
