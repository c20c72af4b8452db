package dev.spar.analysis;

import dev.spar.analysis.Phrase.Extent;
import dev.spar.analysis.PhraseBook.Builder;
import java.util.List;

/**
 * The support phrases, as data: the speaker's own experience, advice and tips, siding with them, resources,
 * needs and general information. {@link PhraseBook} compiles them, in the order it lists
 * the families.
 */
final class SupportPhrases {
    private SupportPhrases() {}

    /** Adds self-disclosure: a similar experience of the speaker's own. */
    static void selfDisclosure(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "self-disclose.been-there",
                        "i(?:'ve| have) been (?:there|through (?:this|that|it|something|the same|similar|a lot|something similar|hard"
                                + "|a similar)|in (?:your|the same|a similar|that|this) (?:shoes|position|situation|boat|place))"
                                + "|i went through|i(?:'ve| have) (?:also |once )?(?:had|experienced|dealt with|faced|struggled with|gone"
                                + " through|lost|felt) (?:a |the )?(?:similar|same|something similar|this|that|it|those|these)"
                                + "|(?:the )?same (?:thing )?(?:happened|happens) to me|(?:it|this|that|something similar) (?:happened"
                                + "|happens) to me|me too|same here|so do i|so did i|i(?:'m| am) (?:in )?the same (?:boat|situation"
                                + "|position)|i (?:can )?(?:totally |really |definitely )?relate|i know (?:the|that|this) feeling"
                                + "|i(?:'ve| have) (?:also )?(?:struggled|dealt) with|i (?:also|too) (?:have|had|feel|felt|struggle"
                                + "|struggled|went|was|used to|lost|know|get|got|deal|dealt|suffer|suffered|experienced)"
                                + "|i(?:'ve| have) (?:also )?felt (?:like that|that way|the same|this way|like this|that too|it)"
                                + "|i had (?:that|this|the same|a similar|similar) (?:problem|issue|experience|feeling|thought|situation"
                                + "|happen)|been there (?:myself|too|before)|(?:as|being) (?:a|an) (?:mom|mum|mother|dad|father|parent"
                                + "|student|teacher|nurse|woman|man|introvert|single parent|older person)(?: myself)?,? i"
                                + "|i have (?:some|a lot of|had) experience|(?:it|this|that) (?:genuinely |really |definitely )?(?:did|does)"
                                + " help(?:ed)? me|whenever i|i (?:find|found) that (?:when )?i|(?:i'm|i am) (?:the same|better|bad"
                                + "|terrible|not good) (?:at|with|way)|getting me down|when i (?:broke up|was|had|lost|went|moved|got"
                                + "|started|felt|first|left|quit|finally)|i (?:felt|cried|struggled|grew up|broke up|moved|lost my"
                                + "|went through|was (?:so |very |really )?(?:sad|scared|angry|upset|anxious|aggravated|nervous|lonely"
                                + "|depressed|worried|stressed|relieved|hurt|heartbroken|devastated))")
                .moves(Move.SELF_DISCLOSE)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "self-disclose.my-life",
                        "^{lead}(?:when i was|back when i|i used to (?:be|feel|have|struggle|get|think|work|live|go|do)|in my (?:own )?"
                                + "(?:experience|case|life|family|job|work|last job|twenties|teens|youth)|for me,? (?:it|what|personally"
                                + "|the)|personally,? i|i remember (?:when|how|feeling|being)|my (?:own )?(?:ex|husband|wife|partner"
                                + "|boyfriend|girlfriend|son|daughter|mom|mum|dad|mother|father|brother|sister|best friend|friend|kids"
                                + "|children|family|parents|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|dog|cat|boss"
                                + "|therapist|doctor) (?:was|is|had|has|did|used|went|got|would|passed|left|lost|also|and|once|always"
                                + "|never))")
                .raw()
                .moves(Move.SELF_DISCLOSE)
                .extent(Extent.SENTENCE));
        b.add(PhraseBook.phrase(
                        "self-disclose.what-helped-me",
                        "(?:what|something that|one thing that|the thing that) (?:really )?(?:helped|helps|worked for|works for) me"
                                + "|(?:helped|helps|worked for|works for) me (?:a lot|too|as well|when|to)|i (?:found|find) (?:that )?"
                                + "(?:it|that|this|writing|talking|exercise|walking|music|meditation) (?:really )?(?:helps|helped)")
                .moves(Move.SELF_DISCLOSE)
                .extent(Extent.SENTENCE));
    }

    /** Adds advice: suggesting what they could do themselves. */
    static void advice(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "advise.you-could",
                        "you (?:should|could|might|may|can) (?:also |always |maybe |perhaps |probably |definitely |really |just )?"
                                + "(?:try|consider|think about|look into|look for|talk to|speak to|speak with|talk with|reach out|see a|see"
                                + " someone|see if|ask|get (?:some|a|help|professional|outside|in touch)|go (?:to|for|out|see)|join|find"
                                + "|start|take (?:a|some|time|care|up)|make (?:a|some|time|sure|plans)|write|call|contact|focus on|give"
                                + " (?:yourself|it|them|her|him)|set (?:a|some|up|aside|boundaries)|tell (?:them|her|him|your)|let (?:them"
                                + "|her|him)|spend|plan|practice|practise|keep (?:a|busy|track)|distract|remind yourself|treat yourself"
                                + "|allow yourself|be (?:honest|open|kind|gentle|patient)|explain|apply|sign up|volunteer|exercise"
                                + "|meditate|journal|pray|rest|sleep|check out|look at|look up|research|learn|search)"
                                + "|you (?:might|may) want to|you(?:'d| would) (?:do well|be better off|benefit from)"
                                + "|(?:maybe|perhaps) (?:you could|you can|you should|you shouldn't|you need|try|consider|it would help|it would be|it's time"
                                + "|talk|reach out|start|take|look|go|get|find|write|ask|see if)"
                                + "|why (?:don't|not) you|why not (?:try|talk|ask|see|give|just|start|take|get)")
                .moves(Move.ADVISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|what|whether|how|why|when|where|which|that|so) $"));
        b.add(PhraseBook.phrase(
                        "advise.have-you-tried",
                        "have you (?:ever )?(?:tried|considered|thought (?:about|of)|looked into|talked to|spoken to|spoken with"
                                + "|talked with|asked|reached out|been to see|seen a|gone to|checked out|looked at)"
                                + "|(?:did|do|would|could|can) you (?:try|consider|think about|look into|talk to|speak to|reach out)"
                                + "|(?:is|would) (?:it|that|there) (?:be )?(?:possible|an option|a way) (?:to|for you)"
                                + "|what (?:about|if you) (?:trying|talking|asking|joining|getting|seeing|taking|making|writing|finding"
                                + "|calling|going|starting|looking|reaching)|how about (?:trying|talking|asking|joining|getting|seeing|taking"
                                + "|making|writing|finding|calling|going|starting|looking|reaching)")
                .moves(Move.ADVISE)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "advise.i-suggest",
                        "(?:i|i'd|i would|i could|i'd really|i would really|i strongly) (?:suggest|recommend|advise|encourage|urge)"
                                + "|if i (?:were|was) you|(?:i would|i'd) (?:definitely |probably |just |personally |first )?(?:talk|go|try"
                                + "|call|ask|start|look|consider|make|get|take|write|tell|reach|see|speak|focus|find|spend|put|leave"
                                + "|stay|keep|avoid|wait|let)|my (?:advice|suggestion"
                                + "|recommendation) (?:is|would be|to you)|(?:it|that|this) (?:also )?(?:might|may|could|would|can|will)"
                                + " (?:also )?(?:really )?"
                                + "(?:help|be (?:helpful|good|worth|a good idea|useful|beneficial|wise)) (?:to|if you|for you to)"
                                + "|it(?:'s| is| would be| might be| may be) (?:a good idea|worth|helpful|important|best|better|wise) to"
                                + "|(?:it's|it is|it would be|it might be|it may be) (?:always |definitely |really )?worth \\w+ing"
                                + "|the best (?:thing|way) (?:to do|you can do|would be|is to)|(?:i think |maybe )?you need to"
                                + "|you have to (?:try|learn|remember|take|find|talk|tell|let|stop|start|focus|make|be)|you must (?:try|take"
                                + "|find|talk|tell|stop|start|remember)|you ought to")
                .moves(Move.ADVISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|what|do|don't|can't|when) $"));
        b.add(PhraseBook.phrase(
                        "advise.imperative",
                        "^{lead}(?:(?:maybe|perhaps|just|so|please|definitely|also|first),? )?(?<q>(?:try|consider|remember to"
                                + "|make sure (?:you|to)|don't forget to|take (?:some|a|care(?= (?:of (?!yourself\\b)|to |not ))|time|it|things|up)|go for|reach out|talk to"
                                + "|speak to|speak with|get (?:some|a|help|outside|professional|in touch|out)|focus on|write (?:down|it|them"
                                + "|a|your)|set (?:aside|some|a|up|boundaries)|give yourself|allow yourself|be (?:kind|gentle|patient|honest"
                                + "|open) (?:to|with)|treat yourself|look (?:for|into|up)|join|find (?:a|some|someone|something|time|ways)"
                                + "|keep (?:a|your|track|busy|in touch)|distract yourself|stay (?:away|off|busy|active|positive|focused)"
                                + "|avoid|stop|start|tell (?:them|her|him|your)|ask (?:them|her|him|your|for)|call|contact|search|google"
                                + "|check out|put yourself|surround yourself|spend (?:some|more|time)|do something|learn|practice|practise"
                                + "|schedule|plan|exercise|meditate|journal|sleep|rest|eat|drink (?:water|some)|go (?:online|out|for|to|see|and)"
                                + "|do (?:one thing|something|some|what)|make (?:a|sure|time|some|plans)|have a (?:look|chat|talk|go)"
                                + "|let (?:them|her|him) know|read|listen to|watch|polish|update your|apply)\\b)")
                .raw()
                .moves(Move.ADVISE)
                .extent(Extent.REST));
    }

    /** Adds suggestions said as what would help, as a gentle question, or as a plain instruction. */
    static void moreAdvice(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "advise.would-help",
                        "(?:can|could|might|may|would|will) (?:really |definitely |also |probably |certainly |surely |possibly )?"
                                + "(?:help(?: you)?(?: (?:to |a lot|with|feel|get|relax|calm|clear|sleep|cope))?|be (?:helpful|a good idea"
                                + "|good for you|beneficial|worth (?:a try|trying|it)|a good (?:start|step|way|outlet|distraction)))"
                                + "|(?:maybe|perhaps) if you|(?:it's|it is|it may be|it might be|maybe it's) (?:about )?time to"
                                + "|would you (?:be (?:willing|prepared|open|able) to|consider|like to try|think about)"
                                + "|i (?:wonder|was wondering) (?:if|whether) (?:you|it)(?: might| could| would|'d| have| had)"
                                + "|(?:is|are) (?:a )?(?:good|great|helpful|useful) (?:for|way to|idea|option|outlet|distraction)"
                                + "|one (?:thing|idea|suggestion|option) (?:you could|would be|might be|is to|that might)"
                                + "|you (?:could|should|might|may) (?:also |always |maybe |perhaps |just |even |still |then |definitely"
                                + " |probably |try and )?(?!(?:be|feel|have been|not|never|imagine|say|think so|see why|know|understand"
                                + "|already|find it|want|like|wonder|get that)\\b)[a-z]{3,}"
                                + "|(?:you|u) can (?:also |always |just |even |then |easily |definitely )?(?:try|look|ask|talk|join|use|find"
                                + "|take|go|start|check|search|call|contact|reach|choose|trade|meet|speak|write|read|watch|listen|buy"
                                + "|order|apply|volunteer|visit|practice|practise|learn|spend|do some|set|plan|schedule|sign up|consider)"
                                + "\\b")
                .moves(Move.ADVISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:i|we|how|what|why|that) $"));
        b.add(PhraseBook.phrase(
                        "advise.do-this",
                        "^{lead}(?:(?:maybe|perhaps|just|so|please|definitely|also|first|always|then),? )?(?<q>(?:use|remember"
                                + "|be (?:patient|kind|gentle|honest|strong|positive|open|careful|proud|brave|confident|yourself)"
                                + "|don't (?:be|let|give up|forget|put|stress|hesitate|feel|blame|beat|isolate|rush|push|compare)"
                                + "|do not (?:be|let|give up|forget|put|stress|hesitate|feel|blame|isolate|rush|compare)"
                                + "|think about|seek|see (?:a|if|someone)|visit|breathe|relax|enjoy(?! (?:the rest of )?(?:your|the) (?:day|evening|night|weekend|holidays?)\\b)|share|express|forgive|accept"
                                + "|distance yourself|believe in yourself|keep (?:going|trying|at it|pushing|fighting|doing|up|on)"
                                + "|let (?:yourself|go|it)|give (?:it|them|him|her)|pick up|consult|work on|ignore|move on|open up"
                                + "|reach|speak up|maintain|continue|create|prepare|study|celebrate|pamper yourself|have faith"
                                + "|stay (?:calm|safe|home|connected|in touch|close|strong|hopeful|patient)|obey|think (?:of|positive|about"
                                + "|positively)|rescue|adopt|buy|get (?:outside|out|some|a|in touch|back)|go (?:back|outside|easy|slow)"
                                + "|look (?:at|after|on|around)|tell (?:yourself|someone|her|him|them)|talk (?:with|about|it)|sit down"
                                + "|wait|pray|eat|drink|smile|walk|unplug|disconnect|delete|block|mute|take (?:breaks|a break|a walk"
                                + "|a deep|deep|your time)|spend|save|budget|ask (?:around|yourself|about)|reward|remind|hug)\\b)")
                .raw()
                .moves(Move.ADVISE)
                .extent(Extent.REST));
    }

    /**
     * Adds what a supporter says in passing: understanding of why they feel as they do ("I can understand why
     * you'd be angry"), reassurance that a hard stretch ends or that their choice was sound, and a tip offered
     * as one more thing to try ("Another thing that helps is...", "You can also...", "How about a walk?").
     */
    static void understandingNamedAndTipsInPassing(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "acknowledge.understand-why",
                        "i (?:can |do |completely |totally |really |definitely |fully |certainly |can totally |can completely"
                                + " |can definitely |can really )?(?:understand|imagine) (?:how|why|what|that (?!(?:is|was|too|also|completely)\\b)|wanting|being|feeling"
                                + "|you(?:'re| are| must| would| feel| felt))\\b|i can (?:tell|sense|hear) (?:that )?(?:you|how)\\b")
                .moves(Move.ACKNOWLEDGE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|don't|if|whether) $"));
        b.add(PhraseBook.phrase(
                        "affirm.it-will-end",
                        "you(?:'ve| have)? (?:made|make|are making) (?:the|a) (?:right|good|great|smart|wise|correct|brave|healthy)"
                                + " (?:decision|choice|call|move)|(?:you're|you are|your) (?:definitely |certainly |really |truly )?not"
                                + " (?:alone|the only)|(?:it|this|that|things|(?:this|the|that) (?:(?:rough|hard|difficult|tough|bad"
                                + "|awful|current) )?(?:patch|time|phase|period|stage|feeling|pain|storm|situation|pandemic|crisis"
                                + "|lockdown|season)) (?:will|is going to|shall) (?:soon )?(?:end|be over|pass)\\b|will get b[ae]tter")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|if|whether|wonder|when|afraid|worry|worried|fear|scared) $"));
        b.add(PhraseBook.phrase(
                        "advise.one-more-thing",
                        "(?:another|one|the best|the other) (?:thing|option|idea|way|suggestion|tip|trick)(?: that)?(?: (?:i|you"
                                + "|which))? (?:\\w+ ){0,3}(?:helps?|helped|worked|works|could|can|might|would|is to|was to|found)\\b"
                                + "|(?:you|u) (?:can|could) also (?!(?:be|feel|see|tell|understand|imagine|say)\\b)[a-z]{3,}"
                                + "|you (?:just|really|also|simply|still) (?:need|have|got|ought) to\\b"
                                + "|(?:it|that)(?:'s| is| would be| might be| may be| could be|'d be) (?:\\w+ )?(?:easier|worthwhile"
                                + "|beneficial|useful|smart|better) (?:to|if you|for you)\\b"
                                + "|^{lead}(?:maybe|perhaps) (?:there(?:'s| is| are)|sign up|ask|talk|reach|start|join|look|try|get|find"
                                + "|take|go)\\b")
                .moves(Move.ADVISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|what|how|why|i|we) $"));
        b.add(PhraseBook.phrase(
                        "advise.how-about",
                        "^{lead}(?:(?:or|and|so|well|maybe),? )?(?:how|what) about (?!(?:you|yours?|it|that|this|now|him|her|them"
                                + "|the rest|your day|yourself)\\b)\\w+"
                                + "|^{lead}(?:(?:or|and|so|well|maybe),? )?(?:could|can) you (?!(?:tell|share|describe|explain|say"
                                + "|elaborate|clarify|give me|let me|please|hear|see|remember|think of|believe|imagine|relate"
                                + "|understand)\\b)[a-z]{3,}")
                .moves(Move.ADVISE)
                .question()
                .extent(Extent.CLAUSE));
    }

    /**
     * Adds the speaker's own life said in passing: the same trait or trouble ("I'm also a night owl", "my
     * brother also lost his job"), a habit ("When I can't sleep, I read"), and a feeling the same thing stirs
     * in them ("It makes me sad too").
     */
    static void ownLifeInPassing(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "self-disclose.me-as-well",
                        "i(?:'m| am) (?:also|too) (?!(?:here|sorry|glad|happy to|so sorry|not sure|wondering|curious)\\b)"
                                + "|my (?:\\w+ ){1,2}(?:also|too) (?:had|has|was|went|lost|left|found|did|got|felt|struggled"
                                + "|suffered|dealt)|i(?:'ve| have) actually (?:been|had|done|gone|lost|felt|dealt|struggled)"
                                + "|(?:makes|made) me (?:feel )?(?:so |really |very )?(?:sad|happy|anxious|nervous|angry|scared"
                                + "|lonely|stressed|worried|upset|frustrated) (?:too|as well)"
                                + "|^{lead}when(?:ever)? i (?:am|'m|feel|get|have|had|was|can't) [^,.?!]{1,60}, i\\b")
                .moves(Move.SELF_DISCLOSE)
                .extent(Extent.SENTENCE)
                .unlessBefore("(?:if|whether|you|and you) $"));
    }

    /**
     * Adds siding with them: agreeing with how they see it ("You're right", "Exactly!"), telling them their
     * reaction is not odd or wrong ("That's not weird at all"), and hope said as a fact ("Better days are
     * ahead").
     */
    static void sidingWithThem(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "affirm.agree",
                        "^{lead}(?:(?:yes|yeah|yep|oh|well)[,.!]* )?(?:i (?:completely |totally |fully |definitely |absolutely"
                                + " |so |really )?agree|exactly|that's the spirit|well said|(?:that's |that is )?(?:so|very) true"
                                + "|(?:that's|that is) (?:so |very )?true|you(?:'re| are) (?:so |absolutely |totally |completely )?right"
                                + "(?! (?:to|that|about (?:the|my|our) (?:order|bill|account|policy)))|absolutely(?= ?(?:[.!]|$)))")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE));
        b.add(PhraseBook.phrase(
                        "affirm.not-wrong",
                        "(?:that|it|this)(?:'s| is) not (?:weird|wrong|silly|stupid|crazy|selfish|strange|your fault|a bad thing)"
                                + "|(?:don't|do not) think you(?:'re| are) (?:\\w+ )?(?:naive|weird|crazy|stupid|selfish|wrong"
                                + "|overreacting|a bad)|not (?:your fault|at fault|to blame)|(?:bright|better|brighter|good) (?:days"
                                + "|times) (?:are )?(?:ahead|to come|coming)|a lot to live for|(?:it's|it is|that's|that is) (?:so"
                                + " |really |very |truly )?(?:admirable|inspiring|commendable|impressive) (?:that|of you|how)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|wonder|think|worry|afraid|sure|know|feel|feels|felt) $"));
    }

    /** Adds naming a resource or a known fact: "There's a free app for that", "Walking is proven to lift mood". */
    static void resourcesAndKnownFacts(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "explain.resource",
                        "there(?:'s| is| are) (?:an?|some|this|a few|free|great|good|several) (?:[\\w-]+ ){0,2}(?:apps?|websites?"
                                + "|sites?|programs?|programmes?|groups?|hotlines?|helplines?|services?|organi[sz]ations?"
                                + "|charit(?:y|ies)|books?|podcasts?|courses?|classes|resources?|forums?|communit(?:y|ies)|clinics?"
                                + "|centers?|centres?|agenc(?:y|ies))\\b|(?:app|website|site|program|programme|book|podcast|group"
                                + "|organi[sz]ation|service|technique|method|exercise|condition|disorder|therapy|channel) called"
                                + "|(?:are|is|has been|have been) (?:scientifically |clinically )?(?:proven|shown|known) to"
                                + "|(?:it's|it is) (?:a )?(?:well-known|well known|proven|known)(?: fact)? that")
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE)
                .unlessBefore("(?:if|whether|wonder|not sure) $"));
    }

    /** Adds needs: saying plainly what the speaker needs or wants. */
    static void needs(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "need.i-need",
                        "(?:i|we|my (?:family|kids|children|husband|wife|partner|group|son|daughter|team))(?: really| also| definitely"
                                + "| desperately| badly| just| still| absolutely| truly| do){0,2} (?:need|needs|require|requires)"
                                + "(?! (?:you|to (?:check|ask|verify|confirm|see|look|get back|put|talk|speak|go|make sure|think|pause"
                                + "|stop|end|transfer|escalate|review|let you|tell you|remind you|call you)))"
                                + "|what (?:i|we) (?:really |most )?need (?:is|are|most)|(?:i|we) can't (?:do|go|manage|survive|cope|live) without"
                                + "|(?:is|are) (?:really |very |super |extremely |most )?(?:important|essential|crucial|vital|necessary|a must"
                                + "|a priority|a big deal) (?:to|for) (?:me|us|my|our)|(?:my|our) (?:top |main |biggest |first |highest )?"
                                + "(?:priority|priorities|need|needs|concern|preference) (?:is|are|would be)|(?:i|we)(?:'d| would) (?:really )?"
                                + "(?:like|love|prefer) (?:to (?:have|get|keep|take)|more|extra|some|all|the|a bit more|as much)"
                                + "|(?:i|we) (?:really )?(?:want|prefer) (?:more|extra|some|all|the|to have|to get|to keep|to take)"
                                + "|(?:i|we)(?:'m| am|'re| are) (?:a |an )?(?:diabetic|anemic|anaemic|allergic|pregnant|sick|ill|cold|thirsty"
                                + "|hungry|dehydrated|short on|low on|running low|out of)|(?:i|we) (?:get|run|tend to get|tend to run)"
                                + " (?:cold|hot|thirsty|hungry|dehydrated)|(?:i|we) (?:don't|didn't) (?:have|bring|pack) (?:enough|any|much)")
                .moves(Move.STATE_NEED)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|what|do|don't|you|they|he|she|why|how) $"));
    }

    /** Adds general information: facts about the world rather than about this conversation. */
    static void information(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "explain.general-facts",
                        "(?:studies|research|science|experts|doctors|data|statistics|evidence|the guidelines|guidelines|surveys)"
                                + " (?:show|shows|say|says|suggest|suggests|found|find|indicate|indicates|recommend|recommends|have shown"
                                + "|has shown)|according to|there (?:are|is) (?:many|lots of|a lot of|plenty of|some|several|also|free"
                                + "|various|different|numerous|online|local)? ?(?:resources|groups|programs|programmes|organi[sz]ations"
                                + "|places|hotlines|helplines|websites|sites|apps|services|support groups|charities|communities|forums"
                                + "|therapists|counsel+ors|professionals|options|ways|jobs|courses|classes|benefits|grants|treatments)"
                                + "|(?:it's|it is) (?:very |really |quite |pretty |fairly |also )?(?:common|normal|known|proven|typical|rare)"
                                + " (?:for|to|that|in|among|with)|(?:many|most|lots of|a lot of|plenty of|some|millions of) (?:people|folks"
                                + "|others|adults|students|parents|women|men|employers|companies|doctors|therapists)"
                                + "(?: (?:are|have|do|feel|find|go|struggle|deal|experience|say|use|take|get))?"
                                + "|(?:is|are) (?:called|known as|defined as)|(?:can|may|might|will|does|do) (?:cause|lead to|increase"
                                + "|reduce|raise|lower|affect|trigger|release|boost|improve|worsen|help with|interact)"
                                + "|(?:is|are) (?:available|free|offered|open|provided) (?:to|for|at|in|online|through|from)"
                                + "|you can (?:find|get|apply|download|sign up|look up|order|buy|access|call|text|visit|contact) "
                                + "(?:it|them|a|an|the|free|more|information|help|support|online|at|from|through|on|by|in)")
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE));
    }
}
