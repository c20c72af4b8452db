package dev.spar.understanding;

import java.util.List;
import java.util.regex.Pattern;

/** The words of jabs: accusing the other person of a fault, and mocking them (sarcasm). */
final class JabWords {
    private JabWords() {}

    private static final String YOU_ARE =
            "(?:you're|you are|your|ur|u r|u are|you've been|you have been|you were|you've always been)";
    private static final String INTENSIFIER =
            "(?:(?:so|just|really|completely|totally|being|way|a bit|kind of|honestly|literally|clearly|obviously|very|such an?|super|pretty|quite"
                    + "|extremely|bloody|proper|acting|only|total|complete|absolute|right|real|"
                    + "an?|utterly|absolutely|incredibly|ridiculously)\\s+)*";
    private static final String FAULT =
            "(?:unreasonable|ridiculous|difficult|childish|dramatic|rude|stubborn|impossible(?: to (?:please|work with|deal with))?"
                    + "|unfair|hysterical|paranoid|petty|defensive|lying"
                    + "|clueless|useless|incompetent|selfish|aggressive|irrational|immature|pathetic|a joke|a liar|an idiot|stupid"
                    + "|impatient|oversensitive|too sensitive|too emotional|not listening|not even listening|making this up"
                    + "|making things up|making a scene|blowing this out of proportion|being a pain|a nightmare|delusional"
                    + "|out of line|overdramatic|unprofessional|lazy|wrong about this|twisting my words|putting words in my mouth"
                    + "|a bully|bullying (?:me|us|everyone)|manipulative|toxic|a hypocrite|controlling|passive.aggressive"
                    + "|nightmare|joke|liar|bully|hypocrite|idiot|snob|cheapskate|chancer|time-waster"
                    + "|a cheapskate|a tightwad|a scrooge|a snob|a liar|a cheat|a crook|a chancer|a time-waster|a drama queen|a control freak"
                    + "|reckless|careless|tight|stingy|cheap|mean|greedy|arrogant|entitled|spoilt|spoiled|shady|dishonest|two-faced|ungrateful|vindictive|nasty|cruel"
                    + "|(?:a |an )?(?:terrible|awful|horrible|nightmare|rubbish|bad|difficult|impossible|entitled|shocking|dreadful|useless|lousy) (?:client|customer|boss|manager|friend|brother|sister|son|daughter|mother|father|mum|dad|partner|colleague|tenant|landlord|person|human being|payer)"
                    + "|(?:the (?:kind|sort|type) of (?:person|guy|bloke|woman|man|customer|client|manager|boss)|someone|somebody|a person|one of those people)"
                    + " who (?:just |only |really )?(?:enjoys|loves|likes|wants|needs|thrives on|gets off on)"
                    + "|a nightmare (?:client|customer|boss|manager|to deal with)"
                    + "|trying to (?:bully|scam|con|trick|manipulate|guilt|wind me up|get (?:something|it|this) for (?:free|nothing)"
                    + "|get out of|pull a fast one|(?:squeeze|wring|screw|milk|get) (?:\\w+ ){0,3}?out of (?:me|us)|take advantage|get free \\w+|get \\w+ for free)|trying it on)";

    /**
     * A condition that reproaches them with what they never did: "if you ever paid on time", "if you'd bothered to
     * knock", "when you start paying me like an actual client". Its subject is theirs throughout ("if you listen to
     * what I actually said" reproaches no one).
     */
    private static final String REPROACHING_CONDITION =
            "(?:if|when|once|as soon as|the day|right after) (?:you|u|your [\\w-]+|the [\\w-]+(?: [\\w-]+)?)"
                    + "\\b(?:(?!\\b(?:i|we)\\b)[^.!?]){0,40}?\\b(?:(?:ever|actually) (?!(?:need|want|decid|fanc|chang|wish|lik"
                    + "|lov|hop|plann|struggl|feel|fel)\\w*)(?:\\w+ed|paid|came|got|did|gave|knew|made|sent|told|rang|kept|left"
                    + "|read|went|took|brought|said|thought|showed|turned)|(?:\\w+ed|paid|came|got|did|sent|kept|showed|turned)"
                    + " (?:(?:me|us|it|them|up|in|bills|invoices|\\w+s) )?on time|for once|for a change|bother(?:ed)? to"
                    + "|(?:paying|treating|paid|treated|acting|acted|behaving|behaved) (?:me |us )?like an? (?:actual|real"
                    + "|proper|grown[- ]?up|adult|professional|decent))";

    /** Naming what is wrong with the other person. */
    static final List<Pattern> ACCUSE = List.of(
            Wording.pattern(YOU_ARE + "\\s+" + INTENSIFIER + FAULT),
            Wording.pattern(
                    "you (?:always|constantly|never) just \\w+(?: (?:up|in|off|out|over|round|around|on|back|away))?"),
            Wording.pattern("you (?:haven't|didn't|don't|won't|can't|couldn't) even (?:\\w+)"
                    + "|you\\b[^.!?]{0,40}\\bevery single (?:time|month|week|day)"
                    + "|(?:and )?(?:just )?(?:don't|do not|won't|will not) (?:want to )?admit it"),
            Wording.pattern(
                    "you (?:always(?! (?:help|listen|answer|reply|care|think about|let me|read)\\b)|never|constantly) (?:do this|do that|say that|twist|blame|assume|interrupt"
                            + "|barge|show up late|turn up late|change your mind|cancel|moan|shout|expect|treat|act like"
                            + "|ignore|forget|listen|let me|read|answer|reply|help|admit|take responsibility|think about|care"
                            + "|have to|make (?:this|it|everything)|turn (?:this|it|everything)|get (?:this|it) wrong|bring up)"),
            Wording.pattern(
                    "you (?:clearly|obviously|evidently) (?:just )?(?:didn't|don't|haven't|did not|do not|have not|can't"
                            + "|cannot|weren't) (?:\\w+)"),
            Wording.pattern(
                    "you didn't (?:even )?(?:bother|read|listen|check|look)|you (?:don't|do not) (?:even )?(?:listen"
                            + "|care|get it|understand|bother)|you have no idea what you're (?:doing|talking about)"),
            // Contempt for who they are ("what's wrong with you", "you people"). What they did or failed to do ("that's
            // on you", "you should have checked", "if you'd read it we wouldn't be here") is blame, not an accusation.
            Wording.pattern(
                    "what(?:'s| is) (?:wrong with you|your problem)|you people|shame on you|you should be ashamed"),
            Wording.pattern(
                    "(?:you're|you are|ur) (?:just |clearly |obviously )?(?:making excuses|being lazy|not (?:even )?trying(?=\\s*(?:$|[.!,]))|wasting my time"
                            + "|avoiding the question|dodging|stalling|stonewalling|being deliberately \\w+)"),
            Wording.pattern(
                    "(?:can't|won't|don't) you (?:just )?(?:do your job|listen|read|understand)|do your (?:job|actual job)|you (?:should|ought to)"
                            + " (?:know|have known) better|(?:so )?typical of you|you lot|are you (?:even|actually) (?:listening|reading|trained|qualified)"),
            // A motive put on them ("you're only threatening to leave so you can get money off", "you just want a free
            // upgrade").
            Wording.pattern(YOU_ARE
                    + " (?:just|only|clearly|obviously) \\w+ing\\b[^.!?]{0,50}?\\b(?:because you (?:can't|want|think)"
                    + "|so (?:that )?you (?:can |could )?(?:get|have|avoid|save|skip)|to get (?:\\w+ ){0,2}(?:for free|off|out of)|on purpose"
                    + "|to (?:squeeze|wring|force|pressure|scare|guilt|bully|trick|con|score|win) \\w+)"),
            // What they only care about, and a claim called a try-on ("you only care how it looks", "bit of a try-on").
            Wording.pattern(
                    "(?:you|u) (?:only|just|really only) care (?:about|how|what|whether|that|if)\\b|all (?:you|u) (?:care|think)"
                            + " about is|(?:bit of a|a bit of a|a right|such a|what a) try-on"),
            // A motive put on what they say ("you're only saying that to get a discount", "everyone says that to get
            // money
            // off").
            Wording.pattern(
                    "(?:say|says|saying|said|do|does|doing) (?:that|this|it) (?:just |only )?(?:to get|so (?:you|u|they) (?:can|could) get"
                            + "|to make me|for (?:a|the) (?:discount|refund|freebie|free \\w+))"),
            Wording.pattern(
                    "(?:you|u) (?:obviously |clearly |just |only )+(?:just )?want (?!(?:to )?(?:help|protect|look after|support"
                            + "|the best|what's best|do (?:the )?right|make sure|be (?:there|helpful|involved|close|included))\\b)"
                            + "(?:a |an |the |to |something |money |free |your )"
                            + "|(?:you|u) (?!(?:didn't|did not|wouldn't|weren't|never|don't)\\b)\\w+[^.!?]{0,40}?\\b(?:on purpose|deliberately|intentionally)|(?:taking|take|took) it out on (?:me|us)"
                            + "|get your own way|(?:you're|you are) the one (?:who|that) (?:ignored|forgot|didn't|lost|broke|missed|cancelled"
                            + "|left|caused|started (?:this|it))"),
            // What they like doing to people, or do ("you just like having someone to shout at", "you lie about this").
            Wording.pattern(
                    "(?:you|u) (?:just |only |clearly |obviously )(?:like|love|enjoy|want) (?:having|shouting|being|making|moaning|complaining"
                            + "|picking|winding|arguing|a row|an argument|a fight|someone to)"
                            + "|(?:you|u) (?:lie|lied|are lying|exaggerate|whinge|play the victim|kick off)\\b(?! (?:down|back|awake|in|there|still|low|flat)\\b)"),
            // A fault guessed at ("you must not have read it", "you've clearly lost the receipt", "you obviously rushed
            // it").
            Wording.pattern(
                    "(?:you|u)(?:'ve| have)? (?:must(?: not)? have |must've |clearly |obviously )(?:just )?(?:not )?"
                            + "(?:read|lost|dropped|forgot|forgotten|ignored|broke|broken|skipped|rushed"
                            + "|deleted|damaged|messed|ruined|wasted|overlooked|neglected|binned|thrown)"
                            + "(?! (?:a lot|so much|a whole|hours|days|time|work|money|sleep|sleep))"),
            // A habit named ("you never respect anything", "you only ever think about yourself"); a past failure ("you
            // never told us", "you never paid me") is blame, not a habit.
            Wording.pattern(
                    "(?:you|u) (?:never|always|only ever|constantly) (?!(?:have to|need to|know|help|support|back|stand|look|listen|care|have|need|get|got|make|bring|treat"
                            + "|told|said|sent|gave|put|paid|asked|rang|let|\\w+ed)\\b)(?:\\w+) (?:anything|anyone|me|us"
                            + "|what|about yourself|yourself|a word|your own)"),
            Wording.pattern(
                    "(?:you|u) (?:don't|do not|never) (?:even )?seem to (?:care|listen|get it|understand|bother)"
                            + "|(?:you're|you are|ur) never (?:happy|satisfied|pleased|content|grateful|wrong)|typical (?:you|u)\\b"
                            + "|(?:always|you) mak(?:e|es|ing) (?:it|everything|this) (?:all )?about (?:you|yourself)|it's always about (?:you|u)\\b"
                            + "|(?:you're|you are|you've been) (?:acting|behaving|being) like (?:a|an) (?:child|baby|toddler|brat|kid|idiot|spoilt \\w+"
                            + "|spoiled \\w+|teenager)|(?:lying|kidding) to (?:yourself|me|us)|you (?:treated|used|exploited|walked all over)"
                            + " (?:me|us)"));

    /**
     * Faults put on them by another road: a guess at what they did to cause it, dressed as a reflection ("sounds
     * like you dropped it", "I bet you spilt coffee on it", "you probably just skipped the update"), and taking
     * what is the speaker's ("you pitched my idea as yours", "that's taking credit for my work", "you went behind
     * my back"). "It sounds like you dropped everything for this" and "you lost a week's work" say back their
     * trouble, not a fault.
     */
    static final List<Pattern> ACCUSE_FAULTS = List.of(
            Wording.pattern(
                    "(?:(?:sounds|looks|seems|smells) like|i bet|i'd bet|i reckon|i'd guess|my guess is|i suspect|odds are|chances are"
                            + "|i'm guessing|(?:you|u) (?:probably|likely|most likely))(?:,| that)? (?:(?:you|u)(?:'ve| have)? )?"
                            + "(?:probably |just |simply |accidentally |somehow )?(?:dropped|dropping|spilled|spilt|spilling|knocked|sat on"
                            + "|stood on|broke|broken|smashed|cracked|damaged|mishandled|misused|abused|overloaded|yanked|tampered"
                            + "|fiddled|skipped|ignored|rushed|forgot to|didn't (?:read|check|follow|bother|charge|update|back)"
                            + "|never (?:read|checked|followed|bothered|updated)|left (?:it|them|the \\w+) (?:out|on|in|somewhere|unlocked|open))"
                            + "(?! (?:everything|all|what you were|whatever|so much|a lot)\\b)"),
            Wording.pattern(
                    "(?:tak(?:e|es|ing)|took|steal(?:s|ing)?|stole|grab(?:bed|bing)?|claim(?:ed|ing)?) (?:all )?(?:the )?credit for"
                            + " (?:my|our|his|her|their|other people's|someone else's)\\b"
                            + "|(?:stole|nicked|pinched|took|swiped|lifted|hijacked) (?:my|our) (?:idea|ideas|work|credit|thunder|design"
                            + "|project|slides|plan|pitch|research)\\b"
                            + "|(?:presented|pitched|passed off|passing off|pass off|claimed|sold|showed|showcased|paraded)"
                            + " (?:my|our) [\\w' -]{1,40}? as (?:your|yours|ur)\\b"
                            + "|(?:went|go|going|gone) behind (?:my|our) back|threw (?:me|us) under the bus"
                            + "|(?:you|u) (?:never|didn't|did not) (?:once |even )*(?:say|said|mention|mentioned|credit|credited"
                            + "|name|named|thank|thanked) (?:my name|me|us|our names|my team)\\b"),
            // A verdict they reached before listening ("you'd made your mind up before you even called", "you've
            // already decided we're the bad guys"), a motive or a lapse read into what they did ("you're trying to
            // use your neighbour to pressure me", "looks like you got bored halfway through", "you just can't help
            // yourself"), and their reading of it called excessive. "You've decided to cancel, and I respect that" is
            // their decision, not a verdict on the speaker.
            Wording.pattern(
                    "(?:you|u)(?:'d| had|'ve| have)? (?:already |clearly |obviously |just )?(?:made (?:up )?(?:your|ur) mind(?: up)?"
                            + " (?:before|already|about (?:me|us))|decided (?:that )?(?:we|i|we're|i'm|we've|i've|we'd|nobody|no one"
                            + "|everyone|everybody) )"
                            + "|(?:you're|you are|ur|you) (?:just |only |clearly |obviously )?(?:trying|tryna|out) to (?:use|guilt|pressure"
                            + "|manipulate|wind (?:me|us) up|get a rise|get one over|bully|scare|trick|catch (?:me|us) out|play (?:me|us)"
                            + "|back (?:me|us) into)"
                            + "|(?:looks|seems|sounds|feels) like (?:you|u) (?:just )?(?:got bored|gave up|lost interest|didn't bother"
                            + "|couldn't be bothered|stopped caring|phoned it in|rushed (?:it|them|this))"
                            + "|(?:you|u) (?:just |really |simply )?(?:can't|cannot|can not) help (?:yourself|it)(?=[^a-z]*$|,? (?:can|do)"
                            + " (?:you|u)\\b)|(?:you're|you are|ur) reading (?:an awful lot|a lot|way too much|too much|far too much"
                            + "|so much|a great deal) into"),
            // A motive read into what they ask: a gain they are said to be after ("you're trying to get as much out
            // of this as you can", "using the light to get a free service", "hoping to get out of paying"), a ploy
            // ("this sounds more like a negotiating tactic", "a bit of a threat to get the price down"), and what
            // they are said to enjoy or want done to someone ("you like being able to check up on us", "you wanted
            // her to feel stupid"). "You're trying to get this sorted before Saturday" reads their goal kindly.
            Wording.pattern(
                    "(?:you're|you are|ur|you|they're|they are|people are|customers are|some people are)(?: just| only| clearly"
                            + "| obviously| really)? (?:(?:trying|tryna|hoping|looking|angling|out|after)(?: to)?|using [\\w' -]{1,30}?"
                            + " to(?: try(?: and| to)?)?) (?:get (?:as much|more|something|anything|stuff|it|a free|free|one over|your way"
                            + "|out of (?:paying|it|the)|money off|the price down|a discount|compensation)|squeeze|milk|wangle|wring"
                            + "|get (?:the |your |a |my )?(?:[\\w-]+ ){0,3}?(?:free|for free|for nothing|refunded|knocked off)"
                            + "|extract|avoid paying|dodge (?:paying|the)|make (?:me|us|her|him|them) (?:look|feel)"
                            + "|cover (?:yourself|yourselves|your back))"
                            + "|(?:sounds|looks|feels|seems|smells)(?: more| a lot more| a lot| an awful lot| a bit)? like (?:a|an|just a|just an)"
                            + " (?:(?:negotiating|bargaining|pressure|sales|scare) )?(?:tactic|ploy|bluff|power play|game|act|stunt"
                            + "|excuse|performance|try-on|wind-up)"
                            + "|(?:a (?:bit of )?|just a |some sort of )(?:threat|ploy|tactic|bluff|game|stunt) to (?:get|make|force"
                            + "|push|scare|pressure)"
                            + "|(?:you|u) (?:just |really |secretly |clearly )?(?:like|love|enjoy) (?:being able to |having the"
                            + " (?:power|chance) to |getting to )?(?:check(?:ing)? up on|control(?:ling)?|judg(?:e|ing)|criticis(?:e|ing)"
                            + "|walk(?:ing)? in|having (?:the )?(?:last word|control|power|the upper hand)|being in (?:charge|control)"
                            + "|making (?:me|us|people|everyone) (?:feel|look)|playing the (?:victim|martyr))"
                            + "|(?:you|u) (?:just |only |really |clearly )?want(?:ed)? (?:her|him|them|me|us|everyone|people) to"
                            + " (?:feel|look) (?:stupid|small|bad|useless|silly|guilty|thick|like an idiot|like a fool|incompetent)"
                            + "|(?:you|u) (?:just |simply |really |clearly |obviously )(?:don't|do not) want to (?:be the one|deal with"
                            + "|admit|own|take responsibility|fight|bother|pay)"
                            + "|(?:make|makes|made) it look like (?:you|u) (?:were|was|are) (?:after|looking for|angling for|out for)"
                            + "|(?:you|u) (?:just )?pay (?:last|late) (?:whoever|anyone|people|whoever you)"),
            // Carelessness pinned on them in passing ("bit careless dropping your phone", "careless of you") and the
            // one thing they could not get right ("literally the one job an admin has").
            Wording.pattern(
                    "(?:a |an )?(?:bit|little|tad|touch|rather|pretty|quite|very|awfully) careless(?:,)? (?:of (?:you|u)|to \\w+"
                            + "|(?:\\w+ing) (?:your|ur|the|it|that|them))|careless of (?:you|u)\\b"
                            + "|(?:literally |just |only )?the one job (?:an? \\w+ (?:has|had)|(?:you|u) (?:had|have|were given))"
                            + "|(?:you|u) had (?:literally )?one job"));

    /**
     * Who they are, by another road: what they seem like ("you sound like someone who just wants a freebie"), the
     * kind of person they are, what they have always or never done to the speaker ("you've never respected my
     * time", "you've always cared more about X than..."), and what they have been looking for.
     */
    static final List<Pattern> ACCUSE_KINDS = List.of(
            // Suspicion by the company they keep: other people who did the wrong they are suspected of ("we do get
            // people who spend the credit and then ask for the refund too"), a pretence named ("let's not pretend"),
            // the real motive found ("so that's what it was really about", "we both know why") and a plot seen
            // ("you're already lining up someone to blame").
            Wording.pattern(
                    "(?:we|i) (?:do )?(?:get|see|have|deal with) (?:a lot of |a fair few |plenty of |loads of |some |lots of"
                            + " |quite a few |enough )?(?:people|customers|folk|clients|members) (?:who|that) (?:[\\w']+ ){0,6}?"
                            + "(?:then|and then|only|once|after)\\b"
                            + "|let's not (?:pretend|kid ourselves)\\b|(?:we|you and i) both know (?:why|what (?:this|it|that) is"
                            + "|what's going on|the real reason)"
                            + "|so that's what (?:this|it|that|the [\\w-]+(?: [\\w-]+)?) (?:was|is) (?:really|actually|all|secretly)"
                            + " about|(?:you're|you are) (?:already )?(?:lining up|looking for|setting up|building) (?:someone|a"
                            + " scapegoat|an excuse|a case|somebody)\\b"),
            // A gain they are said to be angling for ("you're only angling for a freebie", "you're not really
            // cancelling, you're just after a better price"), and their question read as a fraudster's. "I'm sure"
            // before the motive belongs to it, not the softening it is before kinder words.
            Wording.pattern(
                    "(?:(?:i'm sure|i bet|no doubt) )?(?:you're|you are|ur)(?: just| only| clearly| obviously| really| simply)"
                            + " (?:after|angling for|fishing for"
                            + "|holding out for|playing for) (?:a |an |the |some |more |your )?(?:[\\w-]+ )?(?:deal|discount|freebie"
                            + "|freebies|refund|price|payout|money|compensation|something|credit|upgrade)\\b|(?:angling|fishing)"
                            + " for (?:a |an |some |more )?(?:[\\w-]+ )?(?:freebie|freebies|discount|deal|refund|compo|compensation"
                            + "|money|credit|upgrade|sympathy)\\b|(?:you're|you are|ur) not (?:really |actually )?(?:cancelling"
                            + "|leaving|going anywhere|upset|worried|angry|interested|unhappy|bothered)[^.!?]{0,20}?,? (?:you're"
                            + "|you are|ur) (?:just |only |really )?(?:after|angling|fishing|trying|holding out)\\b"
                            + "|(?:that's|it's|this is) (?:exactly |just |precisely )?what (?:someone|somebody|a scammer|a fraudster"
                            + "|people|a person) (?:trying to|who (?:wants?|wanted|was trying|is trying|'s trying) to|hoping to"
                            + "|out to) [^.!?]{1,50}? (?:would|might|will|'d) (?:say|ask|do|want|try)\\b"
                            + "|(?:you're|you are|ur) (?:just |really |clearly )?hoping (?:i|we|nobody|no one|they)(?:'ll| will)?"
                            + " (?:won't |wouldn't |don't |doesn't |will not |never )?(?:mention|notice|ask|remember|bring up|check"
                            + "|see|forget)\\b|(?:you|u) (?:just |only |simply )(?:don't|do not|won't|never) (?:pay|listen to|care"
                            + " about|respect|value|thank|credit) (?:the )?(?:people|anyone|those|freelancers|staff|suppliers|us"
                            + "|your \\w+)\\b"),
            Wording.pattern(
                    "(?:you|u)(?: are)? (?:sound|seem|look|come across) (?:like|as) (?:the (?:type|kind|sort)|someone|somebody"
                            + "|a person|one of those people)(?: who| that)(?:'s| is)? (?:just |only |really |always )?(?:wants?"
                            + "|enjoys?|loves? (?:a|to (?:moan|complain|argue|shout))|likes? (?:a (?:row|fight|moan|argument)|to"
                            + " (?:moan|complain|argue|shout|catch))|angling|after (?:a|something|money)|complains?|moans?|writes?"
                            + " down|looking for|trying to|out to|never|can't be|thrives|gets off)"),
            Wording.pattern(
                    "(?:that's|it's|this is) (?:just |exactly )?the (?:kind|sort|type) of (?:person|man|woman|guy|bloke|people"
                            + "|customer|manager|boss|friend) (?:you are|you're|you've always been)(?=\\s*(?:$|[,.!;]))"
                            + "|(?:this|that)(?:'s| is) (?:just |so )?(?:you|typical of you) all over|^(?:so )?you all over"),
            Wording.pattern(
                    "(?:you|u)(?:'ve| have)? (?:always |only ever |just )?(?:cared|care) more about [^.!?]{1,40}? than"
                            + "|(?:you|u)(?:'ve| have) never (?:once |really |ever )?(?:respected|trusted|valued|supported|backed"
                            + "|believed in|appreciated|listened to|cared about|accepted|wanted|liked) (?:me|us|my|our|anything"
                            + "|anyone)\\b"
                            + "|(?:you|u)(?:'ve| have)? (?:always |just |been )?look(?:ed|ing) for (?:a|an|any) (?:reason|excuse"
                            + "|way) (?:to|out)"),
            Wording.pattern("(?:you|u) being " + INTENSIFIER + FAULT),
            // Turning it round on the speaker ("and now you're blaming us"), and knowing concealment ("you knew it
            // was faulty and just waited", "you knew full well").
            Wording.pattern(
                    "(?:you're|you are|ur|u r) (?:now |just |trying to |just trying to )?(?:blame|blaming|(?:pin|pinning|put|putting)"
                            + " (?:it|this|that|the blame) on) (?:us|me|everyone else"
                            + "|someone else|the rest of us)\\b"
                            + "|(?:you|u) knew (?:all along|full well|perfectly well|exactly what)"
                            + "|(?:you|u) knew (?:it|that|this|about|the)\\b[^.!?]{0,40}?\\band (?:just |still |then )?(?:waited"
                            + "|kept quiet|kept schtum|said nothing|didn't say|hid|ignored|went ahead|sat on)"));

    /**
     * For the semantic reading: a sentence that says who they are, what they keep doing or why they do it
     * ("you're...", "you always...", "you clearly...", "on purpose"); a sentence close to the accusation examples
     * without it is about something else.
     */
    static final Pattern SAYS_WHO_THEY_ARE = Wording.pattern(
            "(?:you're|you are|ur|u r|u are|you've been|you have been|you were being|you've always been)"
                    + "|(?:you|u) (?:always|never|only ever|constantly|clearly|obviously|evidently|(?:just|only) want(?! (?:to )?"
                    + "(?:help|protect|look after|support|keep (?:\\w+ )?safe|the best|what's best|do (?:the )?right|make sure"
                    + "|be (?:there|helpful|involved|close|included|part))))"
                    + "|(?:you|u) (?:don't|do not|never) (?:even )?(?:care|listen|respect|think|try|bother)"
                    + "|on purpose|deliberately|(?:someone|somebody|the kind of person|the sort of person) who");

    /**
     * For the semantic reading, the near misses of an accusation: naming their feelings ("I think you're
     * scared", "how you feel"), reassurance ("you're fine", "you matter"), taking the fault ("that's on us",
     * "this isn't your fault"), and repeating what they said ("you said you never got it", "so you're saying").
     */
    static final Pattern NOT_AN_ACCUSATION = Wording.pattern(
            "how (?:you|u) (?:feel|felt)|(?:you|u) feel (?:that way|like that)|(?:you're|you are|ur|you must be|you'd be|you might be)"
                    + " (?:\\w+ )?(?:scared|worried|afraid|upset|hurt|angry|frustrated|disappointed|stressed|anxious|fed up|annoyed"
                    + "|tired|exhausted|confused|nervous|overwhelmed|gutted|devastated|overreacting|over-reacting|exaggerating)"
                    + "|(?:you're|you are|ur) (?:fine|ok|okay|alright|right|welcome|not alone|safe|important|valued|not (?:the problem"
                    + "|to blame|at fault))|(?:you|u) matter|i'm not (?:\\w+ing) (?:on|up on|out on) (?:you|u)"
                    + "|on us|(?:our|my) (?:fault|mistake|job|responsibility|error|bad)|not (?:your|ur) (?:fault|job|problem)|not (?:on )?(?:you|yours)"
                    + "|isn't (?:your|ur) fault|by us"
                    + "|(?:you|u) (?:said|mentioned|told (?:me|us)|wrote|say)|(?:you|u) were (?:told|given|sent|promised|charged|quoted)"
                    + "|(?:you're|you are|ur|so you're) (?:telling|saying|claiming|asking)");

    /**
     * A sentence that only takes back what they heard ("I'm not saying you're not welcome.", "That's not what I
     * meant."): it sits near the charge it denies, but makes none; "...but you never read anything" goes on to make
     * one.
     */
    static final Pattern ONLY_DENIES_IT = Pattern.compile(
            "\\W*(?:(?:no|look|sorry|honestly|wait|hang on),?\\s+)?(?:i'm not saying|i am not saying|i don't mean|i didn't mean"
                    + "|i never said|i'm not calling you|that's not what i (?:meant|said|mean)|that isn't what i (?:meant|said|mean)"
                    + "|it's not that (?:i|we))\\b(?![^.!?]*\\bbut\\b)[^.!?:;]*[.!?]*\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Before an accusation, words that deny or soften it ("I'm not saying you're being unreasonable"). */
    static final Pattern NOT_ACCUSING =
            Pattern.compile("(?:not saying|don't think|dont think|do not think|not calling you"
                    + "|didn't say|never said|wouldn't say|not that|i'm sure|if you feel like|if you think|worried that|afraid that"
                    + "|feel like i'm|sorry if|i hope) (?:that )?\\S*\\s*$");

    /** Saying the opposite of what is meant, or mocking the other person. */
    static final List<Pattern> MOCK = List.of(
            Pattern.compile(
                    "^(?:oh|wow|ah|ooh)[,.!]*\\s+(?:great|wonderful|fantastic|perfect|brilliant|lovely|super|marvell?ous"
                            + "|terrific|amazing)(?:[,.!]+\\s*(?:just )?(?:great|wonderful|fantastic|perfect|brilliant|lovely|super"
                            + "|marvell?ous|terrific|amazing|thanks|love that(?: for me)?))*[.!]*$"),
            Pattern.compile("^(?:great|perfect|wonderful|brilliant|fantastic)[,.!]+\\s+just (?:great|perfect|wonderful"
                    + "|brilliant|fantastic|what i needed)[.!]*$"),
            Pattern.compile(
                    "^wow[,.!]*\\s+(?:thanks|thank you)(?: so much| a lot| ever so much)?(?: for (?:that|nothing"
                            + "|all your help|your help))?[.!]*$"),
            Wording.pattern(
                    "thanks for nothing|thanks a bunch|love that for me|well that's just great|just what i needed"
                            + "|what a (?:surprise|shock|shocker)|big surprise|colou?r me (?:surprised|shocked)|no kidding"
                            + "|tell me something i don't know|yeah,? right|oh,? sure(?: you (?:will|are|did))?|sure you (?:will|are|did)"
                            + "|how (?:very )?(?:helpful|kind|generous|thoughtful) of you|thanks for the (?:lecture|essay|novel|sermon|life story|speech|ted talk)|slow clap"
                            + "|you don't say|gee,? thanks|oh,? joy|whoop-?de-?doo|love that for you|never heard that (?:one )?before"
                            + "|everyone says that|heard that one before|(?:oh|and|because|like) you'd know|as if you'd know"
                            + "|(?:you're|you are) such an? (?:great|inspiring|wonderful|brilliant|amazing|fantastic|good|helpful"
                            + "|expert|genius|ray of sunshine|delight)\\b[^.!?]*\\byourself|(?:sure|yeah|right),? because that (?:worked|went"
                            + "|has worked|has gone) (?:so|really|super) well"),
            Wording.pattern(
                    "(?:right|sure|yeah|oh),? because (?:you're|you are|you)\\b[^.!?]*|funny that(?=\\s*(?:$|[.!]))"
                            + "|imagine that(?=\\s*(?:$|[.!]))"),
            Pattern.compile("^funny how\\b"),
            Wording.pattern("because that (?:worked|went) (?:so|really|super) well(?: last time| before)?"),
            Wording.pattern(
                    "(?:thanks|thank you)(?: so much| very much)? for the (?:lovely|wonderful|glowing|great|kind|nice"
                            + "|fabulous|charming) (?:review|feedback|rating|comments?|words)"),
            Pattern.compile("^(?:oh,? )?(?:great|brilliant|wonderful|fantastic|perfect|lovely|marvell?ous)[,.!]+\\s+"
                    + "(?:[^.!?]*,\\s+)?another (?:one|customer|person|client|genius|expert|\\w+) who\\b"),
            // A groan at one more of something, as a sentence of its own ("oh great, another form.").
            Pattern.compile("^(?:oh|wow|ah|ugh)[,.!]*\\s+(?:great|wonderful|fantastic|perfect|brilliant|lovely|super"
                    + "|terrific|amazing)[,.!]+\\s+(?:just )?another \\w+(?:\\s\\w+)?[.!]*$"),
            Wording.pattern("(?:congrat(?:s|ulations)|well done|nice (?:one|going|work)|good job|bravo),? (?:you|u)\\b"
                    + "(?:\\s+\\w+){0,3}"),
            Pattern.compile("(?<=^|\\s)/s\\s*$"),
            Wording.pattern(
                    "(?:oh )?how (?:convenient|original|surprising|shocking|typical|novel)(?=\\s*(?:$|[.!,]))|oh how (?:lovely|nice|wonderful)|must be nice"
                            + "|pigs (?:might|will|can) fly|what (?:a|an) (?:genius|brilliant|great|amazing|fantastic) (?:idea|plan|system|solution)"
                            + "|is (?:that|it) (?:so|too|really that) (?:hard|difficult)(?=\\s*\\?)|(?:oh|right|sure|clearly|obviously),? you know best"),
            Pattern.compile(
                    "^(?:well|oh),? that's (?:just )?(?:great|perfect|brilliant|fantastic|wonderful|lovely)[.!]*$|\\bthat's just (?:great"
                            + "|perfect|brilliant|fantastic|wonderful|lovely)(?=\\s*(?:$|[.!,]))|^(?:oh )?(?:great|perfect|brilliant|wonderful|fantastic)[,.!]+\\s+(?:so|and) now\\b"));

    /**
     * Work put down as a child's or an animal's ("did a five-year-old paint these?", "my kid could draw better",
     * "looks like a toddler wrote it").
     */
    static final Pattern CHILDS_WORK = Wording.pattern(
            "(?:did|has|was|were|had) (?:a|an|your|some|my) (?:(?:\\w+|\\d+)[- ]year[- ]old|toddler|child|kid|monkey|chimp"
                    + "|chimpanzee|preschooler|baby|nursery kid|primary schooler)s? (?:\\w+ )?(?!(?:break|hurt|take|steal|see|eat|touch"
                    + "|find|hear|get|like|enjoy|need|want|tell|say)\\b)\\w+ (?:these|this|that|those|it|them)\\b"
                    + "|(?:my|a|any) (?:(?:\\w+|\\d+)[- ]year[- ]old|toddler|child|kid|nephew|niece|dog|cat|monkey) could (?:have )?"
                    + "(?:do|done|draw|drawn|paint|painted|write|written|make|made|design|designed) (?:(?:a |an )?(?:much |far |way )?better|that|this|these|it)\\b"
                    + "|(?:looks|reads|sounds) like (?:a|an|it was|something a|something an) (?:(?:\\w+|\\d+)[- ]year[- ]old|toddler"
                    + "|child|kid|monkey|chimp|preschooler) (?:\\w+ )?(?:did|drew|painted|wrote|made|designed|typed|coloured|colored"
                    + "|scribbled|did it|did this)");

    /** Mockery by kind: mock obedience, mock pity, mock praise, a mocking "because", drawn-out agreement. */
    static final List<Pattern> MOCK_KINDS = List.of(
            // Mock obedience ("I'll just drive there myself, shall I?", "yes sir, right away sir", "and I'll build you
            // a
            // rocket while I'm at it").
            Wording.pattern(
                    "(?:i'll|i will|let me) (?:just )?[^.!?]{3,80}?,? shall i\\b|(?:shall i|should i|and i'll|i'll also|why don't i|maybe i'll)"
                            + " [^.!?]{3,60}? while i'm at it"
                            + "|(?:yes|of course|right away|certainly),? (?:sir|madam|your (?:majesty|highness|lordship))[^.!?]*\\b(?:sir|madam|majesty)\\b"),
            // Mock pity and mock surprise ("what a tragedy", "heaven forbid", "never heard that one before").
            Wording.pattern(
                    "what a tragedy(?=\\s*(?:$|[.!]))|the horror|oh the humanity|my heart bleeds|cry me a river|boo ?hoo|(?:world's )?smallest violin|(?:heaven|god) forbid"
                            + "|never heard that one|nice for (?:it|some)|alright for some|good luck with (?:that|\\w+ then,? i (?:hear|heard|'m sure))"),
            // Mock praise ("another masterpiece", "great work, if by great we mean late", "how incredibly generous").
            Wording.pattern(
                    "if by \\w+ (?:we|you|they|i) mean|if you squint|^another (?:masterpiece|triumph|winner|stellar \\w+)"
                            + "|(?:ah|oh) yes,? the (?:famous|legendary|infamous|classic|good old)|, a classic(?=\\s*(?:$|[.!]))"
                            + "|how (?:incredibly|terribly|awfully|so very|very very) (?:generous|kind|thoughtful|helpful)"
                            + "|(?:i'm sure|no doubt) (?:they|he|she|you)(?:'ll| will)"
                            + " be (?:thrilled|delighted|overjoyed|riveted|over the moon)"),
            // A mocking "because" opening a sentence ("Right, because 45 is basically 30", "oh absolutely, because
            // managers can do magic").
            Pattern.compile(
                    "^(?:(?:oh|ah|well)[,.]*\\s+)?(?:right|sure|yeah|oh yeah|yeah right|oh right|ri+ght|su+re)[,.]*\\s+(?:because|cos|coz|'cause|cause)\\b"
                            + "|^(?:oh|ah)[,.]*\\s+(?:absolutely|of course|totally|yes|obviously|clearly|naturally|sure thing)[,.]*\\s+because\\b"),
            // The impossible feat, promised in mock obedience ("sure, I'll just type at the speed of light", "I'll
            // magic up the cash").
            Wording.pattern(
                    "at the speed of light|magic (?:up|it|them|one|some)\\b|wave (?:a|my) (?:magic )?wand|pull (?:\\w+ ){1,2}?"
                            + "out of (?:thin air|a hat|my hat|my (?:arse|backside|sleeve))|work (?:a )?miracles?|clone myself|turn back time"
                            + "|conjure (?:up )?(?:a|the|some|it|them)|build you a (?:rocket|time machine|spaceship|castle)|mow your lawn"
                            + "|walk on water|part the (?:red )?sea|move heaven and earth"),
            // Mock obedience to their hurry or their silence ("I'll just talk faster then", "I'll read your mind"),
            // mock interest ("I'm sure it'll be a gripping read"), the
            // absurd fortune claimed ("ten offers and a yacht waiting"), and the one who also said something absurd
            // ("I suppose he also said invoices are optional").
            Wording.pattern(
                    "i'll (?:just )?(?:read (?:your|his|her|their) mind|(?:talk|type|speak|read|work) (?:really |even |much |extra )?fast(?:er)?"
                            + "|speed-?read)\\b"
                            + "|(?:i'm sure|no doubt|i bet) (?:it|that|they|this)(?:'ll| will| is going to|'s going to)? (?:be|make) (?:a |such a"
                            + " |some )?(?:riveting|gripping|fascinating|thrilling|enthralling|scintillating|page-turner|cracking)"
                            + "|(?:a|my|the) (?:yacht|private jet|private island)\\b"
                            + "|(?:i suppose|i guess|i bet|i'm sure) (?:he|she|they|you|your [\\w-]+)(?: [\\w-]+)? also (?:said|told you"
                            + "|thinks?|reckons?|believes?)\\b"
                            + "|(?:have|had|got) that (?:one|line|zinger|comeback) (?:ready|prepared|lined up)|(?:been saving|rehearsed|rehearse"
                            + "|practised|practiced|practise|practice) that(?: one| line)?\\b"
                            + "|glad (?:we're|we are|you're|you are) (?:hitting|setting|meeting|clearing|raising) (?:the|such a|a)"
                            + " (?:high )?bar"),
            // The rhetorical "can I?" after a limit ("well I can't exactly make the van drive faster, can I?", "it's
            // not like I can magic it there").
            Wording.pattern(
                    "(?:i|we) (?:can't|cant|cannot) (?:exactly|just|really|very well) [^.!?]{3,60}?,? (?:can|could) (?:i|we)\\b"
                            + "|(?:it's|its|it is) not like (?:i|we) (?:can|could)\\b"),
            // Mock enthusiasm for a burden ("Sunday night is my favourite time to work for free", "nothing I love
            // more").
            Wording.pattern(
                    "(?:is|are|was) my (?:absolute |all-time )?favou?rite (?:time|thing|way|part|day|hobby|pastime|activity)(?: of the \\w+)? to"
                            + "|nothing i (?:love|like|enjoy) more than|i (?:just )?live for (?:this|it|that|these)"),
            // Mock thanks, the praise tacked on after ("thanks for the honesty, Graham, really helpful").
            Wording.pattern(
                    "(?:thanks|thank you|cheers)\\b[^.!?]*,\\s*(?:really|very|super|ever so|so|most) (?:helpful|useful|constructive"
                            + "|kind|generous|reassuring)(?=\\s*[.!]*$)"),
            // Mock confession of an absurd scheme ("yes, it's all an evil plan to steal your money").
            Wording.pattern(
                    "evil (?:plan|scheme|plot|genius)|(?:big |giant |grand |secret )?conspiracy(?: against you)?|(?:international|criminal"
                            + "|elaborate|secret) [\\w-]+ (?:heist|racket|ring|operation|syndicate)|\\w+ heist|master ?plan|out to get you"),
            // Agreement that cites the failures before ("sure, just like the last three corners").
            Pattern.compile(
                    "^(?:(?:oh|ah)[,.]*\\s+)?(?:sure|right|yeah|of course|absolutely|totally)[,.]*\\s+just like (?:the last|last"
                            + " time|every|all the|the other|before|you did)"),
            // Mock praise of how much they matter ("oh yes, we'd all be lost without you, clearly").
            Wording.pattern(
                    "(?:be lost|do|cope|manage|survive) without (?:you|u),? (?:clearly|obviously|apparently|of course)"
                            + "|^oh (?:yes|sure|right|of course),? (?:we'd|we would|i'd|i would) (?:all )?(?:be lost|never cope|never manage)"
                            + " without (?:you|u)"),
            // Mock understanding of their excuse ("too busy to read an email apparently").
            Wording.pattern(
                    "too (?:busy|important|good|grand|clever|posh) to [^.!?]{1,40}?,? (?:apparently|clearly|obviously|evidently)"),
            // Mock awards ("top marks for effort", "someone give you a medal").
            Wording.pattern(
                    "top marks for|(?:10|ten) out of (?:10|ten) for|an? a for effort|gold star for|(?:give|get) (?:you|yourself|that man|that woman)"
                            + " a medal|deserve a medal|round of applause for"),
            // Mock compliments ("aren't you a ray of sunshine", "nice of you to finally show up").
            Wording.pattern(
                    "(?:aren't|arent) (?:you|u) (?:a|an|just|the) (?:ray of sunshine|delight|treat|charmer|peach|gem|joy|genius|clever one"
                            + "|funny one|little \\w+)|(?:nice|good|kind|big) of (?:you|u) to (?:finally|bother|grace us|eventually|at last)"),
            // Mock deference ("right away, your majesty").
            Wording.pattern("your (?:majesty|highness|royal highness|lordship|ladyship)|m'lady|m'lord"),
            // A mock apology that their standards are too high ("so sorry our free service isn't good enough for you").
            Wording.pattern(
                    "(?:oh|so) sorry [^.!?]{0,60}(?:isn't|is not|wasn't|aren't|weren't) (?:good|fancy|posh|quick|fast|nice) enough for (?:you|u|your \\w+)"),
            // A cheer that greets their trouble as one more of many ("oh great, another one", "fantastic, here we go
            // again"). "Great, another option is a refund" is glad of one more thing to offer.
            Pattern.compile(
                    "^(?:(?:oh|wow|ah|well)[,.!]*\\s+)?(?:great|brilliant|wonderful|fantastic|perfect|lovely|marvell?ous|super"
                            + "|terrific|amazing|excellent)[,.!]+\\s+(?:just |yet |oh )?(?:another(?: one)?|here we go(?: again)?"
                            + "|again|more of the same)(?=\\s*[.!?\\s]*$|\\s+(?:customer|person|client|complaint|complainer|day|delay"
                            + "|problem|issue|excuse|email|call|one who|genius|expert)\\b)"),
            // Wishing them luck they will not have ("good luck finding one with shorter hold times").
            Wording.pattern(
                    "good luck (?:finding|getting) (?:one|someone|anyone|another|anything|a (?:better|cheaper|faster|nicer)|better|cheaper)"),
            // An ironic forecast for their plan ("I'm sure that'll go swimmingly", "what could possibly go wrong",
            // "that'll end well"): about "that" they just said, in praise too high to be meant. "I'm sure it'll go
            // brilliantly, you've practised" is encouragement.
            Wording.pattern(
                    "(?:i'm sure|i am sure|no doubt|i bet|bet|i'm certain) (?:that|this)(?:'ll| will| is going to|s gonna)? (?:go"
                            + "|work out|turn out|pan out|end|play out)(?: (?:just|really|absolutely|totally|so))? (?:brilliantly"
                            + "|swimmingly|splendidly|wonderfully|famously|fantastically|beautifully|perfectly|marvell?ously"
                            + "|smoothly|a treat|like a dream|great for you|well for you)"
                            + "|what (?:could|can) (?:possibly )?go wrong(?=[^a-z]*$)|that(?:'ll| will|s gonna| is going to) end"
                            + " well(?=[^a-z]*$)"),
            // Luck wished for getting someone to do what they will not ("good luck getting the landlord to pick up").
            Wording.pattern(
                    "(?:good|best of|the best of) luck (?:getting|trying to get|persuading|convincing) (?:[\\w'-]+ ){1,5}?to"
                            + " (?:pick up|answer|reply|respond|call (?:you )?back|ring (?:you )?back|get back to (?:you|u)|listen"
                            + "|care|agree|help|turn up|show up|pay|fix|do anything|lift a finger|give (?:you|u)|budge|change"
                            + "|refund|admit)"),
            // Mock surprise at a failing, as a tag ("..., who'd have thought", "Shocker.", "surprise surprise, ...");
            // "who'd have thought it would take this long" goes on to say what, and is rueful, not mocking.
            Wording.pattern(
                    "(?:who(?:'d| would)(?: have|'ve| of)? (?:thought|guessed)|who knew|fancy that|what are the odds|well i never"
                            + "|shocker|shock,? horror|quelle surprise)(?=[^a-z]*$)"),
            Pattern.compile("^(?:surprise,? surprise|shock,? horror|shocker)\\b"),
            // The type put down with mock wonder ("wow, a landlord who ignores emails").
            Pattern.compile(
                    "^(?:(?:oh|wow|well|ah|ooh|look|oh look|well well)[,.!]*\\s+)+(?:an?|another) [\\w' -]{1,30}? (?:who|that)"
                            + " (?:doesn't|does not|can't|cannot|won't|didn't|never|don't|isn't|ignores|forgets|forgot|turns up late"
                            + "|can't even|couldn't)\\b"),
            // Mock praise of their expertise or of what they gave ("you're clearly an expert", "eternally grateful for
            // your...", "ah yes, the legendary..."), and mock acceptance of a new order ("since apparently we're...").
            Wording.pattern(
                    "(?:you're|you are|ur) (?:clearly|obviously|evidently|such|quite|a real|the) (?:an? )?(?:expert|genius|pro"
                            + "|mastermind|authority|rocket scientist|einstein)\\b"
                            + "|(?:we're|i'm|we are|i am) (?:all |so |ever so )?(?:eternally|forever|truly|so very) grateful for"
                            + "|(?:since|because|as|cos|seeing as) apparently (?:we're|we are|i'm|i am|we|i|this is|it's)\\b"),
            Pattern.compile(
                    "^(?:right|yes|yeah|oh|ah)[,.]*\\s+(?:the|your|this|that) (?:famous|legendary|infamous|fabled"
                            + "|mythical|much-promised|much promised)\\b"),
            // A cause too absurd to be meant, offered as the only other explanation ("I guess the migration just did
            // itself then"), and mock recognition of a promise heard before ("where have I heard that before").
            Wording.pattern(
                    "(?:did|fixed|sorted|paid|cancell?ed|renewed|wrote|broke|ran|moved|signed|booked|ordered|installed|deleted"
                            + "|delivered|emailed|changed|upgraded|doubled) (?:itself|themselves)(?: all)?(?: by magic)? then(?=[^a-z]*$)"
                            + "|(?:i guess|i suppose|so|oh)[^.!?]{0,40}\\b(?:did|fixed|sorted|paid|cancell?ed|renewed|wrote|broke"
                            + "|ran|moved|signed|booked|ordered|installed|deleted|delivered|emailed|changed|upgraded|doubled)"
                            + " (?:itself|themselves)(?=[^a-z]*$)|where (?:have|'ve) i heard that(?: one)? before"
                            + "|(?:i've|i have) heard that(?: one)? (?:a (?:hundred|thousand|million) times|before)(?=[^a-z]*$|,? [a-z]+[^a-z]*$)"
                            + "|famous last words"
                            + "|pull the other one|tell me another one|glad (?:we're|we are) (?:both|all) (?:experts|such experts)"),
            // Irony by kind: mock self-blame ("silly me, wanting to..."), mock pity for a lonely virtue ("it must be
            // a lonely burden, being the last one who cares"), a standard mocked as met ("fifty-two days is
            // practically early"), mock help ("or will you manage?", "anything else while we're at it?"), experts
            // waved away ("what would they know"), a score said to be kept, luck wished on the next failure, and a
            // one-word verdict after a far-fetched cause ("...on its own, I suppose. Magic.").
            Wording.pattern(
                    "silly (?:old )?me,? (?:for )?(?:wanting|expecting|thinking|hoping|asking|believing|assuming|trying)"
                            + "|how (?:silly|stupid|foolish|unreasonable|outrageous) of me (?:to (?:want|expect|think|hope|ask)"
                            + "|for (?:wanting|expecting|thinking|hoping|asking))"
                            + "|must be (?:a )?(?:lonely|hard|tough|terrible|exhausting|awful|heavy)(?: \\w+)?,? being (?:the (?:only|last)"
                            + "|so)\\b|(?:is|are|was) (?:practically|positively) (?:early|on time|lightning|record time|speedy|prompt)"
                            + "|(?:or|think|reckon) (?:will|can|could) (?:you|u) manage(?: that)?(?=\\s*\\?)|or (?:will|can) (?:you|u)"
                            + " manage|anything else (?:while we're at it|you'd like while|i can do while)"
                            + "|what (?:would|do|could) (?:they|he|she|experts|people like that|those \\w+) know(?: about)?"
                            + "|(?:we're|we are|so we're|are we) keeping score(?: now)?|(?:the )?[\\w-]+(?:'s| is| will be) the lucky one"
                            + "|(?:on its own|by itself|all by itself|out of nowhere|by magic),? i (?:suppose|guess|imagine)[.!]?\\s+"
                            + "(?:magic|amazing|incredible|brilliant|marvellous|fancy that)\\b"),
            // Put-downs by kind: a mock title tagged on ("...next time, genius."), a question about their basic
            // competence ("does Martin actually own a calendar?"), an idea waved off as everyone's ("everyone and
            // their nan has tried that"), and hypocrisy thrown back ("bit rich, getting upset with me when...").
            Wording.pattern(
                    ",\\s*(?:genius|einstein|sherlock|sunshine|champ|hotshot|smart (?:guy|arse|ass)|clever clogs|princess|buttercup"
                            + "|mastermind)(?=[.!?]*$)"
                            + "|(?:does|do|did|can|has|have) (?:\\w+ ){1,3}?(?:actually|even|ever) (?:own|have|use|read|check|open|look at"
                            + "|know how to (?:use|read)) (?:a|an|the|their|his|her|your) (?:calendar|watch|clock|diary|phone|inbox|emails?"
                            + "|dictionary|map|spreadsheet|calculator)"
                            + "|everyone and (?:their|his|her) (?:nan|gran|granny|grandma|mum|mother|dog|uncle|auntie)"
                            + "|(?:a )?(?:bit|pretty|rather|a little) rich (?:coming from (?:you|u)|of (?:you|u)|(?:you )?(?:getting|telling"
                            + "|lecturing|complaining|moaning|having a go))"),
            // Mockery by kind, from the seventh blind round: mock admiration of their mood ("love the confidence"),
            // credentials magnified to belittle them ("you'd know all about it, with one whole project behind you"),
            // mock curiosity about their basis ("I'd love to see the rulebook you're working from"), and more offered
            // in scorn ("while we're at it shall I repaint your office too?").
            Wording.pattern(
                    "(?:^|(?<=[,.!]\\s))(?:(?:ooh|oh|wow|great|ah),? )?(?:love|loving) the (?:enthusiasm|attitude|optimism|confidence"
                            + "|energy|positivity|faith|vote of confidence|patience)(?=\\s*[,.!]|$)"
                            + "|(?:you'd|you would|you'll) know all about [\\w-]+"
                            + "|with (?:one|a single|all of one) whole [\\w-]+|all (?:two|three|four|five|six|\\d+) (?:whole )?(?:years?"
                            + "|months?|weeks?|books?|projects?|clients?) (?:of (?:experience|expertise)|behind you|under your belt)"
                            + "|(?:i'd|i would) (?:love|like|really like) to see (?:the|this|that|your) [\\w' -]{1,30}? (?:you're|you are"
                            + "|you've been|they're) (?:working|grading|reading|going|basing|using|getting)"
                            + "|while we're at it,? (?:shall|should|do you want|why don't|how about|maybe) (?:i|me|we)\\b"
                            + "|(?:shall|should) i (?:also |just )?throw in (?:a |an |some )?(?:free|complimentary|[\\w-]+ for free)"),
            // Ironic praise as a fragment of its own, after a groan ("Brilliant. Very customer-centric.").
            Pattern.compile("^(?:very|so|how) [\\w-]+-(?:centric|minded|focused|friendly|first)[.!]*$"),
            // Agreement drawn out or said three times ("riiight", "cool cool cool").
            Pattern.compile(
                    "\\b(?:ri{3,}ght|su{3,}re|ye{3,}ah|o{3,}k(?:ay)?)\\b|\\b(cool|great|nice|fab|lovely|super|perfect|brilliant)"
                            + "(?:[,.!]*\\s+\\1\\b){2,}"),
            // Thanks cut short to mock what they said ("thanks, really helpful", "oh cheers, super helpful"): the
            // sincere
            // kind says what helped ("thanks, that's really helpful, I'll note the number").
            Pattern.compile("^(?:(?:oh|well|gee|wow|right|ok|okay)[,.!]*\\s+)?(?:thanks|thank you|cheers|ta)[,.!]*\\s+"
                    + "(?:really|super|very|so|ever so|most|massively|hugely) helpful[.!]*$"),
            // Sarcasm at home, between flatmates, partners and family: mock pity for their hardship ("ten hours, you
            // poor thing", "must be so hard to rinse a plate"), mock thanks for what kept them up ("thanks SO much
            // for the 2am party, really loved that"), mock praise of a virtue they lack ("a real domestic god").
            Wording.pattern(
                    "(?:^|(?<=[,.!]\\s))(?:oh,? |aw+,? |ah,? )?(?:you )?poor (?:thing|baby|lamb|darling|love|dear|petal|soul)(?=\\s*[,.!]|$)"
                            + "|must be (?:so|really|very|awfully|terribly|soo+) (?:hard|tough|difficult|exhausting|tiring) to"
                            + " (?:rinse|wash|wipe|lift|pick up|put|carry|take out|empty|load|unload|press|push|say|send|text|remember"
                            + "|read|open|walk|make|do|find|clean|hoover|tidy)\\b"
                            + "|(?:thanks|thank you|cheers)\\b[^.!?]{0,40}\\bfor (?:the |that |your )?(?:[1-5] ?am|[1-5] o'clock"
                            + "|midnight|middle of the night)\\b"
                            + "|(?:you're|you are|ur) (?:a |such a |a real |quite the )(?:domestic (?:god|goddess)|neat freak|clean freak"
                            + "|model (?:flatmate|housemate|roommate|tenant|citizen))"),
            // "Classic." said of their trouble as a sentence of its own.
            Pattern.compile("^(?:oh,? )?(?:classic|typical|figures)[.!]*$"),
            // Their feelings mocked as a show put on: tears, hurt or worry called waterworks, theatrics or a guilt trip
            // ("oh please, the waterworks again", "here come the tears", "spare me the theatrics", "cue the violins",
            // "no need for the big meltdown"), told to stop being so emotional, or groaned at as the same scene
            // again ("not this again"). "I know this brings up tears" names them without mocking.
            Wording.pattern(
                    "(?:here (?:come|comes)|here we go(?:,? (?:again|with))?|(?:and )?cue|turn(?:ing)? (?:on|off)"
                            + "|spare (?:me|us)|save (?:me |us )?|enough (?:with|of)|cut|drop|ditch|no need for|oh please,?|please,?"
                            + "|ugh,?|omg,?|again with)[,.!]*\\s+(?:the |your |all the |all this |this |that |these |those |with the )?"
                            + "(?:big |whole |usual |same |little |fake |full |annual |weekly )*(?:waterworks|tears|crying|sobbing"
                            + "|theatrics|dramatics|histrionics|drama|amateur dramatics|sob story|sob stories|guilt trip|guilt-trip"
                            + "|pity party|violins|sad face|sad eyes|puppy(?:-dog| dog)? eyes|poor me(?: act| routine)?|martyr act"
                            + "|martyr routine|victim act|victim card|meltdown|tantrum|hissy fit|strop|crocodile tears)\\b"
                            + "|(?:^|(?<=[,.!]\\s))(?:(?:oh|ugh|omg|god|oh god|jeez|seriously|please|oh please)[,.!]*\\s+)*"
                            + "(?:not this again|not the \\w+ again)(?=\\s*[,.!?]|$)"
                            + "|(?:stop|quit) (?:being|acting) (?:so |such an? |all )?(?:dramatic|emotional|hysterical|oversensitive"
                            + "|over-sensitive|precious|a drama queen|a baby|the martyr|the victim)"
                            + "|(?:such a|what a|you) drama queen|(?:the|your) waterworks|crocodile tears|pity party"
                            + "|(?:turn|switch) (?:off|on) the (?:tears|waterworks|charm|sad face)"),
            // A concession held out on a condition that reproaches them: what they never did, put as the price of
            // agreeing ("maybe if you paid on time I'd stay", "I'd put more in, if the first fifteen grand ever came
            // back", "when you start paying me like an actual client"). A condition ahead ("if you can pay on time
            // from now on, I'll stay", "if you ever need help, call me") is not a reproach, and a reproach with no
            // concession ("if you'd paid on time we wouldn't be here") is blame.
            Wording.pattern("(?:i'd|i would|i'll|i will|i might|i could|happily|gladly|sure|fine)\\b[^.!?]{0,60}?\\b"
                    + REPROACHING_CONDITION
                    + "|(?:maybe|perhaps|sure|only|yeah|well)[,.]*\\s+"
                    + REPROACHING_CONDITION
                    + "|"
                    + REPROACHING_CONDITION
                    + "[^.!?]{0,30}?\\b(?:i'd|i would|i might|i'll|i wouldn't|i could)\\b"),
            Pattern.compile("^(?:and |but )?(?:only )?" + REPROACHING_CONDITION.replace("(?:if|", "(?:")));

    /** Before quoted words, a report of what someone said: a quotation, not scare quotes. */
    static final Pattern QUOTING = Pattern.compile(
            "\\b(?:said|say|says|saying|told me|tell me|wrote|write|mentioned|asked|word|words|typed|put|called it|reads|read)\\s*[:,]?\\s*$");

    /** Before scare quotes, whose so-called thing it is ("your 'help'", "this so-called 'express' service"). */
    static final Pattern SCARE_LEAD = Pattern.compile(
            "\\b(?:your|their|his|her|our|this|that|these|the so-called|so-called|so called|such)\\s*$");

    /** After scare quotes, words that deny the name ("a 'request' isn't a reversal"). */
    static final Pattern SCARE_TAIL = Pattern.compile(
            "^\\s*(?:isn't|is not|aren't|are not|my foot|my arse|indeed|apparently|lol|/s|,? sure\\b|,? right\\b)");

    /** Scare quotes: one or two words in quotes inside a longer sentence ("your 'policy'"). */
    static final Pattern SCARE_QUOTES = Pattern.compile(
            "(?<=\\s|^)([\"'\u201C\u2018])([a-z][a-z-]*(?: [a-z-]+)?)([\"'\u201D\u2019])(?=[\\s,.!?]|$)");
}
