package dev.spar.understanding;

import java.util.List;
import java.util.regex.Pattern;

/** The words of levity and leaving the topic: jokes, laughter, small talk. */
final class LightWords {
    private LightWords() {}

    /** Laughter, a joke flagged as one, or a stock quip. */
    static final List<Pattern> JOKE = List.of(
            Pattern.compile("\\b(?:ha(?:ha)+h?|he(?:he)+|hah|lol+|lmao+|lmfao|rofl|roflmao|jk)\\b"),
            Pattern.compile("\uD83D[\uDE02\uDE06\uDE1C\uDE09\uDE05\uDE04\uDE01\uDE43]|\uD83E\uDD23"),
            Pattern.compile("^ha(?=[,!.]+\\s)"),
            Wording.pattern(
                    "just (?:kidding|joking)|only (?:kidding|joking)|(?:no )?pun intended|joking aside|kidding aside"
                            + "|ba-?dum(?:-?tss?)?|at least it's not raining|could be worse,? (?:it )?could be raining"
                            + "|look on the bright side,? at least|that's what she said|knock knock|why did the \\w+ cross"
                            + "|walks into a bar|i'm kidding|kidding!"));

    /**
     * Making light of their trouble: the broken or lost thing enjoying leisure ("the car's getting a well-earned
     * rest", "the parcel's seeing the world"), the mishap sold as a treat ("think of it as a free detox") or as a
     * good story to tell.
     */
    static final List<Pattern> MAKING_LIGHT = List.of(
            Wording.pattern(
                    "(?:the|your|ur|my|his|her|their) [\\w-]+(?:'s| is| has been|s been) (?:\\w+ )?(?:getting|having|enjoying"
                            + "|taking|on) (?:a |an |some |its )?(?:(?:nice|well-earned|well earned|well-deserved|well deserved|long"
                            + "|little|proper|lovely|good|much-needed|much needed) )*(?:rest|break|holiday|vacation|day off|days off"
                            + "|lie-in|nap|breather|spa day|weekend|staycation|sabbatical|beauty sleep)"
                            + "|(?:seeing|touring) the (?:world|country|sights)|(?:gone|going|went) on (?:a|its own|an) (?:little )?"
                            + "(?:holiday|adventure|tour|road trip|world tour)"),
            // The broken or missing thing given a person's wants ("the parcel wanted an excuse to visit", "the printer
            // has a mind of its own").
            Wording.pattern(
                    "(?:wanted|wants|needed|fancied|was looking for) an excuse to (?:come back|visit|pop back|see (?:you|us|u)"
                            + "|drop by|pop round|come round|come over)|(?:has|had|with|got) a mind of (?:its|their) own"),
            Wording.pattern(
                    "think of it as (?:a |an )?(?:(?:free|little|mini|unplanned|bonus|forced|enforced) )*(?:detox|digital detox"
                            + "|holiday|break|adventure|workout|retreat|rest|staycation|spa day|character building)"
                            + "|(?:you'll|you will|you'll) (?:have|get|dine out on) (?:a |one )?(?:good|great|funny|fun|hell of a"
                            + "|brilliant) (?:story|anecdote|tale)|(?:^|, |well,? )every cloud\\b"));

    /**
     * A pleasantry about their day, week, weekend or health ("hope you're keeping well", "hope the weekend was kind
     * to you"). A wish that their trouble eases ("hope the rest of your week is easier", "hope you feel better") is
     * not one. {@code ListeningPhrases} reads the same courtesies as a greeting rather than a reflection.
     */
    static final Pattern PLEASANTRY = Wording.pattern(
            "(?:(?:i )?(?:hope|trust|hoping)(?: that)? (?:you're|you are|ur|u r|you've been|you have been|you're all|you all"
                    + "|you guys are) (?:keeping |doing |feeling )?(?:well|good|ok|okay|alright|fine|great)"
                    + "|(?:i )?(?:hope|hoping) (?:you're|you are|ur|u r) (?:having|enjoying) (?:a |an )?(?:good|nice|lovely|great|fab"
                    + "|decent|brilliant|wonderful|relaxing|restful|quiet) (?:one|day|week|weekend|morning|afternoon|evening|break"
                    + "|holiday|time)"
                    + "|(?:i )?hope (?:you|u) (?:had|have had|enjoyed) (?:a |an )?(?:good|nice|lovely|great|fab|decent|relaxing"
                    + "|restful|wonderful|fun|merry|happy) (?:one|day|week|weekend|holidays?|break|christmas|easter|summer|time"
                    + "|trip|evening|bank holiday|birthday)"
                    + "|(?:i )?hope (?:the|your|ur) (?:day|week|weekend|morning|afternoon|evening|monday|tuesday|wednesday"
                    + "|thursday|friday|holidays?|break|christmas|summer)(?:'s| is| has| was| has been|s)? (?:been |going |treating"
                    + " you |off to |started |starting )?(?:well|good|great|nicely|alright|ok|okay|kind(?: to you)?|kindly|lovely"
                    + "|nice|fine|a (?:good|great|nice) (?:one|start))"
                    + "|(?:i )?hope (?:life|everything|all|things|the family|the kids|your family)(?:'s| is| are)? (?:been |going"
                    + " |treating you )?(?:all )?(?:well|good|great|ok|okay|alright|fine|kind(?: to you)?)"
                    + "|hope this (?:message |email |note )?finds you well|how are you keeping)"
                    // What may trail it and still say nothing else.
                    + "(?:,? (?:with (?:you|u)(?: and yours| all| guys)?|so far|these days|today|this week|lately|then|mate"
                    + "|as always|and yours))*");

    /** A greeting or a name on its own, which a pleasantry may come with and still do nothing else. */
    static final Pattern GREETING = Pattern.compile(
            "^(?:(?:good )?(?:morning|afternoon|evening|day)|hi+|hello|hey+|hiya|heya|howdy|yo|morning all|hi all)"
                    + "(?: there| all| again| both| everyone| guys| folks| [a-z]+)?\\b");

    /** The most words a line may have besides its greeting and pleasantry and still say nothing else. */
    static final int PLEASANTRY_ONLY_WORDS = 2;

    /** A turn away from the matter in so many words ("random question", "on another note"). */
    static final List<Pattern> OFF_TOPIC = List.of(
            Wording.pattern(
                    "random (?:question|q|qn)\\b|off topic|totally unrelated|unrelated,? but"
                            + "|on another note|on a different note|changing the subject|change of subject|side note|anyway,? enough about that"),
            Wording.pattern("that reminds me|fun fact|funny story|random,? but|by the way,? (?:did|have|do|are) you"),
            Wording.pattern(
                    "speaking of \\w+|^anyway[,!.]*\\s*(?:did|have|how|what|are|do|is)|btw(?=\\s*[?.!]?\\s*$)|out of (?:interest|curiosity),"
                            + "|(?:by the way|btw),? (?:did|have|do|are|is|was|were|what|how|when|where)(?:'s)? (?:you|u|we|they|it|the)\\b"
                            + "|on a (?:lighter|happier|random|brighter) note|just curious,"));

    /**
     * Interest in the other person's life or things, whatever the scenario ("what year is it?", "how old is she
     * now?", "lovely car though"), and quips that make light of their trouble ("classic tech, am I right?").
     */
    static final List<Pattern> PERSONAL = List.of(
            Wording.pattern(
                    "what year is (?:it|she|he)|what breed|(?:is|was) that (?:a|your) (?:dog|baby|cat|parrot|kid)(?: i (?:can )?hear| in the background)|how old (?:is|are) (?:she|he|they)(?: now)?|any tips (?:for|on)"
                            + "|did you (?:end up|ever) (?:getting|get|try|trying|buy|buying|going|go)\\b|i(?:'ve| have) (?:had|been to|tried|eaten) your"
                            + "|is it a big (?:wedding|do|party|family|house|garden)|sounds (?:lovely|fun|adorable|gorgeous)(?=\\s*(?:$|[.!,]))"),
            Wording.pattern(
                    "(?:cool|nice|lovely|great|fun|cute|gorgeous|beautiful|fancy) (?:name|car|motor|shop|house|area|dog|cat)"
                            + "(?! (?:is|was|isn't|wasn't|has|had|you)\\b)(?=[,.!]| though| by the way| btw| the)"),
            Wording.pattern(
                    "must be (?:so |pretty |really )?(?:mental|mad|crazy|hectic|boring|fun) (?:this time of year|though|all day)"),
            // Turning it to one's own things ("mine's been acting up", "I've been meaning to switch mine").
            Wording.pattern(
                    "(?:mine|my own)(?:'s| is| has)? (?:been )?(?:acting up|playing up|on the blink|making (?:a|that|the same) (?:noise|sound)"
                            + "|doing (?:the same|that too))|i've been meaning to (?:\\w+ ){0,3}?(?:mine|my own)\\b"),
            // Bringing in one's own family or past ("my sister lives there!", "I grew up near there").
            Wording.pattern(
                    "my (?:sister|brother|mum|mom|dad|cousin|aunt|auntie|uncle|wife|husband|partner|friend|mate|kids?|son|daughter|gran|nan"
                            + "|grandma|grandad|in-laws|best mate|boyfriend|girlfriend) (?:lives|lived|works|worked|went|goes|studied|grew up"
                            + "|is from|was born|had one|has one|got married) (?:there|in|near|at|to|from|just|too|as well)"
                            + "|i (?:used to live|grew up|went to (?:school|uni|college)|lived|was born) (?:there|near there|round there|in \\w+ too)"),
            // Selling them something else ("have you seen our new handset deals?").
            Wording.pattern(
                    "(?:have you seen|did you see|have you tried|check out|did you know about|have you heard about|heard about) our (?:new|latest|current|summer"
                            + "|winter|spring|autumn|christmas|black friday)? ?(?:\\w+ ){0,3}?(?:deals?|offers?|range|products?|bundles?"
                            + "|promotions?|plans?|handsets?|phones?|packages?)"),
            // Admiring their way of doing things ("that's so old school, I love it").
            Wording.pattern(
                    "(?:so|very|how|proper|dead) (?:old.school|retro|quaint|adorable|cute|cosy|fancy)(?=[,.!]|\\s*$| i love)"),
            // The speaker's own wants ("I'm always after a good loaf round here").
            Wording.pattern(
                    "i'm always (?:after|on the hunt for|on the lookout for|looking for) (?:a |some )?(?:good|decent|nice"
                            + "|proper|great) \\w+"),
            // The same thing as theirs, or their trade booming ("my mum has the same pair", "plumbing must be
            // booming").
            Wording.pattern(
                    "(?:my \\w+|i)(?:'ve got| have| has| had| got) (?:got )?the (?:exact |very )?same (?:one|pair|model|make|car"
                            + "|phone|laptop|bag|coat|jacket|boots|shoes|trainers|dress|suit|sofa|bike|van)\\b"
                            + "|(?<!the )(?<!your )(?:business|trade|work|\\w+ing|\\w+ers|\\w+ists) must be (?:booming|flat out|rushed off"
                            + " (?:your|their) feet|raking it in)"),
            Wording.pattern(
                    "am i right(?=\\s*\\??\\s*$)|(?:it's|that's) a banger|(?:classic|typical) (?:tech|computers|mondays?)[,.!]"
                            + "|at least you (?:got|get) to (?:enjoy|hear|listen)"));

    /**
     * Echoing what they said to admire it ("Plumbers, nice!", "a wedding, how lovely!"): with a question after it,
     * interest in their life rather than their problem.
     */
    static final Pattern ECHO_ADMIRE = Pattern.compile(
            "^(?:(?:oh|wow|ooh|ah)[,!]*\\s+)?(?:an? |the )?(?!(?:thanks|thank you|ok|okay|right|great|perfect|yes|yeah|sure|sorry|no|fine"
                    + "|good|alright|cheers|understood|got it)\\b)[a-z][\\w' -]{1,24}[,!]+\\s*(?:how |so |very )?(?:nice|lovely|cool|fancy|exciting"
                    + "|amazing|fun|gorgeous)\\b[,.!]"
                    + "|^(?:oh|wow|ooh|ah)[,!]*\\s+(?:how )?(?:nice|lovely|cool|fancy|exciting|amazing|gorgeous)[,!]+\\s*(?!(?:thanks|thank you|ok"
                    + "|okay|right|great|perfect|yes|yeah|sure|sorry|no|fine|good|alright|cheers|i|we|that|this|so|and|let|let's)\\b)"
                    + "[a-z][\\w' -]{1,24}[!]");

    /** Before small talk, words that wave it away ("let's skip the 'how's your week'"). */
    static final Pattern REFUSED = Pattern.compile(
            "\\b(?:skip|spare me|none of|enough of|forget|no|not)(?: the| your| all the)?\\s*['\"\u2018\u201C]?\\s*$");

    /** Small talk: a question or remark about a subject of its own (sport, weather, weekend, telly). */
    static final List<Pattern> SMALL_TALK = List.of(
            Wording.pattern(
                    "did you (?:catch|see|watch) the (?:football|match|game|race|fight|final|cricket|rugby|news|show|forecast|weather"
                            + "|big game|derby|grand prix|olympics|eurovision)"),
            Wording.pattern(
                    "(?:how's|how is|hows|what's|whats|what is) the weather(?! got| have to do)|(?:nice|lovely|horrible|awful|terrible"
                            + "|crazy|great) weather|weather (?:over there|where you are|today|this week|lately|like)"
                            + "|(?:is it|it's) (?:raining|sunny|hot|cold|snowing|warm|freezing) (?:there|where you are|over there|up there|down there|out there)"),
            Wording.pattern(
                    "(?:any|got any|what are your) (?:plans|big plans) for the (?:weekend|holidays|summer|evening)"
                            + "|weekend plans|(?:good|nice|how was your|how's your) (?:weekend|holiday|vacation|summer|day off)"),
            Wording.pattern("(?:have|did) you (?:seen|watched|watch|see) (?:the new|that new|any good) \\w+"
                    + "|(?:watching|binge(?:ing)?) anything good|what are you (?:having|doing) for (?:lunch|dinner|tea)"
                    + "|(?:who|which team) do you support|(?:support|follow) (?:a|any) (?:team|club)"
                    + "|traffic (?:was|is) (?:mad|crazy|awful|terrible|a nightmare)|where are you (?:based|from)"
                    + "|do you have (?:any )?(?:kids|pets|a dog|a cat)"),
            Wording.pattern(
                    "how's your (?:week|day|morning|weekend)(?: been| going)?|doing anything nice (?:this|at the) weekend"
                            + "|(?:how's|hows|how is) (?:the|your) new \\w+|how (?:was|is) your (?:holiday|trip|weekend|evening"
                            + "|day off|break)|how (?:was|is) (?:thanksgiving|christmas|easter|the holidays|half.term|your birthday|the bank holiday)"
                            + "|(?:did you )?do anything nice"),
            // Their news, their holidays or a place to go, whatever the matter ("congrats on the new role", "did you
            // see that new exhibition?", "got any trips planned?").
            Wording.pattern(
                    "(?:have you|did you|you) (?:booked|book|got|planned|plan|going on) (?:any|a|your) (?:holidays?|trips?|time"
                            + " off|getaways?|breaks? away)"
                            + "|congrat(?:s|ulations) on (?:the|your) (?:new |recent )?(?:role|job|promotion|baby|wedding|engagement|house"
                            + "|home|move|award|win|anniversary|retirement)"
                            + "|(?:did|have) you (?:seen|see|been to|heard about) (?:that|the) (?:new )?(?:[\\w'-]+ ){0,3}?"
                            + "(?:exhibition|film|movie|gig|concert|musical|documentary|restaurant|cafe|festival)"),
            Wording.pattern(
                    "(?:going|been|off) (?:anywhere|somewhere) nice|how(?:'s| is| are) (?:the|your) (?:kids|family|wife|husband|partner|dog|cat"
                            + "|mum|dad|mom|holiday|garden)(?! (?:taking|coping|handling|dealing|feeling|doing with) )"));

    /**
     * Asides whose subject is never the matter, whatever the scenario is about, by kind: a remark on the weather,
     * their weekend, their feelings about a life event of theirs, the places near them, their desk or kit, the
     * speaker's own life, and something else sold to them. Their words name no fact of a case, so a sentence that
     * also names one of its topics ("lovely weather for a drive") still turns away from it.
     */
    static final List<Pattern> ASIDES = List.of(
            // The weather, remarked on ("lovely weather for a drive today, isn't it?").
            Wording.pattern(
                    "(?:lovely|nice|gorgeous|beautiful|glorious|miserable|grim|horrible|awful|crazy|mad) (?:weather|day|morning"
                            + "|afternoon) (?:for (?:a|it|the|this)\\b|today|out there|isn't it|innit|we're having|we've been having)"
                            + "|(?:lovely|nice|gorgeous|beautiful|glorious|miserable|grim|horrible) (?:weather|day) (?:isn't it|innit)"),
            // Their weekend or time off ("did you get out at all this weekend?").
            Wording.pattern(
                    "(?:did|have) (?:you|u) (?:get|got|been) out (?:at all |much )?(?:this|over the|at the|last) weekend"
                            + "|(?:got|have you got|had) anything (?:nice|fun|good) (?:planned )?(?:for|this|over) the weekend"),
            // Their feelings about a life event, and the speaker's own taste for it ("are you excited about the new
            // place?", "I love a fresh start").
            Wording.pattern(
                    "(?:are|aren't|r) (?:you|u) (?:so |really )?(?:excited|looking forward) (?:about|to|for) (?:the|your) (?:new|big)"
                            + " (?:place|house|flat|home|area|move|job|life)|i love a (?:fresh start|new start|house move|good move)"),
            // The places near them, or what is good to eat there ("is that near the new bakery?").
            Wording.pattern(
                    "is (?:that|it) (?:near|close to|by|round the corner from) (?:the|that) (?:new |old |little )?(?:bakery|cafe|café"
                            + "|coffee shop|park|pub|market|gym|deli|restaurant|beach|lake)"
                            + "|i've heard (?:the|their) [\\w' -]{1,30}? (?:there|at that place) (?:are|is) (?:amazing|incredible|great|lovely"
                            + "|the best|really good|unreal|to die for)"),
            // Their desk or kit, admired ("is that a new mechanical keyboard on your desk?").
            Wording.pattern(
                    "is that (?:a|your) new (?:[\\w-]+ ){0,2}?(?:keyboard|monitor|chair|laptop|mug|plant|headset|mouse|watch|bag"
                            + "|jacket|lamp|speaker|microphone|mic|webcam|standing desk|setup|set-up)(?: on your desk| behind you| you've got)?"
                            + "|(?:on|at) your desk\\? (?:it |that )?looks (?:great|nice|amazing|cool|lovely|fancy)"),
            // The speaker's own life and plans ("I'm moving next month myself", "I've been trying to make my own
            // starter"), and asking them for a tip for it ("do you have a good removals firm?").
            Wording.pattern("i'm (?:moving|getting married|doing the same|off|going) (?:[\\w-]+ ){0,3}?myself"
                    + "|i've been (?:trying|meaning|wanting) to (?:make|learn|bake|grow|get into|brew|take up) (?:my own|some|a|the)"
                    + "|(?:do|did) (?:you|u) (?:have|use|know) a (?:good|decent|reliable|cheap) (?:removals? (?:firm|company|van|man)"
                    + "|estate agent|plumber|builder|mechanic|dentist|hairdresser|barber|cleaner)"),
            // Their trade in season ("busy time of year for you?").
            Wording.pattern("busy (?:time|season|period) of (?:the )?year(?: for (?:you|u|them|the \\w+))?"),
            // Something else sold to them ("would you like to join our newsletter?", "have you seen the teaser for
            // our new app?", "we've got a webinar next month, shall I send you an invite?").
            Wording.pattern(
                    "(?:would|do) (?:you|u) (?:like|want|fancy) to (?:join|sign up (?:to|for)|subscribe to) our (?:newsletter"
                            + "|mailing list|loyalty (?:scheme|club|programme|program)|webinar|rewards|community)"
                            + "|(?:have|did) (?:you|u) (?:seen|see|watched) the (?:teaser|trailer|preview|video|launch video) for our"
                            + "|we've got a (?:\\w+ )?(?:webinar|workshop|meetup|open day|event|conference) (?:on|about|next|this|coming)"
                            + "|shall i send (?:you|u) an invite"));
}
