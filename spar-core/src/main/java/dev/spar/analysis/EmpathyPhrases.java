package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.CANNED_EMPATHY;
import static dev.spar.analysis.FindingCategory.EMPATHY;

import dev.spar.analysis.Phrase.Extent;
import dev.spar.analysis.PhraseBook.Builder;
import java.util.List;

/**
 * The empathy phrases, as data: specific and stock empathy, apologies, sympathy, affirmation, warmth and
 * encouragement. {@link PhraseBook} compiles them, in the order it lists
 * the families.
 */
final class EmpathyPhrases {
    /**
     * The trouble a service script is sorry for without naming any of theirs: "I'm sorry for the frustration" is
     * the formula, "I'm sorry for the wait you've had since Monday" is not.
     */
    private static final String FORMULA_TROUBLE = "(?:inconvenience|trouble|confusion|frustration|disruption|hassle)";

    /** The formula's trouble ends the clause, or only says that it was caused. */
    private static final String FORMULA_END =
            "(?: (?:this|that|it) (?:may have |might have |has |may )?caused(?: you)?)?\\s*(?:[.!,;]|$)";

    private EmpathyPhrases() {}

    /** Adds specific empathy: feeling with them about their situation, not a stock line. */
    static void empathy(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "empathise.see-why",
                        "i (?:can )?(?:completely |totally |really |fully |absolutely )?(?:see|understand|get) why (?:you(?:'d|'re"
                                + "| would| are| might| feel| were)?|anyone|someone|that would|this would|that's|this is|that was"
                                + "|this was|the \\w+ (?:is|was|would be|has been))")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "empathise.i-would-feel",
                        "i'd (?:feel|be) (?:just as |really |pretty |so |very |exactly as |equally )?" + PhraseBook.FELT
                                + "(?: too| as well| in your (?:position|shoes|place))?|i'd feel the same(?: way)?"
                                + "|anyone would (?:be|feel)|no wonder (?:you're|you feel)|in your (?:position|shoes|place),? i'd")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase("empathise.imagine", "i can(?:'t| not|not)? (?:even |only )?imagine (?:how|what)")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "empathise.sorry-you",
                        "(?:i'm|we're) (?:(?:so|really|truly|very|genuinely) )?sorry (?:that )?you(?:'ve|'re)? (?:had to|been|spent"
                                + "|lost|missed|waited|dealt|gone through|going through|dealing|in this|left|stuck|without|received|got"
                                + "|had)")
                .moves(Move.APOLOGISE, Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "empathise.understand-specifically",
                        "i (?:completely |totally |really |fully |do |truly )?(?:understand|hear|appreciate) (?:your (?:frustration"
                                + "|concern|concerns|disappointment|worry|worries|annoyance)|how you(?:'re)? feel(?:ing)?) (?:with|about"
                                + "|over|at|regarding|given|after|since|because|when|that|especially)")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
    }

    /** Adds stock empathy lines: fine once with substance around them, hollow when repeated or alone. */
    static void stockEmpathy(List<Builder> b) {
        String specificAfter = " (?:with|about|over|at|regarding|given|after|since|because|when|that|especially)\\b";
        b.add(PhraseBook.phrase(
                        "stock.understand-how-you-feel",
                        "i (?:completely |totally |fully |really |do |truly )?(?:understand|know|get) (?:exactly )?how you(?:'re)? feel(?:ing)?")
                .moves(Move.EMPATHISE)
                .problem(
                        CANNED_EMPATHY,
                        "Name what happened to them instead: \"A week with no update would frustrate anyone. Let me"
                                + " find out where it is.\"")
                .unlessAfter(specificAfter));
        b.add(PhraseBook.phrase(
                        "stock.understand-your-frustration",
                        "i (?:completely |totally |fully |really |do |truly )?(?:understand|hear|appreciate) your (?:frustration"
                                + "|frustrations|concern|concerns|disappointment)")
                .moves(Move.EMPATHISE)
                .problem(
                        CANNED_EMPATHY,
                        "Say what is frustrating about it: \"Being charged twice and then waiting on hold is"
                                + " maddening. Let me sort out the charge first.\"")
                .unlessAfter(specificAfter)
                .scripted());
        b.add(PhraseBook.phrase(
                        "stock.i-understand",
                        "i (?:completely |totally |fully |really |do |truly )?understand(?=\\s*(?:[.!,;]|$))")
                .moves(Move.EMPATHISE)
                .problem(
                        CANNED_EMPATHY,
                        "Show what you understood: \"So the replacement still hasn't come and you need it by"
                                + " Friday.\""));
        b.add(PhraseBook.phrase(
                        "stock.sorry-for-any-inconvenience",
                        "(?:(?:i|we) (?:(?:sincerely|truly|do|deeply) )?apologi[sz]e|(?:i'm|we're) (?:(?:so|very|really|truly) )?sorry)"
                                + " for (?:any|(?:all )?the(?= " + FORMULA_TROUBLE + FORMULA_END + ")) "
                                + FORMULA_TROUBLE
                                + "(?: (?:this|that|it) (?:may have |might have |has |may )?(?:caused|cause))?(?: you)?")
                .moves(Move.APOLOGISE)
                .problem(
                        CANNED_EMPATHY,
                        "Name the actual disruption: \"I'm sorry this held up your work. I'm checking the status"
                                + " now.\"")
                .scripted());
        b.add(PhraseBook.phrase(
                        "stock.sorry-to-hear-that",
                        "(?:i'm|we're) (?:(?:so|very|really|truly) )?sorry to hear (?:that|this)")
                .moves(Move.APOLOGISE)
                .problem(
                        CANNED_EMPATHY,
                        "Say what you are sorry about: \"I'm sorry the part didn't fit after you waited three days"
                                + " for it.\"")
                .unlessAfter(" (?:you|your|the|about|it|that|this|they)\\b"));
        b.add(PhraseBook.phrase(
                        "stock.understand-how-frustrating",
                        "i (?:hear you,? and i )?(?:completely |totally |fully |really |do |truly )?(?:understand|know|can imagine|can see)"
                                + " how (?:frustrating|annoying|upsetting|stressful|difficult|hard|inconvenient|disappointing|worrying)"
                                + " (?:this|that|it) (?:must be|must have been|is|has been)(?: for you)?|i hear you,? and i"
                                + " (?:completely |totally |fully |really |do )?understand(?: your (?:concerns?|frustration|point))?")
                .problem(
                        CANNED_EMPATHY,
                        "Name what is hard about it for them: \"Paying for a diagnostic and seeing the light come back two"
                                + " days later is maddening.\"")
                .unlessAfter(specificAfter));
        b.add(PhraseBook.phrase(
                        "stock.regret-any",
                        "(?:i|we) (?:sincerely |deeply |truly )?regret (?:any|the) (?:inconvenience|distress|upset|stress|worry|trouble"
                                + "|difficulty|disruption|disappointment|confusion)(?: (?:this|that|the) (?:situation |matter |issue )?"
                                + "(?:may have |might have |has )?caused(?: you)?)?|thank you for bringing (?:this|it|that) to (?:our|my)"
                                + " attention|we take (?:all |your |any |these |customer )?(?:feedback|complaints|concerns|comments|matters)"
                                + "(?: like this)? (?:very )?seriously")
                .problem(
                        CANNED_EMPATHY,
                        "Say what went wrong for them: \"Being overdrawn because we took your mortgage twice is our"
                                + " mistake, and I'm putting it right.\"")
                .scripted());
        b.add(PhraseBook.phrase(
                        "stock.value-your-business",
                        "we (?:really |truly |greatly |do )?value (?:you as a customer|your (?:business|custom|loyalty|patience|feedback))"
                                + "|your (?:call|business|feedback|satisfaction|custom) is (?:very |really |extremely )?important to us")
                .problem(
                        CANNED_EMPATHY,
                        "Show it with action: \"You've been with us six years, so let me see what I can do about"
                                + " this bill.\"")
                .scripted());
        b.add(PhraseBook.phrase(
                        "stock.thanks-for-your-patience",
                        "(?:thank you|thanks|thank u|thx)(?: (?:so|very) much)? for (?:your|ur) (?:patience|understanding)"
                                + "|i (?:really |do |truly |greatly |very much )?appreciate (?:your|ur) (?:patience|understanding"
                                + "|transparency|candou?r)|(?:every|each|all) (?:one )?(?:of )?(?:our )?customers? (?:is|are)"
                                + " (?:(?:very|really|extremely|so) )?important to us|your time is (?:(?:very|really|so) )?valuable"
                                + "|we(?:'re| are) (?:always )?here to help(?=\\s*(?:[.!]|$))|(?:your|ur) (?:concerns?|feelings|voice)"
                                + " (?:is|are|have been) (?:being )?heard")
                .problem(
                        CANNED_EMPATHY,
                        "Thank them for something they did, or show the care: \"You've waited twenty minutes for"
                                + " this, so here's where it stands.\"")
                .scripted());
    }

    /**
     * Adds therapy-speak: validation said as a formula ("your feelings are valid", "I want to validate that your
     * journey has been hard", "I'm holding space for you"), which tells them they were processed, not heard.
     */
    static void therapySpeak(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "stock.feelings-are-valid",
                        "(?:your|those|these|all your) (?:feelings|emotions|concerns|frustrations) are (?:(?:completely|totally|so|very"
                                + "|absolutely|all|100%) )?valid|i (?:just )?(?:want|wanted|'d like|would like) to (?:validate|acknowledge and validate|honou?r)\\b"
                                + "|i (?:validate|honou?r) your (?:feelings|experience|pain|frustration|anger|hurt|emotions|perspective"
                                + "|truth)|your (?:healing )?journey"
                                + "|(?:i|we) see you and (?:i|we) hear you"
                                + "|(?:that's|that is|thats|it's) (?:so |totally |completely |really |very |100% )?valid(?=\\s*(?:[,.!;]|$))"
                                + "|sharing (?:your|ur) truth|all (?:your |of your )?(?:feelings|emotions) are (?:welcome|valid|okay|ok|allowed)"
                                + "|(?:it's|its|it is) (?:completely |totally |perfectly |absolutely |so |very )?(?:normal|okay|ok|natural"
                                + "|understandable) to feel (?:whatever|what(?:ever)? you(?:'re)? feel|how you feel|that way|like that"
                                + "|all (?:of )?(?:that|this|the feelings))|honou?r(?:ing)? (?:where you(?:'re| are) at|your (?:process"
                                + "|truth|feelings))|holding space\\b")
                .moves(Move.EMPATHISE)
                .problem(
                        CANNED_EMPATHY,
                        "Say back what they told you, in their words: \"You were left out of the decision, and that"
                                + " stung.\"")
                .scripted());
    }

    /** Adds apologies, which the analyzer counts for over-apology. */
    static void apologies(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "apologise.sorry",
                        "(?:(?:i'm|we're|i'm just) (?:(?:so|really|very|truly|terribly|deeply|extremely|incredibly|awfully|genuinely"
                                + "|sincerely) ){0,2})?sorry")
                .moves(Move.APOLOGISE)
                .unlessBefore("(?:not|never|be|feel|you're|you'll be|they're|he's|she's) $")
                // "Sorry?" asks them to repeat, and "sorry you feel that way" is a dismissal, not an apology.
                .unlessAfter("\\s*\\?| (?:that |if )?you feel (?:that way|like that|this way)"));
        b.add(PhraseBook.phrase(
                        "apologise.apologise",
                        "(?:i|we) (?:(?:sincerely|truly|really|do|deeply|just|must|want to|would like to|'d like to) ){0,2}apologi[sz]e"
                                + "|(?:my|our) (?:(?:sincere|sincerest|deepest|humble) )?apologies|apologies (?:for|about)"
                                + "|(?:i|we) owe you an apology")
                .moves(Move.APOLOGISE));
    }

    /** Adds sympathy and warmth: feeling for them, wishing them well, being there. */
    static void sympathy(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "empathise.sympathy",
                        "(?:i'm|i am|we're) (?:(?:so|really|very|truly|deeply|genuinely|terribly|just) ){0,2}sorry (?:to hear|to read"
                                + "|about (?:your|the|what)|for (?:your|what|the(?! " + FORMULA_TROUBLE + FORMULA_END
                                + "))"
                                + "|that (?:happened|you|your|this|it)|you're|you are"
                                + "|you've|you have|you had|you went|you feel|you felt|this happened|it happened|for your loss)"
                                + "|my heart (?:goes out|breaks|aches|hurts)|(?:i|we) feel (?:so |really |very )?(?:bad|sad|awful|terrible)"
                                + " (?:for|about) (?:you|that|this|what)|i feel for you|i feel you|(?:sending|big|virtual) (?:hugs|love"
                                + "|hug|strength|good vibes|positive vibes)|\\(?hugs?\\)?(?=\\W*$)|\\*hugs\\*"
                                + "|(?:that|this|it)(?:'?s| is| was| sounds| must be) (?:so |really |truly |just )?(?:awful|terrible"
                                + "|horrible|heartbreaking|sad|rough|tough|unfair|shitty|crappy|painful|hard|devastating|brutal"
                                + "|heartbreaking|scary)|(?:that|this|it) (?:really )?(?:sucks|stinks|hurts)|oh no|i'm (?:so )?sad to"
                                + " hear|that breaks my heart")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|isn't|wasn't|if|whether) $"));
        b.add(PhraseBook.phrase(
                        "empathise.here-for-you",
                        "(?:i'm|i am|we're|we are) (?:always |still |right )?here (?:for you|if you|to (?:listen|talk|help|support))"
                                + "|i (?:really )?care|i (?:want|wanna|would like|'d like|would love|'d love) to (?:listen|hear|help)"
                                + "|(?:willing|happy|glad|here) to (?:listen|chat|talk)|i can be here|we'll listen|i(?:'d| would) hug you"
                                + "|(?:you can|you're (?:more than )?welcome to|feel free to) (?:message|pm|dm|chat with|talk to|reach out to|text"
                                + "|call) (?:me|us)|i feel ya|i feel similarly|(?:right|i'm) (?:there|here) with you|i resonate"
                                + "|i know (?:the|that|this) feeling|i(?:'m| am) (?:also|too) feeling|i was (?:really |so )?worried about you"
                                + "|thank god you're|(?:are|is) (?:you|everything) (?:okay|ok|alright|all right)"
                                + "|do you (?:need|want) to (?:talk|vent)|i (?:totally |completely |honestly |really )?(?:feel|felt)"
                                + " (?:the (?:exact )?same|exactly the same|the same way)|i know exactly what you mean"
                                + "|i understand (?:your|the) (?:pain|struggle|hurt|feelings?)|i (?:can )?(?:totally |really |so )?relate|(?:want|wanna) to talk(?= ?\\?)|i feel (?:with|like) you"
                                + "|(?:i'm|i am) (?:so |really |very )?(?:glad|happy) (?:you|that|to see|for you)|glad (?:you|that you|to"
                                + " hear)|what an? (?:awful|terrible|horrible|crappy|shitty|rotten|cruel|hard|tough|sad|awful) (?:thing"
                                + "|situation|time|day|experience|way)"
                                + "|i care (?:about you|about what happens|for you)|(?:i|we) (?:really )?care about you|i'm listening"
                                + "|you (?:can|could) (?:always )?(?:talk to|message|pm|dm|reach out to|lean on|count on) (?:me|us)"
                                + "|feel free to (?:pm|dm|message|talk to|reach out to) (?:me|us)|my (?:inbox|dms?|door) (?:is|are) (?:always )?open")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "empathise.hope-for-you",
                        "i (?:really |truly |sincerely |just )?(?:hope|wish|pray) (?:that )?(?:you|things|it|your|everything|this|tomorrow"
                                + "|the rest|someday|one day|one of)(?! helps?\\b)|(?:wishing|sending) you|i wish (?:i could|there (?:was|were|is))(?= [^.!?]{0,40}?(?:you|your|help|advice|give"
                                + "|offer|say|do more|do something|do anything|take away|take the pain))"
                                + "|(?:good luck|best of luck|all the best|take care of yourself|be well|stay safe)(?: to you)?")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                .unlessAfter("(?: that)? (?:helps?|answers|makes sense|clears)\\b"));
    }

    /** Adds affirmations: recognising their effort, strength or worth, and reassurance that it can get better. */
    static void affirmations(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "affirm.good-idea",
                        "(?:that's|that is|this is|what an?|it's|that sounds like|sounds like|that seems like|you have|you've got)"
                                + " (?:an? )?(?:really |very |so |such an? |truly |great |)?(?:great|good|excellent|wonderful|brilliant|smart"
                                + "|fantastic|amazing|healthy|positive|helpful|sensible|solid|reasonable|wise|mature|thoughtful|awesome"
                                + "|perfect|lovely|fine|cool|nice) (?:idea|plan|step|start|question|point|thing to do|way|goal|choice"
                                + "|decision|attitude|approach|mindset|insight|outlook|thought|instinct|move|first step|solution|option"
                                + "|realisation|realization|observation|perspective)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "affirm.well-done",
                        "good for you|well done|nice work|great job|good job|way to go|kudos|bravo|i'm (?:so |really |very )?proud of"
                                + " you|you should be (?:so |really |very )?proud|i (?:really )?(?:admire|applaud|respect|commend|appreciate)"
                                + " (?:you|your|that you|how you|the way you)|that (?:took|takes) (?:a lot of |real |great |some )?(?:courage|guts|strength|bravery"
                                + "|effort)|(?:it's|it is) (?:really |so |very )?(?:great|wonderful|amazing|awesome|fantastic|good|nice|lovely)"
                                + " (?:that you|to (?:hear|see|know)|you)|(?:that's|that is|that was) (?:really |very |so |incredibly |a )?(?:brave|courageous"
                                + "|impressive|admirable|commendable|big step|huge step|great step|real progress|progress|an achievement"
                                + "|a big deal|amazing|awesome|wonderful|fantastic|great|excellent|incredible)(?! (?:idea|plan|question|point))"
                                + "|(?:that's|that is) (?:so |really )?(?:great|good|wonderful|awesome|fantastic|nice|lovely) to hear"
                                + "|(?:i'm|i am) (?:so |really |very )?(?:glad|happy|pleased|relieved) (?:to hear|that you|you|for you)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|isn't|wasn't|if|whether) $"));
        b.add(PhraseBook.phrase(
                        "affirm.your-strength",
                        "you(?:'re| are| have been|'ve been| were| seem| sound like) (?:doing )?(?:so |really |very |clearly |obviously"
                                + " |such |a )?(?:strong|brave|resilient|capable|smart|kind|caring|thoughtful|determined|courageous"
                                + "|a (?:good|great|loving|caring|wonderful) (?:friend|parent|person|mom|mum|dad|mother|father|partner"
                                + "|son|daughter|husband|wife|listener)|doing (?:great|well|a great job|a good job|the right thing|your best"
                                + "|amazing|everything you can|so well|really well)|on the right (?:track|path)|not (?:a failure|weak"
                                + "|stupid|crazy|broken|alone|the only one)|not to blame|worth it|enough|worthy|important|valuable"
                                + "|a survivor|a fighter)"
                                + "|you did (?:the right thing|great|well|a great job|your best|nothing wrong|everything you could)"
                                + "|you (?:clearly|obviously|really|truly) (?:care|love|want|tried|know)|you've (?:done|come) (?:so |really )?"
                                + "(?:well|far|a lot|so much|a great job|everything)|you (?:deserve|are worth|matter)"
                                + "|you've (?:already )?(?:made|taken) (?:a |the |some )?(?:great |big |real |good |first )?(?:step|steps|progress"
                                + "|changes)|you(?:'ve| have) (?:got )?(?:a lot of|so much|the) (?:strength|courage|potential|talent|support)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "affirm.reassure",
                        "you(?:'re| are) not alone|(?:you|we)(?:'ll| will| can| are going to|'re going to) (?:get through|make it"
                                + "|figure (?:it|this) out|be (?:fine|okay|ok|alright|all right)|pull through|overcome|find (?:a way|someone"
                                + "|the right))|you can do (?:this|it)|you've got this|(?:it|things|this|everything|life)(?:'ll| will"
                                + "| is going to|'s going to| are going to|'re going to| can| does| do) (?:(?:get|be) (?:better|easier|okay"
                                + "|ok|fine|alright|all right)|work out|turn around|improve|pass|look up)|i'm sure (?:you|it|things|she"
                                + "|he|they)|i(?:'m| am)? (?:really |truly |honestly |just )?(?:know|believe|think|have faith|trust|confident|sure|certain)"
                                + " (?:that )?you(?:'re| are|'ve| have|'ll)? (?:can|will|'ll|are|have|did|done|doing|going to|gonna|not"
                                + "|definitely|really|a|so|such|more|strong|capable|smart|brave|right)|i believe in you|i love (?:it|that)"
                                + "|you(?:'re| are) (?:definitely |certainly |really )?not (?:overthinking|overreacting|being (?:silly"
                                + "|dramatic|selfish|unreasonable|stupid))|(?:that's|that is|it's) (?:really |very |so )?positive"
                                + "|you don't sound (?:evil|bad|stupid|crazy|selfish|weak|weird|pathetic|like a bad)|(?:that's|thats|that is)"
                                + " (?:pretty |really |so )?(?:awesome|great|cool|amazing)|glad to (?:meet|see|hear)|there's (?:always )?(?:hope"
                                + "|light at the end)|don't be (?:so )?(?:hard on|harsh on|tough on) yourself|don't (?:blame|beat up) yourself"
                                + "|(?:it's|that's|it is|that is) (?:completely |perfectly |totally |very |so |absolutely )?(?:normal|natural"
                                + "|understandable|okay|ok|alright|fine|common|human|valid) (?:to|that you|for you|for anyone)"
                                + "|(?:that's|that is|it's|your feelings are) (?:completely |perfectly |totally )?(?:normal|understandable"
                                + "|natural|valid)|keep (?:it )?up|hang in there|stay strong|keep going|keep your head up"
                                + "|you're (?:going to|gonna) be (?:fine|okay|ok|alright|great)|one (?:day|step) at a time"
                                + "|(?:it|things|life) gets? better|(?:don't|shouldn't|no need to|never) be (?:ashamed|embarrassed"
                                + "|afraid to)|keep (?:fighting|pushing|going|at it)|be proud of yourself"
                                + "|you(?:'re| are) not (?:a|the) (?:bother|burden|bad guy|problem|only one)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|isn't|if|whether|wonder|think) $"));
    }

    /** Adds praise of who they are and reassurance about how things will go, beyond the stock lines above. */
    static void moreAffirmations(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "affirm.you-are-good",
                        "you(?:'re| are| seem| sound)(?: like)? (?:(?:such|a|an|very|so|really|truly|incredibly|clearly|obviously"
                                + "|genuinely) ){0,3}(?:good|great|thoughtful|generous|kind|caring|wonderful|amazing|loving|strong|brave"
                                + "|smart|mature|intelligent|talented|capable|resilient|sweet|nice|bright|hard-working|hardworking"
                                + "|considerate|responsible|patient|wise|self-aware|dedicated|devoted|supportive|lovely|beautiful"
                                + "|gifted|skilled|qualified|valuable|worthy|loved)\\b")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|not|think|wonder|feel like|worry that|afraid) $")
                .unlessAfter(" (?:at|with|for|about|to) (?:\\w+ )?(?:it|that|this|them|him|her)?\\s*\\?"));
        b.add(PhraseBook.phrase(
                        "affirm.it-will-be-fine",
                        "(?:don't|do not|try not to|no need to) worry|i have no doubt|no doubt (?:you|that you|it)"
                                + "|(?:it|things|this|that|life)(?:'ll| will)? (?:gets?|will get|become|becomes) (?:a (?:little|lot|bit) )?"
                                + "(?:easier|better)|(?:it|this|that|things|time) (?:will|'ll|shall) (?:pass|heal|settle|improve|work"
                                + " out|sort (?:itself|themselves) out|fall into place)|this too shall pass|at least you"
                                + "|you(?:'ll| will) (?:definitely |surely |certainly |soon |eventually )?(?:be able to|find|get"
                                + " through|make it|overcome|succeed|handle|manage|ace|land|get there|feel better|be back)"
                                + "|(?:that|it|this)(?:'s| is) (?:totally |completely |perfectly |absolutely )?(?:fine|okay|ok|alright"
                                + "|all right)(?: to| that| if)|(?:it's|that's|it is|that is|this is) (?:so |really |very |such )?"
                                + "(?:good|great|wonderful|fantastic|excellent) (?:news|that|to hear)"
                                + "|(?:it's|that's|it is|that is) (?:a )?(?:good|great|big|huge) (?:sign|step|start|thing|achievement)"
                                + "|(?:i'm|i am) (?:so |very |quite |pretty |absolutely )?(?:sure|certain|confident)(?! (?:if|whether|what"
                                + "|how|why|when|where|about))|you(?:'ll| will) (?:do|be|feel) (?:(?:just|so|really) )?(?:great|fine|well"
                                + "|amazing|good|okay|ok|alright|all right|better)|you can (?:definitely |totally |surely |certainly )?"
                                + "(?:get through|handle|overcome|beat|make it|do (?:it|this|that))|good thinking|nicely put"
                                + "|you put (?:that|it) (?:really |so )?(?:well|nicely)|(?:there's|there is) nothing wrong with"
                                + "|(?:it|that|this|the pain|the feeling|things) (?:will|'ll) (?:fade|ease|get easier|heal)"
                                + "|you(?:'ve| have)? handled (?:it|that|this|things) (?:really |so |very )?(?:well|greatly|nicely)"
                                + "|(?:that's|that is|that sounds|it sounds|sounds|very|so) (?:really |very |so |pretty )?(?:good|great"
                                + "|wonderful|understandable|promising|reasonable)(?=\\W*$|[.!,])")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|isn't|if|whether|wonder|why|when|how) $"));
    }

    /** Adds being with them from a distance: understanding said plainly, an open door, prayers, support. */
    static void beingWithThem(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "acknowledge.know-what-you-mean",
                        "i (?:totally |completely |really )?know what you mean|i (?:can |totally |completely |really |do )?understand"
                                + " (?:it|that|this)(?= ?(?:[.!,;]|$))|i (?:can )?(?:totally |completely |really )?see where you're"
                                + " coming from|i know (?:how|what) (?:it|that|this) (?:feels?|is like)|i know (?:that|the) feel(?:s|ing)?\\b"
                                + "|i feel (?:a )?similar(?:ly| way)")
                .moves(Move.ACKNOWLEDGE)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "empathise.open-door",
                        "(?:pm|dm|message|text|inbox) me|(?:i'll |i will |will |i'm |i am )?pray(?:ing)? for you|i (?:really )?support"
                                + " you|thinking (?:of|about) you|sending (?:prayers|thoughts|you)|(?:i'm|i am) (?:right |always |still"
                                + " |just )?here(?= ?(?:[.!,;:)]|$))|(?:i'm|i am) (?:right )?here (?:if|whenever|when|anytime|any time"
                                + "|for ya)|hmu|hit me up|reach out to me|i can lend (?:a|an) (?:ear|hand)|i see you(?= ?(?:[.!,;]|$))")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:don't|do not|never|not|stop|if) $"));
        b.add(PhraseBook.phrase(
                        "affirm.be-strong",
                        "(?:be|stay) strong|hang in there|you got this|happy birthday|congrat\\w*|you should (?:feel|be) (?:so |really )?proud"
                                + "|you don't deserve (?:that|this|it|any of)|(?:strength|peace|love) and (?:peace|strength|love)"
                                + "|(?:crying|it's|it is|that's) (?:always |totally |completely |perfectly )?(?:okay|ok|alright|fine) to")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE));
    }

    /**
     * Adds warmth for them beyond the set lines: contradicting the harsh thing they say of themselves ("you're
     * not a burden"), an open offer to listen, a wish for them without the "I", and their pain felt with them.
     */
    static void warmth(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "affirm.not-what-you-fear",
                        "(?:you(?:'re| r) (?:really |definitely |certainly |absolutely |so )?(?:not|never)|you (?:aren't|are never"
                                + "|arent)|your not|ur not|u(?: r| are)? not) (?:a |an |the |that |so |as )?(?:(?:complete|total"
                                + "|huge|big|massive) )?(?:worthless|useless|a bother|bother|a burden|burden|alone|failure|a failure"
                                + "|mistake|a mistake|ugly|stupid|broken|crazy|weak|pathetic|loser|a loser|unlovable|hopeless|waste"
                                + "|a waste|annoying|disappointment|a disappointment|too much|selfish|bad person|a bad person"
                                + "|problem|to blame|damaged|boring|unwanted|weird|dumb|lazy|only one|worthless|nothing|insane"
                                + "|beyond help|ugly)\\b")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|think|feel like|worry that|afraid|sure) $"));
        b.add(PhraseBook.phrase(
                        "affirm.more-than-this",
                        "(?:you(?:'re| are| r)|your|ur) (?:(?:only|just) human|(?:so much |way |a lot )?(?:stronger|braver|smarter|better"
                                + "|more (?:capable|loved|valuable|worthy)) than you (?:think|know|believe|realise|realize|feel)|not your"
                                + " (?:mistakes|past|illness|depression|diagnosis|thoughts|anxiety|worst (?:day|moments?)))"
                                + "|you(?:'re| are) (?:so )?(?:loved|golden|cared for|worth it)\\b"
                                + "|no ?one (?:expects|would expect|is expecting) you to (?:be perfect|fix|have|know|do|get)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|not|think|feel like|worry that|afraid) $"));
        b.add(PhraseBook.phrase(
                        "empathise.offer-to-listen",
                        "(?:if|whenever) you (?:ever )?(?:want|need|'d like|would like|wanna|feel like you need) to (?:talk|vent"
                                + "|chat)|(?:send|drop|shoot) me (?:a |an )?(?:pm|dm|message|msg|line|note)|msg me"
                                + "|let (?:me|us) know if you (?:ever )?(?:want|need|'d like|would like|wanna) to (?:talk|vent|chat)")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                .unlessAfter(" (?:to|with) (?:a|an|the|your|someone|somebody|anyone|a manager|support)\\b"));
        b.add(PhraseBook.phrase(
                        "empathise.wish-without-i",
                        "^{lead}(?:really |just |i'm |i am )?hop(?:e|ing) (?:that )?(?:you|things|it gets|everything|your|tomorrow"
                                + "|the rest)")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                // "Hope your weekend is going well", "hope you enjoy the trip": a pleasantry, not a wish about their
                // trouble.
                .unlessAfter(
                        "(?: that)? (?:helps?|answers|makes sense|clears|don't mind|can|could|will be able|have a|had a"
                                + "|are having|'re having|enjoy|too|are (?:well|good|doing well)|'re (?:well|good|doing well)|day|weekend"
                                + "|afternoon|after noon|evening|morning|trip|week|night|holiday|vacation)\\b"));
        b.add(PhraseBook.phrase(
                        "empathise.invite-to-share",
                        "(?:up|care|willing|here) to (?:talk|chat|share|vent)(?= ?\\?)|i(?:'d| would) (?:love|like) to (?:hear|read)"
                                + "(?: (?:more|it|about it|your story|what happened|from you))?(?= ?(?:[.!,;]|and |$))")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "empathise.plea",
                        "(?:please,? )?(?:don't|do not) (?:do it|give up|kill yourself|hurt yourself|end it|end your life|go through"
                                + " with it)|i (?:really )?(?:don't|do not) want you to (?:die|go|jump|leave|hurt|do it|give up|end|kill)"
                                + "|please (?:stay|hold on|don't go)|(?:i'm|i am) (?:right |all the way |totally |always )?with you(?! (?:on|about|in|there|that|as))")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:i|we|they|he|she|people|if|why|not|to) $")
                .unlessAfter(
                        " (?:often|too|so|more|again|anymore|until|unless|without|that way|like that|right|wrong)\\b"));
        b.add(PhraseBook.phrase(
                        "empathise.moved-by-it",
                        "(?:it|this|that|your (?:post|story|words|message)|reading (?:this|that|your \\w+)|hearing (?:this|that))"
                                + "(?: really| just| honestly| genuinely)? (?:makes|made) me (?:so |really |very |feel |a bit |kind of )?"
                                + "(?:sad|upset|angry|mad|furious|heartbroken|cry|tear up|teary|emotional|want to cry|sick to my stomach)"
                                + "|(?:i'm|i am|i feel|i was) (?:so |really |very |genuinely |truly )?(?:sad|angry|upset|heartbroken|furious"
                                + "|mad|gutted|sick) (?:for you|to (?:read|hear|see|know|think) (?:that|this|about|you|how|what)"
                                + "|(?:that|about what|at what) (?:happened to you|you(?:'re|'ve| are| have| went| had)|they did to you))"
                                + "|(?:breaks|broke|broken) my heart|my heart (?:sank|sinks|hurts|aches|breaks) (?:for|reading|when|to)")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|if|whether|don't|didn't|doesn't) $"));
        b.add(PhraseBook.phrase(
                        "empathise.wish-for-them",
                        "i (?:really |truly |sincerely |just |do )?hope (?:that )?(?!(?:this|it|that) (?:helps?|answers|makes sense"
                                + "|clears|was|is)\\b)(?:[\\w']+ ){1,6}?(?:you|your)\\b|you(?:'ve)? got (?:us|me)(?! (?:to|for|on|wrong))")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "empathise.feel-your-pain",
                        "i (?:can |really |totally )?feel (?:your|ur|you're) (?:pain|hurt|sadness|struggle|frustration|loneliness"
                                + "|anger|grief|heartbreak|exhaustion)|^{lead}feel (?:you|ya)\\b|i know what it's like"
                                + "|i know (?:exactly )?what it feels like|i know how much (?:it|that|this) (?:hurts|sucks|stings)")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE));
    }

    /**
     * Adds encouragement to carry on with what they are doing ("Keep writing those lists!", "Just do your best"):
     * backing them, said as an opening imperative, where "keep telling yourself..." or a tip in the middle of a
     * sentence is not.
     */
    static void encouragement(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "affirm.carry-on",
                        "^{lead}(?:just )?(?:keep (?:on )?(?!telling|saying|thinking|asking|hearing)[a-z]+ing|do your best)\\b")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE));
    }
}
