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
                        "I can see this matters to you. Let me find out what went wrong and what I can do about it."));
        String notAClause = "(?:when|if|before|after|until|how|why|where|what|that|as|whatever) $";
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
                                + "|contacted|told|asked|looked|cancel+ed|paid|updated|reported|kept|noticed|followed|come|emailed|been"
                                + "|known|received|seen|double-checked|saved)[^.!?;,]{0,40}")
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
        b.add(
                PhraseBook.phrase(
                                "blame.you-didnt",
                                "you (?:didn't|failed to|forgot to|never) (?:read|check|follow|enter|update|tell us|fill|provide|select|cancel"
                                        + "|pay|notice|save|click|look|confirm|bother)(?: \\w+){0,2}|if you(?:'d| had) (?:read|checked|followed"
                                        + "|ordered|called|looked|paid attention)(?: \\w+){0,2}|you were supposed to|user error"
                                        + "|(?:the )?(?:problem|issue|mistake|error) (?:is|was) on your (?:end|side)|you (?:entered|gave us|typed"
                                        + "|put in|selected|chose|picked) the wrong|why (?:didn't you|did you not|would you)(?: \\w+)?")
                        .moves(Move.BLAME)
                        .problem(
                                BLAME,
                                "Let's walk through what happened step by step, and I'll point out where things went off track."));

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
        b.add(PhraseBook.phrase(
                        "condescension.as-i-said",
                        "as i(?:'ve)? (?:already |just |previously )?(?:said|explained|mentioned|told you|stated)"
                                + "|like i (?:already |just )?(?:said|told you|explained|mentioned)|i(?:'ve)? already (?:told|explained"
                                + " this|explained that|explained|said)|i'll say it again|let me (?:say|explain) (?:it|this|that) (?:again"
                                + "|slowly|one more time)|for the (?:last|third|second|hundredth) time")
                .moves(Move.CONDESCEND)
                .problem(CONDESCENSION, "Let me put it another way, because I may not have explained it clearly."));
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
                        "judgemental.claiming",
                        "you're (?:claiming|alleging)|you claim(?:ed)?|you allege(?:d)?|allegedly|supposedly|(?:your )?so-called"
                                + "|according to you|you seem to think|in your mind")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Describe it as they told it: \"You're telling me the feature stopped working after"
                                + " the update.\""));
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
        b.add(PhraseBook.phrase("reactive.whatever", "whatever(?!\\s+\\w)")
                .moves(Move.DISMISS)
                .problem(REACTIVE, "Let me take a second so I answer that properly."));
    }

    /** Adds softeners that undermine the speaker, and giving ground under pressure. */
    static void hedgesAndConcessions(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "hedging.i-think-maybe",
                        "i (?:just )?(?:think|thought|feel|felt) (?:like )?maybe|i was (?:just )?(?:thinking|wondering|hoping) (?:if )?maybe"
                                + "|i was (?:just )?hoping (?:we|i|you) (?:could|might)(?: maybe)?|(?:could|might|can) maybe"
                                + "|maybe,? just maybe|just maybe|i don't know,? (?:maybe|but|if)|this might sound (?:silly|stupid|weird"
                                + "|strange)|i hate to (?:ask|say|bring this up|bother you)")
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
                .problem(HEDGING, "State it, then check: \"I'll call you back at 3pm. Does that work for you?\""));
        b.add(PhraseBook.phrase("hedging.not-sure-but", "i'm not (?:really |totally |completely |100% )?sure,? but")
                .moves(Move.HEDGE)
                .problem(
                        HEDGING,
                        "Separate what you know from what you'll check: \"Here is what I know; the rest I'll confirm by"
                                + " noon.\""));
        b.add(PhraseBook.phrase(
                        "hedging.not-sure", "i'm not (?:really |totally |completely |100% )?sure(?=\\s*(?:[.!]|$))")
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
                                + "|i'm pretty sure|(?<q>hopefully) (?:it|that|they|this|you)")
                .problem(GUESSING, "I don't want to guess. Let me check and tell you exactly.")
                .unlessBefore("(?:not|don't want to|won't|rather not) $"));
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
