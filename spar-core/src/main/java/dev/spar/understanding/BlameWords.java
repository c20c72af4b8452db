package dev.spar.understanding;

import java.util.List;
import java.util.regex.Pattern;

/** The words of blaming someone outside the conversation: who, and the failing put on them. */
final class BlameWords {
    private BlameWords() {}

    /** Someone not in the conversation; the named group {@code who}. */
    static final String PARTY =
            "(?<who>(?:the|our|my|your|their|this|that) (?:(?:automated|automatic|online|old|new|other|main|central|local|billing|payment|booking"
                    + "|phone|chat|support|returns|last|previous|former) )?(?:courier partner|delivery partner|courier company|courier|couriers|delivery (?:company|guy|driver|firm"
                    + "|people|team)|driver|warehouse|warehouse team|depot|post office|postman|supplier|suppliers|manufacturer"
                    + "|factory|system|computer|software|portal|other team|other department|tech team|it team|it department"
                    + "|it guys|developers|devs|engineers|accounts(?: team| department)?|finance(?: team)?|billing(?: team)?|hr"
                    + "|legal(?: team)?|head office|management|corporate|higher-ups|bosses|boss|manager|colleague|colleagues"
                    + "|coworker|co-worker|team|last (?:agent|person|guy|rep)|previous (?:agent|person|rep|team)|other (?:agent|person|rep|advisor|adviser"
                    + "|colleague|guy|lady)|night shift"
                    + "|day shift|[\\w-]+ shift|lads|payments? processor|processor|newsagent|pricing team|bank|landlord|contractor|contractors|builders|agency|vendor|partner|airline|client|school"
                    + "|council|government|insurers?|insurance company|carrier|shipping company|lab|kitchen|office|app|website"
                    + "|algorithm|bot|chatbot|provider|network|vendor|recruiter|predecessor|previous manager|old system"
                    + "|new system|third party|[\\w-]+ (?:team|department|guys|people|lot|staff|office|desk|side|end))|(?:[\\w-]+ )?(?:depot|warehouse|sorting office|hub)|royal mail|dpd|ups|fedex|dhl|evri|hermes|usps|amazon"
                    + "|(?!(?:a|the|my|our|your|this|that|one|whole|same|same)\\b)[\\w-]+ (?:team|teams|department|desk)"
                    + "|whoever (?:you )?(?:spoke|talked|dealt|chatted) (?:to|with)(?: (?:in|on|at|over) (?:the )?\\w+| before| earlier| last time)?"
                    + "|(?:the|our|my) (?:workshop|garage|mechanics?|technicians?|store|shop|branch|head office|upstairs|bosses)"
                    + "|accounts|finance|billing|hr|legal|head office|management|corporate|procurement|payroll|compliance|dispatch"
                    + "|logistics|ops|operations|they|them|their|he|she|him|her"
                    + "|it(?='s fault|s fault))";

    /** What a failing is called ("their glitch", "the warehouse's mistake"). */
    private static final String FAILING_NOUN =
            "(?:fault|problem|doing|mistake|mess|error|glitch|bug|issue|cock-up|screw-up|blunder)";

    /** A failing put on a party ("the courier lost it", "that's on the warehouse"). */
    static final List<Pattern> BLAME = List.of(
            Wording.pattern(
                    PARTY + " (?:really |totally |completely |clearly |must have |must've |obviously )?(?:messed"
                            + " (?:it |this |that )?up|screwed (?:it |this |that )?up|lost (?:it|your|the)|made (?:a|an) (?:mistake|error"
                            + "|mess)|dropped the ball|got (?:it|this|that) wrong|mixed (?:it |things )?up|sent (?:it to )?the wrong"
                            + "|forgot|never (?:sent|told|passed|updated|processed|delivered|called)|didn't (?:send|tell|pass|update"
                            + "|process|deliver|call|do|bother|follow)|failed to|broke|(?:is|was) (?:to blame|at fault|useless|hopeless"
                            + "|a nightmare|always late|incompetent|clueless|rubbish)|(?:are|were) (?:to blame|at fault|useless|hopeless|a nightmare"
                            + "|always late|incompetent|clueless|rubbish)|(?:is|are) always (?:making (?:stuff|things|it|that) up"
                            + "|getting (?:\\w+ ){0,3}?wrong|messing (?:\\w+ )?up|losing (?:stuff|things|parcels|\\w+))"
                            + "|should(?:'ve| have) (?:sent|told|caught|checked|done|processed|delivered)|keeps? (?:losing|messing"
                            + "|getting)|always (?:lose|loses|mess|messes|get|gets)|gave you (?:bad|wrong|the wrong|incorrect)"
                            + " (?:advice|information|info|details)|told you (?:wrong|the wrong thing)|shouldn't have (?:told|said"
                            + "|promised|sent)|gets? (?:things|it|stuff) wrong|set (?:it|this|these|them) up wrong|(?:is|are)"
                            + " (?:rubbish|a joke|terrible|awful|broken|a mess|a shambles))"),
            Wording.pattern(
                    "(?:that's|it's|this is|that is|it is|blame|it was|that was|that was all|it's all) (?:on |down to )?"
                            + PARTY + "(?:'s|s')? " + FAILING_NOUN),
            Wording.pattern(
                    "(?:(?:that's|that is|that one's|that was) (?:all |really |totally )?(?:on|down to)|(?:it's|it is|it was)"
                            + " (?:all |really |totally )?down to) " + PARTY
                            + "(?=\\s*(?:$|[,.!;]| not | and |,? not))"),
            Wording.pattern("blame " + PARTY),
            Wording.pattern(
                    "(?:not|isn't|wasn't|nothing to do with) (?:my|our|me|us)(?: fault)?[,.!]*\\s+(?:it's|it was"
                            + "|that's|blame) " + PARTY),
            Wording.pattern(
                    "(?:that's|it's|this is|that is|it was) (?:a|an) (?<who>courier|warehouse|supplier|system|it|billing|accounts|finance|depot"
                            + "|delivery|shipping|carrier|manufacturer|bank|payroll|head office|third.party) (?:issue|problem|thing|error|fault|mistake)"),
            Wording.pattern(
                    "(?:you'll|you will|you'd|you need to|you have to|you'll need to|you can|you could)(?: have to)? take (?:it|that|this)"
                            + " up with " + PARTY
                            + "|not (?:really )?(?:my|our) (?:department|area|job|responsibility)"
                            + "|above my pay grade"),
            Wording.pattern(PARTY + "(?:'s|s') (?:" + FAILING_NOUN
                    + "|screw-up|cock-up|call|decision|department|responsibility)"),
            Wording.pattern(PARTY + " (?:was|were) (?:supposed|meant) to \\w+"),
            Wording.pattern(PARTY + " (?:has|have|had) (?:been )?(?:delayed|lost|missed|sat on|held up|messed|mislaid"
                    + "|misplaced)"),
            Wording.pattern(PARTY
                    + " (?:must have |must've |probably |clearly |obviously )?(?:delayed|missed|damaged|dropped|mislabell?ed|misrouted|mislaid|misplaced|sat on"
                    + "|held up|charged you|double.charged|overcharged)(?: (?:it|your|the|you))?"),
            Wording.pattern(
                    "because (?:of )?" + PARTY + " (?:\\w+ ){0,3}?(?:failed|lost|missed|delayed|forgot|messed|made a)"),
            // What a party does that makes the trouble ("the warehouse lot packed it late", "product keeps changing the
            // spec").
            Wording.pattern(PARTY
                    + " (?:\\w+ed|sent|sent out|set|put|shipped|ships|packed) (?:\\w+ ){0,3}?(?:late|wrong|badly|incorrectly"
                    + "|with (?:dodgy|faulty|bad|broken|buggy) \\w+)"),
            Wording.pattern(
                    "(?<who>(?!(?:i|we|you|u|it|that|this|which|who|there|what|one|someone|he|she)\\b)[\\w-]+) (?:really |clearly |obviously |definitely )?(?:shouldn't have|should not have"
                            + "|should never have|should(?:'ve| have)) (?!(?:been|happened|come|arrived|gone|worked|reached|landed|gone out)\\b)\\w+"),
            Wording.pattern(
                    PARTY
                            + " (?:keeps?|kept) (?:changing|moving|losing|messing|getting|sending|cancelling|forgetting|missing)"),
            Wording.pattern("(?<who>they|them) do (?:this|that|it) (?:a lot|all the time|every time|constantly)"),
            // A party that does it now and then ("the system does this sometimes").
            Wording.pattern(PARTY
                    + " (?:does|do|did) (?:this|that|it) (?:sometimes|a lot|all the time|every (?:time|so often)|now and then"
                    + "|from time to time)"),
            // Someone else's job ("that was Dave's job, not mine").
            Wording.pattern(
                    "(?:that's|that was|it's|it was|that is|it is) (?<who>(?!(?:my|our|your|ur|its|it)\\b)[\\w-]+(?:'s|s')|the [\\w-]+(?:'s|s'))"
                            + " (?:job|responsibility|department|area|remit|problem|mess)(?:,? not (?:mine|ours|me|us))?"),
            Wording.pattern("that's " + PARTY + " for you"),
            Wording.pattern(PARTY
                    + "(?: [\\w-]+){0,2}? (?:is|are|was|were) (?:the (?:reason|problem|ones? (?:who|that))|why (?:we|it|this|you)|notorious"
                    + "|hopeless|rubbish|a law unto (?:itself|themselves)|always (?:late|slow|losing))"),
            Wording.pattern(PARTY + " (?:won't|will not|doesn't|does not|can't|cannot) (?:let|allow) (?:me|us)\\b"),
            // A failing in the passive, with whose side it was ("the ball was dropped on the dispatch side", "bounced
            // by our processor").
            Wording.pattern(
                    "(?:ball was dropped|went wrong|slipped through|(?:was|were|got) (?:made|dropped|missed|lost|bounced|rejected"
                            + "|held up|messed up|mislaid|misplaced|delayed|mislabell?ed|misrouted)) (?:\\w+ )?(?:on|at|by) "
                            + PARTY),
            // What would not have happened but for them ("if Martin had paid on time we wouldn't be here").
            Wording.pattern(
                    "if (?<who>(?!you\\b|u\\b|i\\b|we\\b)[\\w-]+(?: [\\w-]+){0,3}) (?:had|hadn't|had not|'d) [^.!?]{1,60}?"
                            + "(?:we|i|this|it) (?:wouldn't|would not|won't) (?:even )?(?:be|have)"),
            // A colleague run down in confidence ("between you and me, the lad who did your sensor isn't the most
            // careful"), a cause put with a provider ("the root cause sat with our hosting provider"), the machine
            // named as the culprit ("that'll be the automated billing system"), and a team that never fixed it.
            Wording.pattern(
                    "between (?:you and me|ourselves|us),? (?<who>(?:the|our|my|that|this) (?:\\w+ ){0,2}?(?:lad|guy|girl|bloke|woman"
                            + "|man|lady|chap|fella|team|colleague|manager|boss|tech|technician|engineer|mechanic|rep|agent|person|new"
                            + " starter|trainee)s?)\\b"),
            // The fault handed on in one breath ("I didn't cause the delay, the courier did").
            Wording.pattern("(?:i|we) (?:didn't|did not|didnt|never) [^.!?]{1,40}?,? (?:(?:it was|that was) )?" + PARTY
                    + " did\\b"),
            Wording.pattern(
                    "(?:it's|it is|it was|that's) not (?:me|us|my call|my decision),? (?:it's|it is|it was|that's)"
                            + " (?<who>(?!(?:the|a|an|just|only|really|it|you|that|this|policy)\\b)[\\w-]+)"),
            Wording.pattern(
                    "(?:root cause|fault|problem|blame|issue)(?: here)? (?:sat|sits|lies|lay|was|is|rests|rested) (?:squarely )?"
                            + "(?:with|on) " + PARTY),
            Wording.pattern(
                    "(?:root cause|fault|problem|blame|issue)(?: here)? (?:sat|sits|lies|lay|was|is|rests|rested) (?:squarely )?"
                            + "(?:with|on) (?:our|the|their|my) (?<who>[\\w-]+ (?:provider|supplier|partner|vendor|contractor|host|courier"
                            + "|carrier|processor|company|firm))"),
            Wording.pattern(
                    "(?:that'll|that will|that'd|it'll|it'd|that's|it's) (?:have )?(?:been |be )?(?<who>the (?:automated |automatic )?"
                            + "(?:billing )?(?:system|computer|algorithm|software|bot))(?=\\s*[,.!;]|\\s+(?:for you|again|doing that))"),
            // Lateness put down to a named colleague or team ("it slipped because Priya's designs came in late",
            // "because finance sent the numbers two weeks behind"), a fault placed upstream with a provider, a
            // limit put on someone else's sign-off, and "she's the one who told me to".
            Wording.pattern(
                    "because (?<who>(?!(?:i|we|you|u|it|of|my|our|your|me|this|that|there|the|a|an|his|her|their|they|he"
                            + "|she|its)\\b)[\\w-]+(?:'s [\\w-]+)?)(?: [\\w-]+){0,4}? (?:came in|was|were|went out|arrived|sent"
                            + "|shipped|delivered|signed (?:it )?off|handed (?:it )?over)(?: [\\w-]+){0,4}? (?:late|behind|delayed)\\b"),
            Wording.pattern(
                    "(?:was|were|is|are|sat|sits|lay|lies|happened|came)(?: (?:actually|all|both|really|entirely))? (?:upstream"
                            + "|downstream|on the (?:other|far) side) (?:with|at|on|from|of) (?:our|the|their) (?<who>(?:[\\w-]+ )?"
                            + "(?:provider|supplier|partner|vendor|contractor|host|courier|carrier|processor|platform))"),
            Wording.pattern(
                    "(?:without|need|needs|needing|until i get|till i get) (?<who>(?:[\\w-]+ ){0,2}?)(?:sign-off|signoff|sign off"
                            + "|approval|say-so)[^.!?]{0,40}?(?:out of (?:my|our) hands|not (?:my|our) call|not up to (?:me|us)|my hands"
                            + " are tied)|(?:out of (?:my|our) hands|not (?:my|our) call|not up to (?:me|us)|my hands are tied)[^.!?]{0,40}?"
                            + "(?:without|until|till) (?<who2>(?:[\\w-]+ ){0,2}?)(?:sign-off|signoff|sign off|approval|say-so)"),
            Wording.pattern(
                    "(?<who>(?!(?:i|we|you|u)\\b)[\\w-]+)(?:'s| is|'re| are| was| were) (?:actually |really |literally )?the"
                            + " (?:one|ones|person|people) (?:who|that) (?:asked|told|wanted|made|said|decided|insisted|pushed"
                            + "|signed|approved|cancelled|changed|chose|picked|set)\\b"),
            // A party named with its troubles, as the reason ("it's with the courier, they've had a lot of delays",
            // "the warehouse have been a nightmare all month").
            Wording.pattern(
                    PARTY + ",? (?:(?:and|who|which) )?(?:they've|they have|they're|they are|has|have|'s|is|are|had)"
                            + " (?:had|been having|been|got|having) (?:a lot of|loads of|lots of|real|some|serious|a few|massive"
                            + "|huge|so many|constant|nothing but|a (?:bit of a |real )?(?:nightmare|shambles|mess)|(?:really |so )?"
                            + "(?:slow|short-staffed|swamped|overwhelmed|behind|useless|hopeless|terrible|awful))(?: (?:delays|problems"
                            + "|issues|trouble|backlogs?|staffing issues|hold-ups))?\\b"),
            Wording.pattern(
                    "(?<who>(?:the|our) [\\w-]+ (?:team|department|lot|people))(?:'s| has| have)? (?:had|known about|been told about)"
                            + " (?:\\w+ ){0,6}?(?:and|but) (?:never|still (?:haven't|hasn't)|didn't) (?:fixed|fix|sorted|sort|done|bothered)"));

    /**
     * Pushing it off oneself ("nothing to do with us", "not my fault", "I just handle tickets"), or siding with them
     * against one's own side ("I think it's awful too", "I argued against it"): a party named with it is blamed.
     */
    static final Pattern DEFLECT = Wording.pattern(
            "(?:nothing|nowt|not anything) to do with (?:me|us|it|this|that)|not (?:my|our) (?:fault|call|decision|doing)"
                    + "|(?:it's|it was|that's) not (?:me|us)|(?:this|it|that) (?:isn't|is not|wasn't|was not) (?:really )?coming from me"
                    + "|(?:not|isn't|wasn't|aren't) (?:really )?on (?:you or )?(?:me|us)|out of (?:my|our) hands|not (?:mine|ours)|,\\s*not (?:us|me)(?=\\s*[.!]*$)"
                    + "|not something (?:any of )?(?:us|we|i) did|no (?:human|person|one here|one on our side) did (?:that|this|it)|(?:don't|dont) blame (?:me|us)"
                    + "|(?:is|are) (?:a )?(?:separate|different) (?:team|department|company)|i (?:just|only) (?:handle|deal with|answer|work|take) (?:tickets|the phones|phones|calls|emails|complaints|the chat|chat|here)"
                    + "|i (?:just|only) do (?:what i'm told|as i'm told|what they say)"
                    + "|(?:we|i) (?:can't|cannot|can not) (?:really )?control (?:the|their|what|when|how|them|him|her)\\b|(?:we|i) have no (?:real )?control (?:over|of)\\b"
                    + "|i think (?:it's|that's|they're) (?:awful|terrible|ridiculous|unfair|wrong|crazy|mad|daft|rubbish) too|i argued against it"
                    + "|i (?:don't|didn't) agree with (?:it|them|the decision)|if it (?:were|was) up to me|they never listen"
                    + "|(?:much|anything|a lot|lot) (?:i|we) can do (?:from here|about (?:it|that|them))|(?:don't|do not|never) (?:get|have)"
                    + " (?:a|any) say|(?:we|i) just (?:get told|work (?:here|the phones)|do what|follow)|over (?:our|my) heads?"
                    + "|(?:that's|they're|they are) (?:who|the (?:ones|people)) you (?:\\w+ ){0,2}(?:want|need|have|should) to (?:complain to|speak to"
                    + "|talk to|call|contact|chase|blame)");

    /** A failing whose doer is named just before it ("data eng didn't send me the tables"); the doer is {@code who}. */
    static final Pattern FAILING = Pattern.compile(
            "(?<who>\\b(?!(?:i|we|you|u)\\b)[\\w-]+(?: [\\w-]+)?) (?:(?:didn'?t|did not|never|failed to|forgot to"
                    + "|couldn't be bothered to) (?:send|give|pass|tell|do|update|process|deliver|call|reply|answer|sign|approve)"
                    + "|(?:keeps?|kept) (?:changing|moving|losing|missing)|(?:set|pushed|packed|sent|changed) (?:\\w+ ){1,3}?(?:up|through|late|over))\\b");

    /**
     * The speaker taking it on in the same sentence ("the courier lost the scan, that's on us to sort", "that's the
     * bank's decision, and I'll ring them with you now").
     */
    static final Pattern OWNED = Wording.pattern(
            "(?<!not )(?<!isn't )(?:that's|it's|this is) (?:all )?on (?:me|us)|(?<!not )(?<!isn't )(?:our|my) (?:mistake|fault|error|responsibility)"
                    + "|i'm on it|(?:i|we)(?:'ll| will) (?:sort|fix|chase) (?:it|this|that)"
                    + "|(?:i|we)(?:'ll| will) (?:ring|call|chase|contact|phone|email|speak to|talk to|ask) (?:them|him|her|it|the \\w+)(?: \\w+){0,2}?"
                    + " (?:with you|myself|now|today|right now|for you)");

    /** Before a party, the speaker owning it ("I'll chase the courier"), or a question, which blames no one. */
    static final Pattern OWNING = Pattern.compile(
            "\\b(?:not|isn't|wasn't|never)\\s*$|\\b(?:if|whether|in case|unless)\\b[^,.;]*$|(?:\\b(?:i|we)(?:'ll| will| can| could|'m going to| am going to)?"
                    + " (?:chase|call|ring|contact|speak to|talk to|email|check with|follow up with|push|escalate to|get onto|sort"
                    + " out)(?: \\w+)?\\s*$)|\\b(?:did|has|have|do|does|was|were|is|if|whether|maybe|perhaps|might|not sure if)\\s*$");
}
