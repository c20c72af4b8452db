package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.DEFENSIVE;
import static dev.spar.analysis.FindingCategory.DISMISSAL;
import static dev.spar.analysis.FindingCategory.NOT_FOLLOWING;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;
import static dev.spar.analysis.FindingCategory.SCOLDING;

import dev.spar.analysis.Phrase.Extent;
import dev.spar.analysis.PhraseBook.Builder;
import java.util.List;

/**
 * The phrases of real service conversations that people judge poor even when they are not rude words: losing
 * the thread, defending yourself, scolding the customer, hiding behind the law, brushing them off to someone
 * else or to the website, a bare "no". Written for how agents actually type (no apostrophes, missing commas),
 * not for textbook lines. {@link PhraseBook} compiles them with the other families.
 */
final class ServicePhrases {
    private ServicePhrases() {}

    /** Adds lines that say the agent does not follow, instead of saying what they did follow. */
    static void losingTheThread(List<Builder> b) {
        String better = "I want to get this right: which part would you like me to sort out first?";
        b.add(PhraseBook.phrase(
                        "not-following.dont-understand",
                        "(?:i|we) (?:still |really |just )?(?:don't|do not|didn't|did not) (?:quite |really |fully )?"
                                + "(?:understand|follow|get)(?: (?:you|what|that|this|your|the|why|how|which))?"
                                + "|(?:i'm|i am) (?:still )?not (?:quite |really )?(?:understanding|following|sure i"
                                + " (?:understand|follow))(?: you| what| your)?"
                                + "|(?:i'm|i am) (?:not sure|unsure|confused about) what you (?:mean|are asking|want|are"
                                + " wanting|would like)")
                .problem(NOT_FOLLOWING, better)
                .unlessAfter(" (?:why (?:this|that|it) (?:happened|keeps)|how (?:this|that|it) (?:happened|could))"));
        b.add(PhraseBook.phrase(
                        "not-following.what-do-you-mean",
                        "what (?:do|did) you mean(?: by (?:that|this))?|(?:i'm |i am )?sorry,? what\\?|^sorry ?\\?"
                                + "|(?:that|this|it) (?:doesn't|does not) make (?:any )?sense")
                .problem(NOT_FOLLOWING, better));
    }

    /** Adds lines that defend the agent or tell the customer how to behave. */
    static void defendingAndScolding(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "defensive.doing-my-job",
                        "(?:i was|i'm|i am|we are|we're) (?:just |only |simply )?(?:doing (?:my|our) job|trying to help"
                                + "|doing (?:my|our|the) best (?:i|we) can|doing everything (?:i|we) can)"
                                + "|(?:it's|it is|that's|that is) not my fault")
                .problem(
                        DEFENSIVE,
                        "I can see this still isn't sorted, and that's frustrating. Here's what I'll do next."));
        b.add(PhraseBook.phrase(
                        "blame.you-did-not",
                        "you (?:have not|haven't|didn't|did not|never) (?:\\w+ ){1,4}(?:properly|correctly|right|in time|on"
                                + " time)|(?:that's|this is|it's) (?:why|because) you (?:didn't|did not|haven't|have not|forgot"
                                + "|never)"
                                // What they left undone, given as the reason: "You haven't verified your email, which
                                // is why it's locked."
                                + "|you (?:have not|haven't|didn't|did not|never) (?:yet )?(?:install|confirm|register|activat|verif|enter|read|follow|click|check|updat"
                                + "|fill|sign|log|complet|select|tick|accept|sav|submit|provid|attach|upload)\\w*\\b"
                                + "[^.?!]{0,40}?,? (?:which is|that's|that is|this is) why")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Let's get it working: I'll walk you through the setup step by step so we can see where it"
                                + " goes wrong."));
        b.add(PhraseBook.phrase(
                        "defensive.already-said",
                        "i(?:'ve| have)? already (?:escalated|consulted|checked with)"
                                + "|you(?:'ve| have)? already (?:said|told me|asked) (?:that|this)"
                                + "|i (?:never|didn't|did not|haven't|have not) (?:said|say) (?:that|it was|it|i)"
                                + "|that's not what i said"
                                + "|you (?:have |'ve )?rated (?:the|this|our|my) (?:chat|conversation|service) (?:bad|badly"
                                + "|poorly|negatively)|(?:thank you|thanks) for (?:leaving|the) (?:a |your )?(?:bad|negative|poor)"
                                + " (?:review|rating|feedback)")
                .problem(DEFENSIVE, "Let me pick up from where we are and tell you what happens next."));
        b.add(PhraseBook.phrase(
                        "scolding.ask-you-not-to",
                        "(?:i'd|i would|i will|i'll|we'd|we would|i must|we must|i have to|i need to) (?:like to |have to"
                                + " |need to |kindly )?ask you (?:not to|to stop|to refrain|to (?:be|stay|remain|keep (?:it"
                                + "|this)) (?:patient|polite|respectful|civil|calm|courteous))"
                                + "|please (?:don't|do not|stop) (?:be |being )?(?:so )?(?:rude|sarcastic|aggressive|abusive"
                                + "|impatient)"
                                + "|there(?:'s| is) no need (?:to be|for|to get) (?:so |that )?(?:rude|sarcastic|aggressive"
                                + "|abusive|that|this tone|the attitude|snappy|sarcasm|rudeness|shouting|swearing)"
                                + "|(?:watch|mind) your (?:tone|language)"
                                + "|(?:please )?(?:allow|let) me to (?:deal with|do my job|finish|handle|speak)"
                                + "|(?:please )?(?:let|allow) me (?:do my job|finish|speak)")
                .problem(
                        SCOLDING, "I want to get this sorted for you. Here's where it stands and what I'm doing now."));
    }

    /** Adds lines that give the law as the answer, and lines that brush the customer off. */
    static void lawAndBrushOffs(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "policy.the-law",
                        "(?:it's|it is|that's|that is) (?:the )?law|(?:due to|because of|under) (?:the )?(?:law|legal"
                                + " reasons|(?:data protection|gdpr|privacy|security) (?:laws?|reasons|regulations|rules))"
                                + "|(?:we are|we're|i am|i'm) (?:legally )?not (?:legally )?(?:allowed|permitted) to"
                                + "|legally,? (?:we|i) (?:can't|are not able|am not able|cannot)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "I know this feels like a hoop to jump through. To protect the account I need the holder's"
                                + " OK, and I can tell you the quickest way to get it."));
        b.add(PhraseBook.phrase(
                        "dismissal.you-just-need-to",
                        "(?:you|u) (?:just|simply|only) (?:need|have|got) to|all (?:you|u) (?:need|have) to do is"
                                + "|there(?:'s| is) no (?:issue|problem) (?:here|with (?:it|that|this|your))")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "I can see this has been a hassle. Let me walk you through the fix step by step."));
        b.add(PhraseBook.phrase(
                        "dismissal.ask-someone-else",
                        "(?:(?:you|u)(?:'ll)? (?:need|have|will need) to |please |(?:you|u) (?:can|should|could) )(?:check|contact|speak|talk"
                                + "|get in touch) (?:with |to )?(?:your|the) (?:bank|card issuer|card provider|credit card"
                                + " company|courier|carrier|manufacturer|post office|payment provider)"
                                + "|(?:all|everything) (?:we have|there is|we've got)(?: available)? is (?:what(?:'s| is)"
                                + " )?on (?:the|our) website|as per (?:the|our) website")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "I'll get in touch with them myself and come back to you with what they say.")
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "dismissal.no-point",
                        "(?:there's|there is|theres) (?:not much|nothing much|not a lot|little) (?:more |else )?(?:i|we) can do"
                                + "|not much (?:more |else )?(?:i|we) can do|(?:there's|there is|theres) no point"
                                + "|(?:a|the|my|any|our) (?:manager|supervisor) (?:will|would|'ll|is going to|is gonna)"
                                + " (?:tell|say) (?:you )?the same")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "I've reached the limit of what I can change myself, so let me tell you who can and what I'll"
                                + " do next."));
        b.add(PhraseBook.phrase(
                        "dismissal.flat-no",
                        // A "No" that refuses and stops ("No!", "No." alone), or goes straight into what they must
                        // do or cannot have ("no you have to", "no, that's not possible", "no chance"). Not a "No"
                        // that answers a question and goes on ("No, it's at the depot", "No. I'm saying..."), nor
                        // "no wonder", "no doubt" or "no problem", where "no" refuses nothing.
                        // "No..." trailing off is as flat as "No!".
                        "^no(?= ?!|\\s*(?:\\.{3,}|…)|[.!]?\\s*$|[.,]? (?:you (?:have|need|must|should|just|can't|cannot|cant"
                                + "|will have|'ll have)|u (?:have|need|must|just)|(?:that's|that is|thats) not(?! what i (?:meant|said|mean)\\b)"
                                + "|that's (?:just )?how|it's not (?:possible|how|our"
                                + "|my)|it is not (?:possible|how)|we (?:can't|cannot|cant|don't|do not|won't|will not) (?:do"
                                + "|offer|refund|change|accept|give)|chance|way|nope|absolutely not|definitely not|sorry,?"
                                + " (?:we|i) (?:can't|cannot|cant|don't))\\b)")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "That one isn't possible, I'm afraid. Here's what I can do instead.")
                .unlessAnsweredAfter());
    }
}
