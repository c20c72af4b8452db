package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.BOUNDARY;
import static dev.spar.analysis.FindingCategory.CLEAR_LIMIT;
import static dev.spar.analysis.FindingCategory.CLOSING_CHECK;
import static dev.spar.analysis.FindingCategory.NEXT_STEP;
import static dev.spar.analysis.FindingCategory.OVER_PROMISE;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;

import dev.spar.analysis.Phrase.Extent;
import dev.spar.analysis.PhraseBook.Builder;
import java.util.List;

/**
 * The problem-solving phrases, as data: explanations, policy, options, limits, next steps and promises,
 * boundaries and closing checks. {@link PhraseBook} compiles them, in the order it lists
 * the families.
 */
final class SolvingPhrases {
    private SolvingPhrases() {}

    /** Adds explanations: the facts of what happened and why. */
    static void explanations(List<Builder> b) {
        b.add(PhraseBook.phrase("explain.justification", PhraseBook.JUSTIFICATION_SOURCE)
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE));
        b.add(PhraseBook.phrase(
                        "explain.what-happened",
                        "what happened (?:is|was)|here's what (?:happened|i found|i can see|i'm seeing)|it looks like|it seems"
                                + " (?:like|that)|according to (?:our|my|the) (?:records|system|tracking|notes|account)"
                                + "|(?:the|your) (?:system|records?|tracking|account|invoice|order history|notes|statement) (?:shows?|says"
                                + "|indicates?|has)|i can see (?:that |here that |from here that )?(?:the|your|it was|there)"
                                + "|let me explain|the (?:courier|warehouse|carrier|driver|team|bank|supplier|technician|payment)"
                                + " (?:has|had|was|is|missed|lost|sent|delivered|didn't|failed)")
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE));
        b.add(PhraseBook.phrase(
                        "explain.what-was-done",
                        "(?:i've|we've) (?:just |now |already )?(?:updated|reversed|refunded|cancelled|canceled|changed|sent|added"
                                + "|issued|processed|applied|booked|credited|fixed|checked|found|confirmed|logged|escalated|raised"
                                + "|corrected|removed|reset|resent|rebooked)")
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE));
        b.add(PhraseBook.phrase(
                        "explain.owning-the-mistake",
                        "(?:that|it|this|the \\w+) (?:was|is) (?:our|my) (?:mistake|error|fault)|(?:was|is) on our (?:side|end)"
                                + "|(?:we|i) (?:got|made) (?:it|this|that|a mistake|an error)(?: wrong)?|by mistake|in error")
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE));
    }

    /** Adds policy language: a cite-policy move, and policy first when nothing understanding came before it. */
    static void policy(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "policy.we-dont-do",
                        "we (?:don't|can't|won't|never) (?:do|offer|give|allow|accept|issue|provide|make|process) (?:any )?(?:cash |partial"
                                + " |full )?(?:refunds|returns|exchanges|exceptions|cash|credit|compensation|replacements|cancellations"
                                + "|price matching)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "I can see why you want your money back. A refund isn't open here, but let me look at what"
                                + " is: a repair, a replacement or a credit."));
        b.add(PhraseBook.phrase(
                        "policy.against-policy",
                        "(?:that's|it's|this is|that would be|that'd be|it would be|that goes|this goes|it goes|that's completely"
                                + "|that's strictly) against (?:our |the |company |store |bank )?(?:policy|policies|rules|terms"
                                + "|regulations)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "I can hear how much this matters. I can't do that one under our rules, so here is what I"
                                + " can do instead."));
        b.add(PhraseBook.phrase(
                        "policy.agreed-to-terms",
                        "you (?:agreed|signed up|consented) to (?:the|our|these) (?:terms|conditions|t&cs|terms and conditions|terms of"
                                + " service|contract|policy|agreement)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "That renewal clearly caught you off guard. Let me walk you through what the terms say for"
                                + " this case and what options that leaves you."));
        b.add(PhraseBook.phrase(
                        "policy.company-policy",
                        "(?:it's|that's|this is) (?:simply |just |only )?(?:our |the |a )?(?:company |store |standard |strict |bank"
                                + " |firm )?(?:policy|rule)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "I understand why that answer is disappointing. I can't change that rule, but I can explain"
                                + " how it applies here and what is still open to you.")
                .unlessAfter(" (?:allows|lets|covers|means)\\b"));
        b.add(PhraseBook.phrase(
                        "policy.policy-says",
                        "(?:our|the|company|store|my|your) (?:[\\w-]+ )?(?:policy|policies|terms|rules|contract|agreement|procedures?) (?:is|are|says|say|states|allows?"
                                + "|doesn't|don't|only|requires?|clearly|covers?|won't|prevents?|prohibits?|stipulates?|means)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "Start with their situation, then the rule: \"I can see this has cost you time. Here is what"
                                + " the policy lets me do for you.\""));
        b.add(PhraseBook.phrase(
                        "policy.under-policy",
                        "(?:per|under|according to|in line with|in accordance with|as per|based on) (?:(?:our|the|company|current"
                                + "|standard|your) ){0,3}(?:policy|policies|terms|rules|terms and conditions|t&cs|guidelines|contract|procedures?"
                                + "|process|protocols?|regulations)"
                                + "|for (?:security|data protection|compliance|legal|gdpr|regulatory|verification) (?:reasons|purposes),?"
                                + " (?:i|we)(?:'m| am|'re| are|'ll| will)? (?:required|obliged|obligated|have|need) to")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "Start with their situation, then the rule: \"I can see why you'd ask. Under the current"
                                + " policy I can't approve that, but here is what I can do.\""));
        b.add(PhraseBook.phrase(
                        "policy.small-print",
                        "(?:the )?(?:terms and conditions|terms of service|t&cs|t's and c's|small print|fine print)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "Explain it in plain words after acknowledging them: \"That clause wasn't obvious, I know."
                                + " Here is what it means for your order.\""));
        b.add(PhraseBook.phrase(
                        "policy.window",
                        "(?:outside|past|beyond|after) (?:the|our|your) (?:\\d+[- ]day )?(?:return|returns|refund|warranty|cancellation"
                                + "|cooling-off|cooling off|exchange) (?:window|period)"
                                + "|(?:not|isn't|aren't|wasn't) (?:eligible|covered|entitled) (?:for|under|by|to) (?:a |an |the |our )?"
                                + "(?:refund|return|warranty|guarantee|policy|replacement|exchange|compensation)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "Lead with them, then the limit and the way forward: \"I know you've only just found the"
                                + " fault. It's past the return window, so let me check what the warranty covers.\""));
    }

    /**
     * What follows "I'll" or "let me" without setting a next step for their problem: a step of the call itself
     * ("let me pull up your order.", which fetches the record while they wait) or help too vague to hold anyone
     * to ("I'll see what I can do."). Either is the whole sentence: "let me pull up your order and call the depot"
     * goes on to a next step.
     */
    private static final String NOT_A_NEXT_STEP = "(?:(?:pull|bring|call|look) (?:up )?|open |find |check |look at )"
            + "(?:your|the|his|her|their|that|this) (?:order|account|details|booking|file|records?|notes|reservation"
            + "|case|history|profile|information|info|ticket)(?: up)?(?: (?:now|here|quickly|real quick|for you|for a"
            + " (?:sec|second|moment)|first))?[.!]?\\s*$"
            + "|(?:see|look at|check|find out|work out|figure out|look into) (?:what|if|whether) (?:i|we)"
            + "(?:'ll be able to| can| could| might be able to) (?:do|manage|arrange|sort|find)(?: (?:for you|here|to help"
            + "|about (?:it|this|that)))?[.!]?\\s*$"
            + "|(?:see|check) if (?:there's|there is) anything (?:i|we) can do(?: (?:for you|here|to help))?[.!]?\\s*$";

    /** Adds options, limits, next steps and promises: what will happen now. */
    static void optionsLimitsAndCommitments(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "offer.i-can",
                        "(?:i|we) (?:can|could) (?:also |either |still )?(?:offer|send|give|arrange|issue|set up|book|organi[sz]e|process"
                                + "|put through|refund|replace|reship|escalate|credit|waive|extend|upgrade|swap|exchange|schedule|add"
                                + "|apply|order|request|raise|try|look at|review|walk you through|go through|talk through|check|look into"
                                + "|chase|find out|call|ring|email|book in)")
                .moves(Move.OFFER_OPTION)
                .extent(Extent.CLAUSE)
                // "what's the order number so I can check?" says why they ask; it offers nothing.
                .unlessBefore("(?:(?:not sure|don't know) (?:if|whether)|so(?: that)?) $"));
        b.add(PhraseBook.phrase(
                        "offer.options",
                        "(?:one|another|the other|a good|a better|an|the best|the first|the second|the next|your|the) option (?:is|would be"
                                + "|could be|here is)|(?:two|three|a few|some|several|other) options|you (?:could|can) (?:either|choose"
                                + "|pick|opt)|would you (?:like|prefer)|would it help if|(?:how|what) about (?:i|we|a|an|if|\\d|one each|two each|half|you (?:take|get|have|keep|give))"
                                + "|alternatively"
                                + "|i'd be happy to|i'm happy to \\w+|if you'd (?:like|prefer)|if you prefer|let me offer"
                                + "|(?:i'll|i will|i can|i could|i'm willing to|i am willing to|i'd be willing to) (?:give|let you have"
                                + "|trade|split|share|throw in|part with)|you (?:can|could) (?:have|take|keep) (?:all|the|both|two|three"
                                + "|one|my|some|the rest|most)|(?:let's|we can|we could|why don't we) (?:split|share|divide|trade"
                                + "|meet in the middle|compromise|work (?:it|this|something) out)|if you (?:give|let) me"
                                + "|would you (?:be willing|agree|accept|consider|be ok|be okay|be fine|be happy) (?:to|with)")
                .moves(Move.OFFER_OPTION)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "offer.but-i-can", "(?:but|however|instead|though),? (?:what )?(?:i|we) can(?!'|\\s*not)\\b")
                .moves(Move.OFFER_OPTION)
                .extent(Extent.CLAUSE)
                .unlessAfter(" (?:see|hear|understand|imagine|tell|appreciate|assure)\\b"));
        b.add(PhraseBook.phrase(
                        "limit.what-i-can-do",
                        "(?:what|here's what) (?:i|we) can (?:do|offer)(?: is| right now| for you| today|,)?")
                .moves(Move.STATE_LIMIT, Move.OFFER_OPTION)
                .extent(Extent.CLAUSE)
                // "I'll see what I can do" names no limit and puts nothing on the table.
                .unlessBefore("\\b(?:see|look at|check|find out|work out|figure out|look into) $"));
        b.add(PhraseBook.phrase(
                        "limit.i-cannot",
                        "(?:i|we)(?: really| just| unfortunately| honestly| simply)? (?:can't|won't be able to|don't have (?:the )?"
                                + "(?:authority|ability|access|power|permission|sign-off) to|won't (?:promise|guarantee|approve|refund))"
                                + " \\w+|(?:i'm|we're)(?: really| just| unfortunately| honestly| simply)? (?:not able to|unable to"
                                + "|not allowed to|not authori[sz]ed to|not in a position to) \\w+")
                .moves(Move.STATE_LIMIT)
                .strength(CLEAR_LIMIT)
                .extent(Extent.CLAUSE)
                .unlessAfter(
                        " (?:wait|believe|imagine|stress|thank|tell you how|apologi[sz]e|say enough|understand|hear|let that"
                                + " happen|be long)"));
        b.add(PhraseBook.phrase(
                        "limit.not-something-i-can",
                        "(?:that's|this is|that isn't|this isn't|it's|it isn't) (?:not )?(?:something|what|anything) (?:i|we) (?:can|am able"
                                + " to|'m able to)|(?:that's|it's) (?:beyond|outside) (?:my|what i can|my authority|my control|what we can)"
                                + "|i(?:'ve| have) reached the limit|(?:the most|the best) (?:i|we) can (?:do|offer)"
                                + "|here's what i can't (?:do|promise)|what i can't (?:do|promise)")
                .moves(Move.STATE_LIMIT)
                .strength(CLEAR_LIMIT)
                .extent(Extent.CLAUSE));

        b.add(PhraseBook.phrase(
                        "next-step.i-will",
                        "(?:i'll|i'm going to|i am going to|we'll|we're going to|let me|let's) (?:now |just |quickly |personally |first |then"
                                + " |also |right away )?(?!" + NOT_A_NEXT_STEP
                                + ")(?:check|call|ring|phone|email|send|look|escalate|update|follow up|get back"
                                + "|confirm|chase|contact|review|find out|let you know|pass|raise|log|book|arrange|process|pull up"
                                + "|look into|investigate|speak|talk|text|message|reach out|put|open|file|create|submit|request|order"
                                + "|ship|reship|dispatch|track|see|find|get back|get in touch|note|flag|write|set up|transfer|connect|loop in|ask|verify|double-check"
                                + "|dig into|go through|walk you through|walk through|look at|sort out)")
                .moves(Move.NEXT_STEP)
                .strength(NEXT_STEP)
                .extent(Extent.SENTENCE)
                .unlessAfter(" why\\b"));
        b.add(PhraseBook.phrase(
                        "next-step.next",
                        "(?:the |our |your )?next (?:best )?steps? (?:is|are|will be|would be|here is)|next,? (?:i'll|we'll|you'll|i will)"
                                + "|(?:you'll|you should) (?:receive|get|hear|see) (?:a |an |the |my |our )?(?:email|call|text|message|update"
                                + "|confirmation|label|reply|back|from)|i'll be in touch|you'll hear from (?:me|us)")
                .moves(Move.NEXT_STEP)
                .strength(NEXT_STEP)
                .extent(Extent.SENTENCE));

        b.add(PhraseBook.phrase(
                        "promise.make-sure",
                        "(?:i'll|we'll) (?:personally )?make sure (?:that )?(?:you|it|this|that|the|your|we)|i promise(?! (?:you )?(?:that"
                                + " )?(?:it|this|that|you|we|they|everything|the)\\b)|(?:i'll|we'll|let me|let's) (?:get|have)"
                                + " (?:this|it|that) (?:sorted|fixed|resolved|done|changed|cancelled|refunded|replaced)|you'll (?:definitely |certainly |absolutely )?(?:get|have|receive)"
                                + " (?:your (?:money|refund|order|package|parcel|item|replacement)|a (?:full )?refund|a replacement"
                                + "|the (?:refund|replacement|item|order|parcel|package))|(?:we'll|we're going to|i'm going to|i'll)"
                                + " (?:fix|sort|resolve|refund|replace) (?:this|that|it|your|the)")
                .moves(Move.PROMISE)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "over-promise.guarantee",
                        "i (?:can )?(?:absolutely |personally |100% |fully )?guarantee|(?:it's|that's|this is) guaranteed|guaranteed to")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "I can't guarantee that yet. What I can do is check it now and tell you exactly where it"
                                + " stands.")
                .unlessBefore(PhraseBook.NEGATED_BEFORE));
        b.add(PhraseBook.phrase(
                        "over-promise.promise-it-will",
                        "i promise (?:you )?(?:that )?(?:it|this|that|you|we|they|everything|the \\w+)(?:'ll| will| won't| is going to"
                                + "| are going to|'s going to|'re going to)(?: \\w+){0,3}")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "I can't promise the outcome yet, but I can promise what I'll do: check it today and call"
                                + " you with the answer.")
                .unlessBefore(PhraseBook.NEGATED_BEFORE));
        // An outcome sworn to in other words than over-promise.sealed's tags ("you have my word", "won't happen
        // again" are there): "that's a promise", "I'll personally make sure", "for as long as you're with us".
        b.add(PhraseBook.phrase(
                        "over-promise.sworn",
                        "that's a promise|(?:i'll|i will|i'm going to) personally"
                                + " (?:make sure|see to it|ensure|guarantee|get)|i'll make sure of it\\b"
                                + "|(?:it|this|that|the price|your price|prices?|the rate|nothing) (?:won't|will never|will not)"
                                + " (?:go up|break|change|slip|rise)(?: ever)? (?:again|ever|this time)\\b"
                                + "|(?:for as long as|as long as) you(?:'re| are) with us\\b"
                                + "|nothing(?:'s| is) (?:going to|gonna) (?:break|go wrong|change|slip)\\b")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "Promise what you'll do, not the outcome: \"I'll chase it today and call you by 4 with where it"
                                + " stands.\"")
                .unlessBefore(PhraseBook.NEGATED_BEFORE
                        + "|(?:can't|cannot|won't) (?:say|promise) $|(?:so|so that|which means) $")
                .unlessAfter("[^.!?]{0,12}\\b(?:sorry|apologi[sz]e)"));
        b.add(PhraseBook.phrase(
                        "over-promise.definitely",
                        "(?:\\w+'ll|will|can|could) (?<q>definitely)|(?<q2>definitely) (?:will|won't|be|get|arrive|arrives|happen"
                                + "|work|make|approve|refund|replace|fix|sort|come|ship|deliver|reach|go through|sorted|fixed|resolved)")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "Say only what you know: \"I'll confirm that with the warehouse and tell you by 3pm.\"")
                .unlessBefore(PhraseBook.NEGATED_BEFORE));
        b.add(PhraseBook.phrase(
                        "over-promise.sure-manager-will",
                        "i'm (?:absolutely |totally |completely |100% )?(?:sure|certain|confident|positive) (?:that )?(?:my |the |our )?"
                                + "(?:manager|supervisor|boss|team|they|it|we|this|that|he|she|everything)(?:'ll|'d| will| would| can)"
                                + " (?:\\w+ ){0,2}?(?:approve|agree|sign off|allow|accept|be fine|be okay|be ok|work out|fix|sort|refund"
                                + "|arrive|happen|say yes|go through|be approved|make an exception)")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "I can't promise what my manager will decide, but I'll put your case to them today and call"
                                + " you back with their answer."));
        b.add(PhraseBook.phrase(
                        "over-promise.definite-exception",
                        "(?:we|i) can (?:definitely|certainly|absolutely|easily|surely) (?:make an exception|waive|refund|approve|do that"
                                + "|override|bend)")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "I'm not able to promise an exception, but I'll ask for one and tell you the answer today."));
        b.add(PhraseBook.phrase(
                        "over-promise.fixed-by-then",
                        "(?:it|this|that|everything|the (?:issue|problem|bug|fault|error|system|outage|app|site|website|service"
                                + "|connection|account|page))(?:'ll| will| is going to|'s going to) (?:definitely |certainly |absolutely"
                                + " |100% )?(?:be )?(?:fixed|sorted|resolved|working|back up|up and running|running|done|sorted out|back"
                                + " to normal)(?: again)? (?:today|tonight|tomorrow|by [\\w:]+|within (?:the )?(?:hour|\\w+ (?:minutes"
                                + "|hours))|this (?:afternoon|evening|morning)|in (?:an? |\\d+ )?(?:hour|hours|minutes))"
                                + "|you'll (?:definitely |certainly )?(?:have|get|receive) (?:it|them|your (?!email|call|update|text"
                                + "|message|label|confirmation|reply)\\w+|the (?!email|call|update|text|message|label|confirmation|reply)"
                                + "\\w+) (?:today|tonight|tomorrow|by \\w+)")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "I can't give you a time for the fix yet. I'll check with the team now and update you by"
                                + " 3pm with what's confirmed.")
                .unlessBefore(PhraseBook.NEGATED_BEFORE));
        // An outcome sealed with a certainty tag ("..., guaranteed", "..., 100%", "you have my word"): the tag, not
        // the verb, is what turns a plan into a promise nobody can keep.
        b.add(PhraseBook.phrase(
                        "over-promise.sealed",
                        "(?:\\w+'ll|will|won't|is going to|are going to)\\b[^.!?;]{0,60}?,? (?:guaranteed|100 ?%|a hundred percent"
                                + "|no matter what|without fail|no question(?: about it)?|i swear)(?=\\s*[.!]|$)|(?:you'll|it'll"
                                + "|they'll|that'll|it will|you will|they will|it won't|you won't)\\b[^.!?;]{0,50}?,? (?:absolutely"
                                + "|for sure|definitely)(?=\\s*[.!]|$)"
                                + "|(?:you have|i give you|you've got|i'll give you) my (?:word|promise)|(?:will|'ll|is going to|won't)"
                                + " (?:ever )?(?:never )?happen again|i (?:can |will )?promise (?:you )?(?:that )?(?!i\\b|i'll|i'm|we'll)"
                                + "(?:[\\w']+ ){1,3}?(?:will|won't|'ll|is going to|are going to|be) [^.!?;]{0,40}|(?:(?!i'll|we'll)\\w+'ll"
                                + "|(?<!\\bi |\\bwe )will|won't)\\b[^.!?;]{0,50}?,? i promise(?=\\s*[.!]|$)"
                                + "|(?:be|is|are) (?:absolutely |completely )?perfect from now on")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "Promise what you will do, not how it will turn out: \"I'll chase it today and call you by 5pm"
                                + " with what I find.\"")
                .unlessBefore(PhraseBook.NEGATED_BEFORE));
    }

    /** Adds boundaries that keep it workable, and checks that it is really done. */
    static void boundariesAndClosing(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "boundary.help-and-respect",
                        "i (?:want|'d like|would like|am happy|'m happy|am willing|'m willing|really want) to (?:help|keep (?:helping"
                                + "|working)|resolve|sort|fix)[^.!?]{0,80}?(?:and|but),? (?:i|we) (?:also )?(?:need|have to ask|must ask"
                                + "|'d ask|would ask|ask)[^.!?]{0,60}?(?:respectful|civil|calm|polite|professional|language|swearing"
                                + "|shouting)")
                .moves(Move.BOUNDARY)
                .strength(BOUNDARY)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "boundary.keep-it-respectful",
                        "(?:i need (?:us|you) to|let's|can we|we need to|please) keep (?:this|the|our|things|it)(?: conversation| call"
                                + "| discussion| chat)? (?:respectful|civil|calm|polite|professional|about (?:the|your|this|what)|on (?:the|track|topic))")
                .moves(Move.BOUNDARY)
                .strength(BOUNDARY)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "boundary.pause-or-continue",
                        "i'm going to (?:have to )?(?:pause|end|stop) (?:this|the|our) (?:call|conversation|chat|discussion)"
                                + "|(?:we can|happy to|i'll|we'll) (?:continue|carry on|pick this up|talk again) (?:when|once|if) (?:we|you)"
                                + "|please (?:don't|stop) (?:swear|swearing|shout|shouting|yell|yelling|using that (?:language|word)"
                                + "|calling me)|i'm not (?:willing|able|going) to (?:continue|keep going|be spoken to|be talked to)")
                .moves(Move.BOUNDARY)
                .strength(BOUNDARY)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "boundary.i-need",
                        "i need (?:you|us) to (?:stop|respect|not)|i'm not (?:willing|prepared|comfortable) to|i'm not okay with"
                                + "|(?:it's|that's) not okay (?:for you )?to|i'd like you to stop|that doesn't work for me"
                                + "|i won't be able to (?:stay|work|take on|cover|come in)|i'm not going to (?:stay|work|take on|cover)")
                .moves(Move.BOUNDARY)
                .strength(BOUNDARY)
                .extent(Extent.CLAUSE));

        b.add(PhraseBook.phrase(
                        "closing.anything-else",
                        "is there anything else(?: (?:i|we) can (?:help|do|look at|check)(?: you)?(?: with)?)?(?: (?:today|for you))?"
                                + "|(?:anything else|what else) (?:i can|can i|should i|do you need|would you like)"
                                + "|(?:is there|do you have) any(?: other| more)? (?:questions|question|concerns)"
                                + "|(?:anything|is there anything) (?:i've|we've) missed")
                .moves(Move.CLOSING_CHECK)
                .strength(CLOSING_CHECK)
                .extent(Extent.REST));
        b.add(PhraseBook.phrase(
                        "closing.does-that-work",
                        "(?:does|would|will) (?:that|this) (?:work|sound (?:okay|ok|good|fair|right|reasonable|alright|all right)"
                                + "|make sense|help|suit you|answer your question)(?: for you)?"
                                + "|how does (?:that|this) (?:sound|look)"
                                + "|(?:are you|would you be) (?:happy|okay|ok|comfortable|alright|all right|good) with (?:that|this|the plan"
                                + "|the next steps|those next steps)"
                                + "|(?:is that|would that be|does that seem) (?:okay|ok|alright|all right|fair|acceptable|good)(?: with you"
                                + "| for you)?")
                .moves(Move.CLOSING_CHECK)
                .strength(CLOSING_CHECK)
                .extent(Extent.REST));
        b.add(PhraseBook.phrase(
                        "closing.covered-everything",
                        "(?:have|did) i (?:covered|cover|answered|answer|missed|miss) (?:everything|all|anything|your question|your"
                                + " questions)|did (?:that|this|i) (?:answer|resolve|help|solve|fix)")
                .moves(Move.CLOSING_CHECK)
                .strength(CLOSING_CHECK)
                .extent(Extent.REST));
    }
}
