package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.DISMISSAL;
import static dev.spar.analysis.FindingCategory.GUESSING;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;
import static dev.spar.analysis.FindingCategory.REACTIVE;

import dev.spar.analysis.PhraseBook.Builder;
import java.util.List;

/**
 * The everyday forms of the service problems, as data: how people actually minimise, blame, doubt, talk
 * down, guess, lead with the rule and hit back when they are not reciting a script. {@link ConflictPhrases}
 * has the textbook forms of the same families ("calm down", "you should have", "you claim"); these are the
 * kinds of language the critique's development lines by kind ({@code critique/lines-dev-kinds.yaml} in
 * spar-eval) showed it missing. Each phrase names one kind of language, not one sentence.
 */
final class EverydayPhrases {
    private EverydayPhrases() {}

    /** A clause boundary or the end: what a minimising phrase must stop at to be the whole point. */
    private static final String CLAUSE_END =
            "(?=\\s*(?:[,.!;?]|$| (?:tho|though|tbh|honestly|really|mate|either way)\\b))";

    /** A count people make small ("only a couple of days", "just six spreads"). */
    private static final String SMALL_AMOUNT =
            "(?:a couple of |a couple |couple of |a handful of |a few |two |three |four "
                    + "|five |six |seven |eight |nine |ten |a day or two |a week or two )";

    /**
     * What they did, as a past participle after "if you'd" or "had you" ("rung", "kept", "read"); "if you had
     * steady work" has "had" as the verb, and says nothing they did.
     */
    private static final String ACTED =
            "(?:[\\w-]+ed|rung|rang|read|sent|kept|told|paid|done|made|taken|gone|come|bought|thought|put|set|left|let"
                    + "|stuck|spoken|written|seen|shown|chosen|brought|caught|run|spent|sorted|signed|ticked|checked)";

    /** Adds the ways of telling someone their problem is small, normal or not a problem. */
    static void minimising(List<Builder> b) {
        // The size of their trouble talked down in other words: "not really a big deal", "only a small knock-on",
        // "isn't a huge amount of downtime", "nobody's going to notice", "...and that's that", "that's just what
        // managers say".
        b.add(PhraseBook.phrase(
                        "dismissal.not-that-big",
                        "[\\w-]+(?:'s| is| are)(?: really| honestly)? not (?:really |honestly )?(?:a |that |such a )?(?:big"
                                + "|huge|massive) deal|[\\w-]+(?:'s| is| are) (?:really |honestly )?(?:only |just )(?:a |an )?(?:small"
                                + " |minor"
                                + " |little |tiny )?(?:knock-on|side effect|side-effect|formality|technicality|paperwork|admin)\\b"
                                + "|(?:isn't|is not|wasn't|aren't) (?:really |exactly )?(?:a |that )?(?:huge|big|massive|great) (?:amount"
                                + "|number|deal)(?: of [\\w-]+)?|nobody(?:'s| is| will|'ll) (?:going to |gonna )?(?:even )?(?:notice"
                                + "|care|remember|mind)(?=\\s*[,.!;]|$| honestly| really)|(?:just|simply) [\\w' ]{1,30}? and that's (?:that"
                                + "|it)(?=\\s*[.!]|$)|that's just what (?:managers|bosses|clients|customers|people|they|companies|banks"
                                + "|everyone|landlords|parents) (?:say|do|always say)")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "Take it at their weight: \"Two days down matters when you run on it. Here's what"
                                + " I'm doing about it.\"")
                .unlessBefore("(?:if|i know|i know it's|i realise|not saying|i'm not saying|whether) $")
                .unlessAfter(" (?:for (?:me|us) to|to (?:fix|sort|change|reissue|do|send|resend|redo|swap))\\b"));
        b.add(
                PhraseBook.phrase(
                                "dismissal.is-nothing",
                                "[\\w-]+ (?:days?|weeks?|hours?|minutes?|months?|quid|pounds|dollars|euros)(?: really)? (?:is|are|isn't|is not"
                                        + "|aren't) (?:really )?(?:nothing|not (?:that |so |very )?long|not much|no time|not a lot)\\b"
                                        + "|(?:that|this|it|the [\\w-]+|that [\\w-]+|[\\w-]+)(?:'s| is) nothing(?: really)?(?=\\s*(?:[,.!;]|$"
                                        + "| really| though| honestly| tbh))"
                                        + "|in the grand scheme(?: of things)?|(?:it's|that's|it is) (?:only|just) money\\b"
                                        + "|(?:everything|prices|costs|everyone|bills)(?:'s| has| have| are) (?:all )?(?:gone up|going up)"
                                        + " (?:everywhere|for everyone|across the board|this year)|it's not just us\\b"
                                        + "|let's not (?:get )?(?:sidetracked|side-tracked|distracted|bogged down|go down that road|dwell on)"
                                        + "|(?:only|just) (?:about |around |under |roughly )?[\\w$£.,-]+ a (?:month|week|day) when you (?:spread"
                                        + "|break|split) it|when you spread it out"
                                        + "|[\\w-]+ (?:is|was) (?:just|only) (?:the )?one (?:[\\w-]+ )?(?:payment|thing|email|day|charge|fee|call"
                                        + "|bill|letter)\\b"
                                        + "|(?:look|looks|sound|sounds|seem|seems)(?: a lot| much| way)? (?:worse|scarier|more serious|bigger"
                                        + "|more dramatic) than (?:they|it) (?:really )?(?:are|is)\\b")
                        .moves(Move.DISMISS)
                        .problem(
                                DISMISSAL,
                                "Count it at their weight: \"Nine days is a long time to wait for your own money. Here's where"
                                        + " it is.\"")
                        .unlessBefore(
                                "(?:if|whether|not saying|i know|i know it.s|i realise|not that|maybe|perhaps|probably|hopefully) $"));
        b.add(PhraseBook.phrase(
                        "dismissal.only-a-few",
                        "(?:it's|that's|it was|it is|they're|it's still) (?:only|just|merely) " + SMALL_AMOUNT
                                + "(?:[\\w'-]+ ){0,2}?[\\w'-]+" + CLAUSE_END)
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "Count it at their weight: \"Two more days is two more days without it, and that matters. Here's"
                                + " what I can do.\"")
                .unlessBefore(
                        "(?:if|when|because|since|that|as|what|whether|said|says|think|hope|sure|maybe|perhaps|understand|know"
                                + "|get that|hear|see|realise|realize|appreciate) $"));
        b.add(PhraseBook.phrase(
                        "dismissal.a-minor-thing",
                        "(?:it's|that's|this is|it is|that is|it was)(?: (?:a|an))? (?:pretty |fairly |really |very |super |quite"
                                + " |just |only |such )?(?:an? )?(?:minor|small|little|tiny|trivial|teeny) (?:thing|issue|problem"
                                + "|glitch|hiccup|detail|delay|bump|blip|niggle|inconvenience|matter|fault)")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "Take it as they do: \"That's not small for you. Let's sort it properly.\"")
                .unlessBefore("(?:if|when|because|whether|not saying|i know|i know it's|i realise) $")
                // "It's a small thing, but it matters to me" raises one's own point; it does not shrink theirs.
                .unlessAfter(",? (?:but|and i|to (?:ask|fix|sort))\\b"));
        b.add(PhraseBook.phrase(
                        "dismissal.happens-all-the-time",
                        "(?:that|this|it) (?:happens|happened) (?:a lot|all the time|constantly|every day|loads|to everyone|to"
                                + " everybody|quite often|pretty often|fairly often)|happens all the time|par for the course|part and"
                                + " parcel(?: of \\w+)?|(?:that's|it's|this is) (?:just |sort of |kind of |pretty much |basically |all )*"
                                + "(?:industry standard|standard practice|how it goes|the way it goes|the way it is|life|the job|what the"
                                + " job (?:is|looks like)|how (?:things|it) (?:are|is|work|works) (?:here|now|these days))"
                                + "(?= at this point| these days| nowadays| now| i'm afraid| mate| unfortunately|\\s*(?:[,.!;]|$))"
                                + "|(?:every|all|most|any) (?:[\\w-]+ )?(?:platforms?|providers?|compan(?:y|ies)|networks?|banks?"
                                + "|couriers?|teams?|business(?:es)?|parents?|families|famil(?:y|ies)|services?|apps?|sites?|airlines?"
                                + "|offices?|jobs?|projects?|clients?) (?:has|have|gets?|goes through|go through|deals? with) (?:the"
                                + " odd|the occasional|some|a few|its|their) (?:[\\w-]+ )?(?:outages?|delays?|issues?|problems?"
                                + "|hiccups?|glitches?|blips?|teething problems|ups and downs|bad days?|mistakes?)")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "Theirs is the one that matters now: \"However often it happens, it's happened to you. Let me"
                                + " look at yours.\"")
                .unlessBefore("(?:if|when|whether|why|i know|not saying|doesn't mean|shouldn't) $"));
        b.add(PhraseBook.phrase(
                        "dismissal.how-to-feel",
                        "don't (?:stress|panic|fret|sweat it|get (?:so )?(?:stressed|wound up|het up|worked up))(?: about"
                                + " (?:it|that|this))?|don't worry yourself|(?:there's |there is )?(?:really |honestly |absolutely"
                                + " )?nothing to (?:be|get) (?:so )?(?:upset|worried|stressed|angry|annoyed|worked up|cross|mad"
                                + "|emotional) (?:about|over)|chill out|take a chill pill|get over it|(?:you'll|you will) (?:live"
                                + "|survive|get over it)(?=\\s*(?:[,.!;]|$))|(?:no|there's no) (?:need|reason) to (?:make|kick up) (?:a"
                                + " )?(?:fuss|drama|scene)")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "Let them feel it, and act: \"Of course you're worried. Here's what I'm doing about it.\""));
        b.add(
                PhraseBook.phrase(
                                "dismissal.no-issue-here",
                                "(?:there's|there is|there isn't|there's really|there's honestly|there's actually) (?:really |honestly"
                                        + " |actually )?(?:no|any) (?:real |actual )?(?:issue|problem|fault)(?: (?:here|at all|with (?:it|that"
                                        + "|this|your [\\w-]+|the [\\w-]+)|on (?:our|my) (?:side|end)))?(?=\\s*(?:[,.!;]|$))"
                                        + "|(?:there's|there is) nothing wrong with (?:it|that|your (?:account|system|order|card|payment|app"
                                        + "|phone|line|connection|laptop|device|car|router|service|login|form|settings)|the (?:account|system"
                                        + "|app|site|website|service|line|connection|router|laptop|device|car))(?: on (?:our|my) (?:side"
                                        + "|end))?|(?:(?:it's|that's|this is) not|it isn't|that isn't|this isn't) (?:really |actually )?(?:a|an) (?:fault"
                                        + "|problem|issue|bug|error|defect)(?: as such| really| at all| on our (?:side|end))?(?=\\s*(?:[,.!;]|$))")
                        .moves(Move.DISMISS)
                        .problem(
                                DISMISSAL,
                                "Start from what they see: \"Something isn't working for you, so let's find out what. What happens"
                                        + " when you try?\"")
                        .unlessBefore("(?:if|whether|make sure|check|sure|hope|to see if|so that) $")
                        // "There's no problem at all, I'll do that now" says yes.
                        .unlessAfter(
                                ",? (?:i|we)(?:'ll| will| can| could| am| are|'m|'re)\\b| (?:at all )?(?:doing|changing|moving|waiting)\\b"));
    }

    /** Adds the silver linings and shrugs: "at least it arrived", "could be worse", "so what". */
    static void shrugging(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "dismissal.silver-lining",
                        "(?:^|, )at least (?:it|you|they|the [\\w-]+|your [\\w-]+) (?:arrived|got|came|wasn't|isn't|weren't|didn't"
                                + "|still|works|worked|was only|is only|has|have|turned up|got there|only)\\b|(?:^|, |(?:it|things) )(?:could|might)"
                                + " (?:be|have been|'ve been) (?:a lot |much |way )?worse|look on the bright side|on the bright side"
                                + "|(?:you're|you were|you are) (?:lucky|fortunate)(?: (?:it|that|they|this))?|consider yourself lucky"
                                + "|first world problem|(?:^|, )(?:is that all|that's all|that's it)(?=\\s*\\?)|(?:^|, )so what(?=\\s*[,.!?]|$)"
                                + "|(?:^|, )(?:it's|that's) nothing(?=\\s*(?:[,.!;]|$| honestly| really| mate))"
                                + "|(?:just|you need to|you have to|you've got to) (?:let it go|move on|forget about it|get over it)")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "Take it at their weight first: \"That's not what you paid for, and I'm sorry. Here's what I'll"
                                + " do.\"")
                .unlessBefore("(?:not saying|i'm not saying|never said|if) $"));
    }

    /**
     * Adds the ways of putting the fault on the person by what they did or got wrong, and their own failing said
     * back as if it were a summary.
     */
    static void blameByOutcome(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "blame.you-got-it-wrong",
                        "you (?:must have |must've |probably |obviously |clearly |just |simply )?(?:misheard|misread|misunderstood"
                                + "|misremembered|mixed (?:it|them|things|that|this|those) up|got (?:it|that|this|the [\\w-]+|your"
                                + " [\\w-]+) (?:wrong|mixed up|confused|muddled)|confused (?:it|that|the [\\w-]+) with)")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Say what was said, not who got it wrong: \"The note on the account says the move has a fee."
                                + " Let me check what you were told.\"")
                .unlessBefore("(?:if|sorry|in case|maybe|worried|afraid|hope|unless|not saying|i'm not saying) $"));
        b.add(PhraseBook.phrase(
                        "blame.your-choice",
                        "(?:that|it|this) was your (?:own )?(?:choice|decision|call|mistake|error|responsibility|job|doing)"
                                + "|(?:you're|you are|you were) the one (?:who|that) \\w+|it(?:'s| was| is) you (?:who|that) \\w+"
                                + "|you (?:waited|left it) (?:until|till|til|too|so) [\\w-]+")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Leave whose doing it was and go to what's next: \"Let's look at what we can do from here.\"")
                .unlessBefore("(?:if|not saying|i'm not saying|i know|glad|thank god|thank goodness) $"));
        b.add(PhraseBook.phrase(
                        "blame.what-you-get",
                        "that's (?:what (?:happens|you get)|the risk you take|the trouble) (?:when|if) you(?:r)?\\b|that's what"
                                + " you get for|this is what happens when you(?:r)?\\b")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Leave the lesson out and fix it: \"Let's get you back in now, and then make sure it can't happen"
                                + " again.\""));
        b.add(PhraseBook.phrase(
                        "blame.you-caused",
                        "you (?:caused|started|created|kicked off) (?:this|that|all (?:this|of this|that)|the (?:whole )?(?:[\\w-]+"
                                + " )?(?:problem|mess|scene|issue|situation|row|argument|fight|trouble|confusion|delay|drama))"
                                + "|you made (?:this|the|a) (?:whole )?(?:mess|scene|problem|fuss)")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Say what happened and what you need: \"When you came in during bath time, the kids got wound up."
                                + " Can we agree a time?\"")
                .unlessBefore("(?:if|not saying|i'm not saying|didn't say|never said) $"));
        b.add(PhraseBook.phrase(
                        "blame.because-you",
                        "(?:because|since|as|cos|coz) you (?:ticked|selected|chose|picked|entered|typed|clicked|opted|left|forgot"
                                + "|missed|ignored|didn't|never|signed|set|used|put|gave us|skipped|cancel+ed|changed|deleted|ordered"
                                + "|waited|paid late|let)(?: [\\w'-]+){0,3}")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Say how it came about without the finger: \"The form went through with store credit selected, so"
                                + " that's what the system did. I can change it.\""));
        b.add(PhraseBook.phrase(
                        "blame.should-have-done",
                        "you (?:really |honestly )?should(?: really| honestly)?(?:'ve| have| of) (?:just |really |probably |already |at"
                                + " least |maybe )?(?!(?:had|got|gotten|received|been|heard|seen|felt|needed|wanted|expected|deserved"
                                + "|offered|given|noticed (?:a|an|the) (?:email|letter|message|text|notice)|a)\\b)(?:\\w+ed|run|read"
                                + "|sent|put|set|done|made|told|paid|kept|left|come|gone|brought|bought|thought|rung|spoken|shown"
                                + "|chosen|taken|written|known|let|asked|checked)\\b(?: [\\w'-]+){0,4}")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Leave what they could have done and say what happens now: \"Let's get you sorted from here.\"")
                .unlessBefore("(?:i|we|i think i|maybe i|maybe we|if|that) $"));
        theirFailingSaidBack(b);
        theirActAsTheCause(b);
    }

    /**
     * Adds their own failing said back in the shape of a summary: what they ignored, sat on or put off, what they
     * only noticed or did late ("so you only rang once the deadline had gone", "sounds like you ignored the
     * warnings for weeks"). Said in a reflection's words it is still the fault put on them, so it is no neutral
     * summary; what was done to them ("you only found out when the bill came", "you've waited weeks for the
     * part") is their trouble, and a reflection.
     */
    private static void theirFailingSaidBack(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "blame.let-it-run",
                        "(?:you|u)(?:'ve| have)?(?: been)? (?:ignored|ignoring|put off|putting off|put (?:it|this|that|them) off|putting"
                                + " (?:it|this|that|them) off|sat on (?:it|this|that|them|the [\\w-]+|your [\\w-]+)|sitting on (?:it"
                                + "|this|that|them|the [\\w-]+|your [\\w-]+)|let (?:it|this|that|them) (?:slide|slip|drag|ride|run)"
                                + "|left (?:it|this|that|them|the [\\w-]+|your [\\w-]+) (?:making|running|leaking|flashing|beeping"
                                + "|dripping|unpaid|unopened|unread|on|off|broken|like that))\\b[^.!?;]{0,40}? (?:for|until|till"
                                + "|before|since) (?:[\\w'-]+ ){0,2}?(?:weeks|months|ages|days|years|a (?:week|month|fortnight|year)"
                                + "|so long|this long|calling|ringing|telling|saying|now|today|the (?:last|deadline)|it)\\b"
                                + "|(?:you|u) (?:waited|held off|hung on|left it)(?: [\\w'-]+){0,3}? (?:before|to) (?:telling|calling|ringing"
                                + "|phoning|reporting|mentioning|saying|letting|contacting|getting in touch|booking|sending|chasing"
                                + "|asking|tell|call|ring|phone|report|mention|say|let|contact|book|send|chase|ask)\\b(?: [\\w'-]+){0,2}"
                                + "|(?:it's|it has|it) taken you (?:weeks|months|ages|days|a (?:week|month|fortnight|year)|this long"
                                + "|so long|until now|till now) to\\b(?: [\\w'-]+){0,2}")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Leave when they acted and say what happens now: \"Let's get it looked at this week. Here's what I"
                                + " can book.\"")
                .unlessBefore("(?:if|not saying|i'm not saying|didn't say|never said|i know|sorry|worried|afraid) $"));
        b.add(PhraseBook.phrase(
                        "blame.only-noticed-late",
                        "(?:you|u)(?:'ve| have)? only (?:just )?(?:noticed|spotted|realised|realized|checked|looked|thought to|bothered"
                                + " to|got round to|got around to)\\b[^.!?;]{0,40}?(?:\\bnow\\b|\\bonce\\b|\\bafter\\b|at the last"
                                + " minute|too late|when it was)"
                                + "|(?:you|u)(?:'ve| have)? only just (?:noticed|spotted|realised|realized|checked|looked)\\b(?: [\\w'-]+){0,2}")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Leave when they noticed and go to what's next: \"Now we know, let's get it sorted. Here's the"
                                + " soonest I can do.\"")
                .unlessBefore("(?:if|not saying|i'm not saying|i know|sorry|worried|afraid) $"));
    }

    /**
     * Adds their act named as the cause: what would not have gone wrong had they acted otherwise ("if you'd rung
     * first we could have...", "had you kept the receipt..."), the moment they missed ("the time to ask was..."),
     * what it "only needed", what they did without checking, the fault placed on their side ("something happened on
     * your end"), and the emphatic "you did pick...". An offer in the
     * same words ("if you'd like, we'd...") and what they were owed ("if you'd been told...") are not.
     */
    private static void theirActAsTheCause(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "blame.had-you-acted",
                        "if (?:you|u)(?:'d| had)(?: ever| just| only| actually)? (?!(?:been told|been given|been sent|been"
                                + " charged|received)\\b)" + ACTED + "\\b[^.!?]{0,60}?"
                                + "\\b(?:you'd|you would|we'd|we would|we could|you could|it would|it'd|this would|this wouldn't|it"
                                + " wouldn't|we wouldn't|you wouldn't|i'd|i could|i would)\\b"
                                + "|(?:^|, )had (?:you|u) (?:just |only |actually )?" + ACTED + "\\b[^.!?]{0,60}?"
                                + "\\b(?:this|it|we|you|i) (?:would|wouldn't|'d|could|would never)\\b"
                                + "|if (?:you|u)(?:'d| had) been (?:paying attention|listening|reading|watching|more careful|careful"
                                + "|on time)")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Leave what would have happened and say what happens now: \"Let's see what we can still do"
                                + " from here.\"")
                .unlessBefore("(?:not saying|i'm not saying|even) $"));
        b.add(PhraseBook.phrase(
                        "blame.the-moment-they-missed",
                        "the time to (?:ask|complain|call|ring|say|report|raise|mention|tell us|return|cancel|query|check)"
                                + "(?: [\\w'-]+){0,3}? was\\b"
                                + "|(?:it |that |this )?(?:only|just) (?:needed|needs|took|takes|required|requires) a (?:quick"
                                + " |simple |proper |careful )?(?:read|look|glance|check|scroll)"
                                + "|(?:you|your|u) [\\w-]+ing (?:it|this|that|the|up|off|out|in|unannounced|late|early|round|over"
                                + "|[\\w-]+ly)\\b[^.!?]{0,40}? (?:is|was|has been) (?:why|the reason|what (?:caused|started))"
                                + "|that's where (?:this|it|it all|the (?:problem|trouble|mess)) (?:started|began|came from"
                                + "|comes from|went wrong)"
                                + "|so (?:that )?(?:you|u) (?:catch|spot|notice|avoid|don't miss) (?:this|it|that|these)(?: kind of"
                                + " thing| sort of thing)? (?:yourself|next time|in future|going forward)"
                                // The fault placed on their side ("something happened on your end", "the gaps are on
                                // your side"); "I'm on your side" places no fault.
                                + "|(?:something|the (?:problem|issue|fault|error|mistake|gaps?|holes?|slip)|some of (?:the|it|them)"
                                + "|(?:the|this|that) (?:[\\w-]+ )?(?:problem|issue|fault|error|mistake|gaps?)) (?:\\w+ )?(?:happened"
                                + "|went wrong|is|are|was|were|lies|lie|sits|sit) on (?:your|ur) (?:side|end)\\b")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Say what happens from here, not when they should have acted: \"Let's look at what I can do"
                                + " now.\""));
        b.add(PhraseBook.phrase(
                        "blame.what-you-did",
                        "(?:you|u) (?:[\\w-]+ed|went|sent|made|took|bought|did|put|set|got|booked|signed|went off and [\\w-]+)"
                                + " [^.!?]{0,50}?without (?:checking|asking|telling|consulting|reading|looking|letting|running it)"
                                + "|(?:you|u) did (?:buy|choose|pick|sign|agree|tick|skip|ignore|quit|leave|cancel|order|book|miss"
                                + "|forget|delete|go for|opt for)\\b(?: [\\w'-]+){0,4}")
                .moves(Move.BLAME)
                .problem(BLAME, "Leave what they did and say what you can do: \"Here's how we get it back on track.\"")
                .unlessBefore("(?:if|not saying|i'm not saying|whether|glad|great|good) $"));
    }

    /** Adds the ways of doubting their account: "you say..., but", "so you're telling me", "I don't buy it". */
    static void doubtingTheirAccount(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "judgemental.you-say-but",
                        "you (?:say|said|tell me|told me|mentioned) (?:that )?(?:you|it|he|she|they|the|your)\\b[^.!?;]{0,60}?,?"
                                + " but (?:our|the|my|i|we|that|it|this|there|nothing|no)\\b[^.!?;]{0,40}?(?:shows?|says?|has|have"
                                + "|doesn't|don't|didn't|isn't|wasn't|can't|no record|nothing|otherwise|buy|believe|see|looks?)")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Put both facts side by side without doubting them: \"You paid on Friday, and I can't see it yet."
                                + " Let's find out where it is.\""));
        b.add(PhraseBook.phrase(
                        "judgemental.telling-me",
                        "(?:so |oh so |and )you're (?:seriously |really |honestly )?telling me|are you (?:seriously |really"
                                + " |honestly )?telling me|you're telling me (?:that )?(?:you )?(?:never|didn't|don't|haven't|not"
                                + " once)|(?:that's|that is) what you(?:'re| are) saying|i don't (?:buy|believe) (?:it|that|you|a word"
                                + "|that for a second)|(?:a likely story|pull the other one)|you reckon(?=\\s*\\?)"
                                + "|did you (?:actually|really|even) (?:see|check|try|read|look|do|send|call|pay|open|ask|restart"
                                + "|reset|test|follow)\\b|if (?:that's|that is) (?:really |actually )?(?:what happened|true|the case)"
                                + "|(?:i )?find (?:that|it|this) (?:very |really |a bit |pretty )?hard to believe|are you (?:sure|certain)"
                                + " you (?:actually|really|even)\\b|(?:although|but|though|and) apparently,? (?:you|your [\\w-]+)\\b|your (?:story|version)(?: of"
                                + " (?:it|things|what happened))?(?: is)?")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Say back what they told you as fact: \"You never got any of the emails. Let me check which"
                                + " address they went to.\"")
                .unlessBefore("(?:not|never|i'm not|without) $"));
    }

    /** Adds the everyday ways of talking down: "I'd have thought", "really slowly", "in your day". */
    static void talkingDown(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "condescension.id-have-thought",
                        "i(?:'d| would) (?:have )?(?:thought|assumed|expected) (?:an? [\\w-]+|you|someone|anyone|somebody|any"
                                + " [\\w-]+|a [\\w-]+ like you)(?: [\\w'-]+){0,3}? (?:would|should|could|'d) (?:know|understand"
                                + "|realise|realize|get|see|manage|have known)|you(?:'d| would) (?:have|already) known (?:that )?(?:if"
                                + "|had|by now)|which you(?:'d| would) (?:have )?know(?:n)?|you(?:'d| would) (?:already )?know (?:that"
                                + " )?(?:if|by now)")
                .moves(Move.CONDESCEND)
                .problem(CONDESCENSION, "Explain it as new: \"This one catches people out. Here's how it works.\""));
        b.add(PhraseBook.phrase(
                        "condescension.slowly",
                        "(?:really|very|nice and|real|extra|more) slowly(?: this time)?|so (?:even )?you (?:can )?(?:understand|follow|get it)"
                                + "|(?:it's|it is|that's) (?:really |very |so |super )?easy to (?:mix|get|muddle|confuse) (?:the two|them|those|these"
                                + "|things|it) up|(?:best|better) (?:to )?leave (?:the [\\w-]+|that|it|this) to us"
                                + "|(?:you're|you are) (?:just |probably |maybe )?(?:feeling|being) (?:a (?:little|bit|tad) )?(?:sensitive"
                                + "|emotional|oversensitive|touchy)(?: today| right now| about (?:it|this))?"
                                + "|in (?:words|terms) you(?:'ll| will| can)? understand|(?:let me|i'll) (?:explain|break (?:it|this"
                                + "|that) down|spell (?:it|this|that) out) (?:again )?for you(?=\\s*(?:[,.!;:]|$))"
                                + "|(?:since|in|back in) your day|(?:things|times|it|parenting|the world|the industry|work) (?:have|has)"
                                + " (?:changed|moved on) (?:a lot |quite a bit )?since (?:your day|you were|then)|we actually (?:read|use"
                                + "|know|do) (?:the )?[\\w-]+ (?:now|these days|nowadays)")
                .moves(Move.CONDESCEND)
                .problem(CONDESCENSION, "Explain it once, plainly, as to an equal: \"Here's how it works.\""));
        // Telling them it is obvious, in any words: self-explanatory, no secret, basic maths, said twice already.
        b.add(PhraseBook.phrase(
                        "condescension.obvious",
                        "(?:kind of |sort of |pretty |fairly |quite |really |totally |completely )?self-explanatory|not exactly a"
                                + " secret|(?:that's|it's|is) no secret|(?:simple|basic|easy) (?:maths|math|arithmetic)|even you (?:can"
                                + "|could|should|would|must|know)|that's (?:sort of |kind of |literally |just )?the (?:whole )?(?:point"
                                + "|idea) of (?:one|it|them|a [\\w-]+)|like i've (?:already )?(?:said|told you|explained)|i've (?:said"
                                + "|told you|explained) (?:it |this |that )?(?:twice|three times|already|before)|moved on (?:a (?:little"
                                + "|bit|lot) )?since the [\\w-]+")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION, "Explain it once more as if it were new: \"Here's how it works, step by step.\"")
                .unlessBefore("(?:not|isn't|wasn't|never|if|whether) (?:very |that |so |exactly |always )?$"));
        b.add(PhraseBook.phrase(
                        "condescension.anyone-knows",
                        "any (?:[\\w-]+ ){0,2}(?:student|kid|child|idiot|fool|beginner|intern|trainee|teenager|toddler|junior"
                                + "|graduate|apprentice|novice|amateur) (?:will|would|could|can|knows?) (?:tell you|see|understand|know"
                                + "|do|spot|work (?:it|that) out)|any (?:first-year |half-decent |competent |decent |qualified )[\\w-]+"
                                + " (?:will|would|could|can) (?:tell you|see|spot|understand|work (?:it|that) out|figure (?:it|that)"
                                + " out)|(?:most|normal|sensible|reasonable) (?:people|customers|users|clients"
                                + "|adults|folks) (?:do |would |will )?(?:check|read|notice|realise|realize|know|understand|look)"
                                + "(?: (?:that|this|it|the [\\w-]+))?|(?:that's|it's) (?:just )?how (?:[\\w-]+ ){1,2}works?"
                                + "(?=\\s*(?:[,.!;]|$))|i'm sure you (?:understand|know|appreciate|realise|realize|can see|get) (?:that"
                                + "|this|how)|you(?:'d| would) (?:really |surely |obviously )?(?:want|need|have) to (?:read|check"
                                + "|look at|know)[^.!?]{0,60}?,? (?:wouldn't|don't) you")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION,
                        "Leave out what others would know: \"This part isn't obvious. Let me show you where it is.\"")
                .unlessBefore("(?:not|never|don't|didn't|wouldn't|if|whether) $"));
    }

    /** Adds the ways of telling them what they must understand or surely know. */
    static void lecturing(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "condescension.surely-you-know",
                        "surely (?:you|anyone|everyone) (?:know|knows|can|could|understand|understands|realise|realize|see|must)"
                                + "|(?:^|, )obviously(?=,? (?:the|it|you|your|that|this|a|an)\\b)|bless (?:you|your heart|him|her)"
                                + "|(?:^|, )nice try|you do (?:realise|realize|know|understand|get) (?:that|the|it|this|how|what|you)"
                                + "|you (?:need|have|'ve got|got) to understand|try to understand|you don't (?:seem to )?(?:understand"
                                + "|get it|get that|grasp)|(?:let me|i'll) (?:make it|keep it|put it) (?:really |very )?simple(?: for"
                                + " you)?|(?:let me|i'll) (?:put|say|explain) it (?:really |very )?simply"
                                // A customer or a colleague called "dear" or "sweetheart".
                                + "|(?<!oh )(?<!dear )(?:my )?(?:dear|sweetie|sweetheart|hun|honey|darling|petal)(?=\\s*(?:[,.!?]|$))")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION,
                        "Explain it as new, to an equal: \"This part isn't obvious, so let me show you.\"")
                .unlessBefore("(?:not|never|if|whether|i|we) $"));
    }

    /** Adds the everyday guesses: a likely cause, a likely figure, a likely outcome said as if known. */
    static void guessingACause(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "guessing.sounds-like-a-glitch",
                        "(?:it |that |this )?(?:sounds|looks|seems) (?:to me )?like (?:a |an |some |just a |probably a )?(?:[\\w-]+"
                                + " )?(?:glitch|bug|hiccup|blip|mix-up|software (?:issue|problem|fault)|hardware (?:issue|problem"
                                + "|fault)|network (?:issue|problem)|sync (?:issue|problem)|connection (?:issue|problem)|caching"
                                + " (?:issue|problem)|user error|fault (?:with|in|on)|problem (?:with|on) (?:your|the) (?:end|side|bank"
                                + "|phone|router|browser|network))(?: to me)?|(?:it's|that's|it is|that is) (?:almost certainly|in all likelihood)"
                                + " (?:the|your|a|an|just)\\b|odds are|nine times"
                                + " out of ten|i'd put money on|i'd bet(?: (?:it|that|they|you))?|i(?:'m| am) (?:fairly|pretty"
                                + "|reasonably) (?:certain|confident)|i suspect|my (?:hunch|gut feeling|gut) (?:is|says|tells me)|i'd"
                                + " hazard a guess|if i had to guess|(?:could|might|may) be (?:a|an) (?:problem|issue|glitch|bug|fault)"
                                + " (?:with|on|in) (?:your|the)\\b|(?:maybe|perhaps|probably|might be|could be|may be|i think|i reckon"
                                + "|my guess is|it's probably) (?:it's |it is |that's )?(?:just )?(?:your|the) (?:[\\w'-]+ )?(?:router"
                                + "|bank|phone|browser|settings|network|wifi|wi-fi|connection|card|app|device|laptop|computer|spam"
                                + "|spam filter|provider|cache|firewall|antivirus|battery|cable|sim|signal)\\b")
                .problem(
                        GUESSING,
                        "Separate what you know from what you'll check: \"I don't know the cause yet. I'll check"
                                + " and tell you by three.\"")
                // Not after saying the cause is not known yet: "I don't know yet; it could be the battery or the
                // board".
                .unlessBefore("(?:not|don't want to|won't|rather not|can't say|no way to|without) $"
                        + "|(?:don't|do not|can't|cannot) (?:know|tell|say)(?: (?:yet|for sure|for certain|from here))?[;,:.]?"
                        + " (?:but )?(?:it |that )?$"));
        b.add(PhraseBook.phrase(
                        "guessing.a-likely-figure",
                        "(?:maybe|probably|possibly) (?:it'd|it'll|it would|it will|it's|it is|that's|that'd|that would|we're"
                                + " looking at) (?:be )?(?:around|about|roughly|something like|like|close to|in the region of)"
                                + "|should be (?:nothing|no (?:charge|fee|cost|problem|issue)|all clear|all good|(?:sorted|fine|done"
                                + "|ready|there|back) (?:by|for|in|before) [\\w-]+)")
                .problem(
                        GUESSING,
                        "Give the figure you know, or say when you'll know it: \"I'll have the exact number by"
                                + " Friday.\"")
                .unlessBefore("(?:not|don't want to|won't|rather not) $"));
    }

    /** Adds the rule said as a bare fact before anything else: windows, fees and terms. */
    static void ruleAsBareFact(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "policy.window-is",
                        "we only (?:refund|accept|offer|ship|deliver|exchange|allow|give|issue|take)\\b|no exceptions|(?:our|the) (?:[\\w-]+ ){0,2}(?:window|period|limit|deadline|cut-?off|timeframe|time limit) is (?:only"
                                + " )?(?:\\d+|one|two|three|five|seven|ten|fourteen|fifteen|twenty|thirty|sixty|ninety)"
                                + "|(?:carry|carries|incur|incurs|attract|attracts|come with|comes with) (?:a|an) (?:[$£€]?\\d+ )?"
                                + "(?:[\\w-]+ )?(?:fee|charge|penalty)|(?:fees?|charges?|penalties) (?:are|is) (?:applied|charged"
                                + "|added|taken) automatically|(?:are|is) (?:(?:only )?(?:an )?estimates?(?: only)?|a guide only|not"
                                + " guaranteed)(?=,? (?:as|per|under|in)\\b)|(?:as|it's|that's|it is|that is)(?: (?:stated|set out|written"
                                + "|outlined|explained|laid out))? (?:in|on) (?:our|the|your) (?:[\\w-]+ ){0,2}(?:terms|t&cs|policy"
                                + "|conditions|contract|small print)|as per (?:our|the|your) (?:[\\w-]+ ){0,2}(?:terms|t&cs|policy"
                                + "|conditions|contract)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "Start from their situation, then the rule and what it leaves open: \"You're just past the window,"
                                + " I know. Here's what I can still do.\""));
    }

    /** Adds the everyday counter-attacks: "I'm not deaf", "shouting won't help", "don't even go there". */
    static void counterAttacks(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "reactive.hitting-back",
                        "i'm not (?:deaf|stupid|an idiot|thick|a robot|a mind reader|your (?:punching bag|servant|slave|mum"
                                + "|mother|dad|secretary))|(?:shouting|yelling|swearing|screaming|being rude|getting nasty|having a"
                                + " go|raising your voice)(?: at me)? (?:isn't|won't|is not|will not|doesn't|does not) (?:going to"
                                + " |gonna )?(?:help|make|get|change|speed|fix)|(?:if|so) that's how you want to play (?:it|this)|two"
                                + " can play (?:at )?that game|(?:so )?(?:i guess )?we're even|don't (?:even )?go there|(?:maybe"
                                + " |you'd better |better )?watch it(?=\\s*(?:[,.!;]|$))|watch yourself|back off|don't push it"
                                + "|(?:maybe |try )(?:try )?not (?:talking|speaking) to (?:people|me|staff|us) like that|i'm the only"
                                + " (?:one|person) (?:trying|helping|doing|here)|than you(?:'ll| will) ever (?:know|write|do|earn|manage"
                                + "|be)|real (?:friends|colleagues|customers|families|mothers|mums|sisters|brothers|partners) (?:don't"
                                + "|wouldn't|do not|would not)|let's not (?:go there|start|do this)(?=\\s*(?:[,.!;]|$))|who are you to"
                                + "|take it or leave it|go ahead and (?:complain|cancel|leave|report|sue)|do you want (?:my|our) help"
                                + " or not|(?:^|, )excuse me\\?|you don't get to (?:talk|speak|tell|shout)|i don't care (?:what|if|how)"
                                + " you")
                .moves(Move.BOUNDARY)
                .problem(
                        REACTIVE,
                        "Hold the line without the heat: \"I want to sort this out with you, and I can do that best if we"
                                + " keep it about the problem.\""));
    }
}
