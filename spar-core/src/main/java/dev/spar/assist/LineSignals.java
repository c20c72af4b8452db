package dev.spar.assist;

import dev.spar.analysis.Literals;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one customer line shows on its own: how heated it is, which way its style leans, whether it is
 * personal or abusive, what it asks for and which facts it gives.
 *
 * @param intensity 0-100 for this line alone
 * @param calming whether it thanks, agrees or otherwise lowers the temperature
 * @param cues the words the intensity rests on
 * @param personal whether it attacks the rep as a person
 * @param abusive whether it insults, swears at or threatens the rep
 * @param taskLean how much it reads as wanting the fix
 * @param relationshipLean how much it reads as wanting to be heard
 * @param facts the facts it gives
 * @param asks what it asks for, in the customer's words
 * @param topic what it is about, in the customer's words
 * @param duration how long, in the customer's words
 * @param repeat how often, in the customer's words
 * @param deadline by when or for what, in the customer's words
 * @param complaint the sentence that states the problem, in the customer's words
 * @param waiting whether the complaint is about a delay
 * @param technical whether something stopped working
 */
record LineSignals(
        int intensity,
        boolean calming,
        List<String> cues,
        boolean personal,
        boolean abusive,
        int taskLean,
        int relationshipLean,
        Set<Fact> facts,
        List<String> asks,
        Optional<String> topic,
        Optional<String> duration,
        Optional<String> repeat,
        Optional<String> deadline,
        Optional<String> complaint,
        boolean waiting,
        boolean technical) {

    private static final String NUMBER =
            "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several|many|\\d+)";
    private static final String DAY =
            "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the weekend"
                    + "|the end of (?:the )?(?:day|week|month)|next (?:week|month|\\w+day)|christmas|\\d{1,2}(?:st|nd|rd|th)?"
                    + "(?: of)? (?:january|february|march|april|may|june|july|august|september|october|november|december)"
                    + "|(?:january|february|march|april|june|july|august|september|october|november|december)(?: \\d{1,2})?)";

    private static final Pattern ANGER = Text.words(
            "furious|livid|ridiculous|unacceptable|disgusting|disgraceful|outrageous|a joke|useless|pathetic|incompetent"
                    + "|worst|sick of|fed up|sick and tired|hate|appalling|shocking|terrible|awful|horrendous|nightmare"
                    + "|scam|rip-?off|liars?|lied|shambles|absurd|insane|unbelievable|beyond a joke|enough is enough"
                    + "|had enough|angry|so angry|annoyed|infuriating|joke of a company|a disgrace|fuming"
                    + "|(?:i )?don't care (?:whose|who's|who|what) (?:fault|to blame)");
    private static final Pattern PROFANITY = Text.words(
            "fuck\\w*|f\\*+k\\w*|shit\\w*|bullshit|crap|bloody|damn|piss(?:ed)?(?: off)?|wtf|ffs|bollocks|arse|asshole"
                    + "|arsehole|bastards?|bitch\\w*|hell");
    private static final Pattern THREAT = Text.words(
            "cancel\\w*|leave|leaving|switch(?:ing)?|take my business|lawyers?|solicitors?|court|sue|suing|ombudsman"
                    + "|trading standards|chargeback|report (?:you|this)|bad review|review|social media|twitter|post about"
                    + "|formal complaint|complain|complaint|manager|supervisor|someone senior|your boss|the press"
                    + "|(?:speak|talk) to (?:someone|somebody|anyone)|someone else|somebody else|a real person");
    private static final Pattern REPEAT = Text.words(
            "(?:the )?(?:second|third|fourth|fifth|sixth|tenth|\\d+(?:st|nd|rd|th)) time|" + NUMBER
                    + " times|again and again|over and over|every (?:single )?time|multiple times|time after time|yet again");
    private static final Pattern HISTORY = Text.words(
            "again|still|nobody|no one|no-one|keep (?:getting|being|telling|saying|asking)|kept|every time|yet again"
                    + "|already (?:told|explained|called|rang|emailed)|for (?:weeks|months|days|ages)|chasing");
    private static final Pattern URGENT = Text.words("now|immediately|right now|asap|urgent\\w*|straight away|today");
    /** Disappointment as real customers type it: milder words than anger, and marks in place of words. */
    private static final Pattern DISAPPOINTMENT =
            Text.words("disappoint\\w*|annoying|too bad|not (?:happy|satisfied|ok|okay|acceptable)|unhappy|dissatisfied"
                    + "|(?:a )?waste (?:of )?my time|no longer|nothing has (?:arrived|happened|come)|how (?:can|could)"
                    + " (?:this|that|it) be|what(?: is|'s) going on|still (?:nothing|not (?:here|arrived|received|there)"
                    + "|no (?:reply|answer|refund|money|word|news))");

    private static final Pattern SAD_MARKS = Pattern.compile(
            ":-?\\(|\\x{2639}|\\?{2,}|[\\x{1F615}\\x{1F61E}\\x{1F61F}\\x{1F620}\\x{1F621}\\x{1F622}\\x{1F624}\\x{1F62D}\\x{1F641}]");
    private static final Pattern DISTRESS = Text.words(
            "worried|scared|stressed|anxious|desperate|panicking|panic|in tears|crying|can't afford|cannot afford"
                    + "|terrified|distraught|upset|heartbroken|devastated|overwhelmed|at my wits' end");
    private static final Pattern CALMING = Text.words(
            "thank you|thanks|appreciate (?:it|that|your help)|that helps|that's helpful|great|perfect|brilliant|lovely"
                    + "|sounds good|no worries|that's fine|that works|fair enough|okay,? that|ok,? that|that makes sense"
                    + "|much better|i understand");
    private static final Pattern PERSONAL = Text.words(
            "(?:you're|you are) (?:so |completely |totally |absolutely |clearly |just |really |obviously )?(?:an? )?"
                    + "(?:useless|incompetent|clueless|pathetic|stupid|idiot|moron|joke|liar|lying|rude|hopeless|waste of"
                    + " (?:space|time)|thick|dense|ignorant|lazy|unprofessional|not listening|not even listening|a robot"
                    + "|reading (?:from|off) a script|a disgrace|an embarrassment|no help)"
                    + "|are you (?:stupid|deaf|thick|dense|an idiot|even listening|reading (?:from|off) a script|a robot)"
                    + "|(?:do|don't|did) you (?:even )?(?:know|care|listen|understand) (?:anything|what you're doing)?"
                    + "|you (?:clearly |obviously |just )?(?:don't|do not) (?:care|know what you're doing|listen|have a clue"
                    + "|understand anything)|(?:get|put|give) me (?:someone|somebody) (?:who|competent|else|that)"
                    + "|you people|your (?:stupid|useless|incompetent)|how (?:are you|do you) still (?:employed|have a job)"
                    + "|you should be (?:fired|ashamed)|(?:learn to )?do your (?:bloody |damn |fucking )?job"
                    + "|who trained you|is this your first day");
    private static final Pattern ABUSIVE = Text.words(
            "(?:fuck|screw|damn) (?:you|off)|shut (?:up|your)|you (?:fucking|bloody|stupid|useless|incompetent) \\w+"
                    + "|(?:you|you're|you are|what an?|such an?) (?:an? )?(?:absolute |complete |total |fucking |bloody |useless |stupid |pathetic |incompetent )?"
                    + "(?:idiot|moron|imbecile|cretin|bitch|bastard|asshole|arsehole|prick|dick|dickhead|twat|clown|muppet"
                    + "|loser|fool|cow|pig)|(?:i'll|i will|i'm going to|gonna) (?:find you|get you fired|come down there"
                    + "|make you pay|make sure you lose your job|hurt you|kill you|have your job)|watch your back|you'll regret");
    private static final Pattern TASK = Text.words(
            "just (?:fix|tell|sort|give|send|refund|cancel|do|get)|how long|when will|when can|what are you (?:going to"
                    + " do|doing)|i don't (?:need|want) (?:an apology|sympathy|excuses|to hear)|don't (?:apologi[sz]e|give me)"
                    + "|bottom line|asap|fix it|sort it|quickly|simple question|yes or no|straight answer|what's the (?:eta|status)"
                    + "|how do i|i need (?:it|this|them) (?:by|before|today|now|fixed|sorted)|get (?:it|this) (?:done|sorted|fixed)"
                    + "|deadline|timeline|when exactly|which is it");
    private static final Pattern TASK_OPENER =
            Pattern.compile("^\\s*(?:fix|send|cancel|refund|tell|give|get|sort|confirm|escalate|just)\\b");
    private static final Pattern RELATIONSHIP = Text.words(
            "i feel|i felt|feel like|upset|hurt|disappointed|let down|ignored|embarrassed|humiliated|frustrated"
                    + "|stressed|worried|nobody (?:listens|cares)|no one (?:listens|cares)|you don't care|doesn't care"
                    + "|loyal|been a customer|been with you|for \\d+ years|for years|treated|respect|trust|the way i was"
                    + "|spoken to|talked down|rude|i just want someone|i just wanted|listen to me|hear me|understand how"
                    + "|heartbroken|devastated|my (?:mum|mother|dad|father|husband|wife|son|daughter|family|kids|children)");
    private static final Pattern CAPS_WORD = Pattern.compile("\\b[A-Z]{3,}\\b");
    private static final Set<String> ACRONYMS = Set.of(
            "UPS", "DHL", "USB", "ATM", "PIN", "TV", "DPD", "USPS", "FAQ", "VAT", "GDPR", "SIM", "PDF", "ISP", "APP",
            "CEO", "UK", "USA", "EU", "API", "BBC", "ETA", "ASAP", "OK", "IBAN", "SMS", "HDMI", "WIFI", "LCD", "LED");

    private static final Pattern TOPIC = Text.words(
            "(?<det>my|our|the|this|your|these|those) (?<adj>(?:new|old|last|latest|first|second|monthly|annual|yearly"
                    + "|broadband|mobile|credit|debit|online|replacement|home|work|gas|electricity|energy|water|phone"
                    + "|internet|car|bank|gift|return|washing|business|holiday|insurance) )?(?<noun>orders?|parcels?|packages?"
                    + "|deliver(?:y|ies)|refunds?|bills?|invoices?|charges?|payments?|accounts?|subscriptions?|bookings?"
                    + "|reservations?|flights?|tickets?|laptops?|phones?|internet|broadband|connection|cards?|items?"
                    + "|replacements?|repairs?|appointments?|claims?|cars?|devices?|service|products?|plans?|contracts?"
                    + "|fees?|deposits?|statements?|money|boiler|heating|machine|fridge|tv|router|engineer|technician"
                    + "|installation|app|website|policy|premium|loan|mortgage|transfer|sofa|mattress|furniture|headphones"
                    + "|camera|tablet|computer|printer|console|shoes|dress|jacket|suitcase|luggage|bag|meter|fine|ticket)");
    private static final Pattern DURATION =
            Text.words("(?:for |over |after |nearly |almost |about |more than |over a )?(?:" + NUMBER
                    + " (?:minutes|hours|days|weeks|months|years)|a (?:week|month|day|year|fortnight)|an hour|half an hour)"
                    + "|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last \\w+|the \\d+\\w*"
                    + "|january|february|march|april|may|june|july|august|september|october|november|december|\\d+\\w*"
                    + "|this morning|christmas)");
    private static final Pattern DEADLINE = Text.words("(?:by|before) " + DAY
            + "|for (?:my|our|the) (?:\\w+'s )?(?:wedding|birthday|holiday|trip|meeting|interview|exam"
            + "|work|job|business|event|party|flight|move|funeral|presentation|appointment|surgery|operation)"
            + "|asap|urgently");
    private static final Pattern WHEN = Text.words(
            DAY + "|yesterday|last (?:week|month|night|year|\\w+day)|this (?:morning|afternoon|week|month)|ago|since"
                    + "|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|(?:for|over) " + NUMBER + " \\w+|a (?:week|month) ago");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:\\[(?:ref|email|phone)-\\d+\\]|#\\s?[a-z0-9-]{3,}|\\b[a-z]{0,4}-?\\d{5,}\\b|\\b\\d{4,}\\b|[\\w.+-]+@[\\w-]+\\.[\\w.]+"
                    + "|\\b(?:order|account|reference|ref|booking|ticket|case|invoice|customer|policy|tracking) (?:number|no|ref"
                    + "|id)?\\.? ?(?:is|:)? ?[a-z]*\\d{3,})");
    private static final Pattern TRIED = Text.words(
            "(?:i|we) (?:have |'ve |already |even )*(?:tried|restarted|rebooted|reset|called|rang|phoned|emailed|contacted"
                    + "|checked|reinstalled|unplugged|chased|spoke|spoken|sent|updated|cleared|turned it off)|already (?:tried"
                    + "|done|checked|called|restarted)");
    private static final Pattern PROBLEM = Text.words(
            "not|never|no|still|haven't|hasn't|didn't|doesn't|won't|can't|cannot|isn't|wasn't|wrong|broken|broke|late|delay"
                    + "|delayed|missing|charged|twice|double|lost|damaged|faulty|cancel+ed|overcharged|stopped|failed|error"
                    + "|problem|issue|keeps|crash\\w*|leak\\w*|cut off|disconnected|waiting|waited|refused|declined|rejected"
                    + "|without|nothing|nobody|no one|mistake|instead of");
    private static final Pattern WAITING = Text.words(
            "waiting|waited|wait|still|late|delay\\w*|hasn't (?:arrived|come|turned up|been)|haven't (?:received|got|heard)"
                    + "|not arrived|never arrived|never came|not here|no update|chasing|overdue|where is|when will");
    private static final Pattern TECHNICAL = Text.words(
            "not working|doesn't work|won't (?:work|turn on|start|connect|load|charge)|stopped working|broken|broke"
                    + "|crash\\w*|error|faulty|keeps (?:dropping|crashing|freezing|failing)|can't (?:log in|login|connect|access)"
                    + "|freez\\w*|glitch\\w*|bug|down|dead|leak\\w*|no signal|no internet|cut out|disconnect\\w*");
    private static final Pattern ASK = Text.words(
            "(?:i|we) (?:just |really |simply )?(?:want|need|demand|expect|would like|'d like|am asking for|'m asking for"
                    + "|deserve)(?<ask> (?:to (?:speak|talk) to )?[^.!?;,]{2,60})"
                    + "|(?:give|get|send) me(?<ask2> [^.!?;,]{2,60})|(?:put me through to|let me (?:speak|talk) to)"
                    + "(?<ask3> [^.!?;,]{2,60})|can i (?:get|have|speak to|talk to)(?<ask4> [^.!?;,]{2,60})");
    private static final Pattern ASK_WORD = Text.words(
            "refund|money back|replacement|manager|supervisor|cancel|compensation|discount|credit|call ?back|an apology"
                    + "|explanation");
    private static final Pattern RHETORICAL = Text.words(
            "are you (?:kidding|serious|joking|having a laugh)|is this a joke|do you even|what is wrong with you"
                    + "|how hard (?:can|is) it|how difficult (?:can|is) it|who does that|what kind of|are you for real"
                    + "|why (?:is it|does it) (?:always|so)|seriously");
    /**
     * Disbelief at what they were just told, which "seriously" alone ("we take this seriously") is not; "seriously?"
     * asked back is.
     */
    private static final Pattern DISBELIEF = Text.words(
            "are you (?:kidding|serious|joking|having a laugh|for real)|is this a joke|you(?: have|'ve)? (?:got to|gotta)"
                    + " be (?:kidding|joking)|you can't be serious|you cannot be serious|seriously\\s*\\?");

    private static final Pattern NOT_AN_ASK = Pattern.compile(
            "(?:it|this|that|them|one|you|to know)(?: (?:by|before|for|today|tomorrow|asap|now|back)\\b|$)");
    private static final Pattern FILLER = Pattern.compile(
            "^(?:(?:hi|hello|hey|look|listen|honestly|well|so|and|right|okay|ok|yes|no|sorry|excuse me|seriously"
                    + "|um|uh)\\b[,.!]?\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private static final int MAX_WORDS_IN_COMPLAINT = 24;

    LineSignals {
        cues = List.copyOf(cues);
        facts = Set.copyOf(facts);
        asks = List.copyOf(asks);
    }

    /** Reads one customer line. */
    static LineSignals of(String line) {
        String norm = Text.normalize(line);
        List<String> cues = new ArrayList<>();
        int score = 0;
        boolean personal = find(PERSONAL, line, norm, cues, 1) > 0;
        int insults = find(ABUSIVE, line, norm, cues, 2);
        boolean abusive = insults > 0;
        score += personal ? 25 : 0;
        score += abusive ? 35 + 15 * (insults - 1) : 0;
        score += 22 * Math.min(1, find(PROFANITY, line, norm, cues, 1));
        score += 18 * find(ANGER, line, norm, cues, 3);
        score += 14 * find(THREAT, line, norm, cues, 2);
        score += 14 * find(DISTRESS, line, norm, cues, 2);
        score += 14 * find(DISAPPOINTMENT, line, norm, cues, 2);
        score += 10 * find(SAD_MARKS, line, norm, cues, 2);
        // "Are you serious?" answers what the rep just said: disbelief is anger at them, whatever words follow.
        score += 35 * Math.min(1, find(DISBELIEF, line, norm, cues, 1));
        score += 8 * find(HISTORY, line, norm, List.of(), 3);
        score += 15 * Math.min(1, find(REPEAT, line, norm, cues, 1));
        score += 5 * find(URGENT, line, norm, List.of(), 2);
        score += 5 * (int) Math.min(4, line.chars().filter(c -> c == '!').count());
        score += shouting(line, cues);
        boolean problem = has(PROBLEM, norm);
        score += problem ? 12 : 0;
        score += problem && has(DURATION, norm) ? 6 : 0;
        int calming = find(CALMING, line, norm, List.of(), 2);
        score -= 15 * calming;
        boolean calms = calming > 0 && score < 40;

        int words = Text.wordCount(line);
        int task = count(TASK, norm, 3) + (has(TASK_OPENER, norm) ? 1 : 0) + (words <= 12 ? 1 : 0);
        int relationship = count(RELATIONSHIP, norm, 4) + (words >= 30 ? 1 : 0);

        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        Optional<String> complaint = problem ? complaint(line) : Optional.empty();
        if (complaint.isPresent()) {
            facts.add(Fact.WHAT_HAPPENED);
        }
        if (has(REFERENCE, norm)) {
            facts.add(Fact.REFERENCE);
        }
        if (has(WHEN, norm) || has(DURATION, norm)) {

            facts.add(Fact.WHEN);
        }
        if (has(TRIED, norm)) {
            facts.add(Fact.TRIED);
        }
        Optional<String> deadline = first(DEADLINE, line, norm);
        if (deadline.isPresent()) {
            facts.add(Fact.DEADLINE);
        }
        List<String> asks = asks(line, norm);
        if (!asks.isEmpty()) {
            facts.add(Fact.OUTCOME);
        }
        return new LineSignals(
                Math.clamp(score, 0, 100),
                calms,
                cues,
                personal,
                abusive,
                task,
                relationship,
                facts,
                asks,
                topic(line, norm),
                first(DURATION, line, norm).map(LineSignals::withoutLeadingPreposition),
                first(REPEAT, line, norm),
                deadline,
                complaint,
                has(WAITING, norm),
                has(TECHNICAL, norm));
    }

    /** Returns whether the pattern finds a match, asking its literals first (most lines hold none of them). */
    private static boolean has(Pattern pattern, String norm) {
        return Literals.mayFind(pattern, norm) && pattern.matcher(norm).find();
    }

    /** Counts matches up to a cap, adding the matched words of the original line to the cues. */
    private static int find(Pattern pattern, String line, String norm, List<String> cues, int cap) {
        if (!Literals.mayFind(pattern, norm)) {
            return 0;
        }
        Matcher m = pattern.matcher(norm);
        int n = 0;
        while (n < cap && m.find()) {
            n++;
            if (cues instanceof ArrayList<String> list) {
                String cue = line.substring(m.start(), m.end());
                if (!list.contains(cue)) {
                    list.add(cue);
                }
            }
        }
        return n;
    }

    private static int count(Pattern pattern, String norm, int cap) {
        if (!Literals.mayFind(pattern, norm)) {
            return 0;
        }
        Matcher m = pattern.matcher(norm);
        int n = 0;
        while (n < cap && m.find()) {
            n++;
        }
        return n;
    }

    /** Words in capitals are shouting: a few add up, a line mostly in capitals counts most. */
    private static int shouting(String line, List<String> cues) {
        Matcher m = CAPS_WORD.matcher(line);
        int shouted = 0;
        while (m.find()) {
            if (!ACRONYMS.contains(m.group())) {
                shouted++;
                if (shouted == 1) {
                    cues.add(m.group());
                }
            }
        }
        long letters = line.chars().filter(Character::isLetter).count();
        long upper = line.chars().filter(Character::isUpperCase).count();
        if (letters >= 12 && upper * 10 >= letters * 6) {
            return 25;
        }
        return 7 * Math.min(4, shouted);
    }

    private static Optional<String> first(Pattern pattern, String line, String norm) {
        if (!Literals.mayFind(pattern, norm)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(norm);
        return m.find() ? Optional.of(line.substring(m.start(), m.end())) : Optional.empty();
    }

    private static String withoutLeadingPreposition(String duration) {
        return duration.replaceFirst("(?i)^(?:for|over|after|about) ", "");
    }

    private static Optional<String> topic(String line, String norm) {
        if (!Literals.mayFind(TOPIC, norm)) {
            return Optional.empty();
        }
        Matcher m = TOPIC.matcher(norm);
        if (!m.find()) {
            return Optional.empty();
        }
        String det = m.group("det");
        String rest = line.substring(m.end("det"), m.end()).strip();
        String turned =
                switch (det) {
                    case "my", "our" -> "your ";
                    case "these", "those" -> "the ";
                    default -> "the ";
                };
        return Optional.of(turned + lowerKeepingPlaceholders(rest));
    }

    /** A redaction placeholder, "[NAME-1]", "[REF-2]": said back as written. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z]+-\\d+\\]");

    private static String lowerKeepingPlaceholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            out.append(text.substring(from, m.start()).toLowerCase(java.util.Locale.ROOT))
                    .append(m.group());
            from = m.end();
        }
        return out.append(text.substring(from).toLowerCase(java.util.Locale.ROOT))
                .toString();
    }

    /** The first statement (not a question or an outburst) that names a problem, cut to a clause or two. */
    private static Optional<String> complaint(String line) {
        for (String sentence : Text.sentences(line)) {
            String norm = Text.normalize(sentence);
            if (sentence.endsWith("?") || !has(PROBLEM, norm) || has(PERSONAL, norm) || has(ABUSIVE, norm)) {
                continue;
            }
            String body = FILLER.matcher(Text.withoutEnd(sentence)).replaceFirst("");
            if (Text.wordCount(body) < 3) {
                continue;
            }
            return Optional.of(shorten(unshouted(body)));
        }
        return Optional.empty();
    }

    /** Shouted words read as plain words when they are said back: "STILL" becomes "still". */
    private static String unshouted(String text) {
        Matcher m = CAPS_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean placeholder = m.start() > 0 && text.charAt(m.start() - 1) == '[';
            String word = ACRONYMS.contains(m.group()) || placeholder
                    ? m.group()
                    : m.group().toLowerCase(java.util.Locale.ROOT);
            m.appendReplacement(out, word);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String shorten(String clause) {
        if (Text.wordCount(clause) <= MAX_WORDS_IN_COMPLAINT) {
            return clause;
        }
        int cut = Text.clauseEnd(clause, 0);
        while (cut < clause.length() && Text.wordCount(clause.substring(0, cut)) < 6) {
            cut = Text.clauseEnd(clause, cut + 1);
        }
        String head = clause.substring(0, cut);
        if (Text.wordCount(head) <= MAX_WORDS_IN_COMPLAINT) {
            return head.strip();
        }
        Matcher m = Pattern.compile("\\S+").matcher(clause);
        int n = 0;
        int end = 0;
        while (n < MAX_WORDS_IN_COMPLAINT && m.find()) {
            n++;
            end = m.end();
        }
        return clause.substring(0, end);
    }

    private static List<String> asks(String line, String norm) {
        List<String> asks = new ArrayList<>();
        Matcher m = ASK.matcher(norm);
        while (m.find() && asks.size() < 3) {
            for (String group : List.of("ask", "ask2", "ask3", "ask4")) {
                if (m.start(group) >= 0) {
                    String ask =
                            cutAsk(line.substring(m.start(group), m.end(group)).strip());
                    if (group.equals("ask3") && !ask.isEmpty()) {
                        ask = "to speak to " + ask;
                    }
                    if (!ask.isEmpty() && !asks.contains(ask)) {
                        asks.add(ask);
                    }
                }
            }
        }
        Matcher w = ASK_WORD.matcher(norm);
        while (w.find()) {
            String word = norm.substring(w.start(), w.end());
            boolean covered = asks.stream().anyMatch(a -> Text.normalize(a).contains(word));
            if (!covered && asks.size() < 4) {
                asks.add(askFor(word));
            }
        }
        for (String sentence : Text.sentences(line)) {
            String s = Text.normalize(sentence);
            if (sentence.endsWith("?")
                    && Text.wordCount(sentence) >= 4
                    && !has(RHETORICAL, s)
                    && !has(PERSONAL, s)
                    && asks.size() < 4) {
                asks.add(FILLER.matcher(sentence).replaceFirst(""));
            }
        }
        return asks;
    }

    /**
     * Cuts an ask at the words that start another thought ("and", "because", "if") or an insult; a deadline
     * ("it by Friday") is not an ask.
     */
    private static String cutAsk(String ask) {
        String cut = ask.split("(?i)\\b(?:because|cause|since|and then|or else|or i|but|so that|otherwise|which|if"
                + "|unless|when|before|after)\\b")[0];
        Matcher insult = ABUSIVE.matcher(Text.normalize(cut));
        if (insult.find()) {
            cut = cut.substring(0, insult.start());
        }
        cut = Text.withoutEnd(cut.replaceFirst("(?i)^(?:is|are) ", "").replaceFirst("(?i)\\s+you\\s*$", ""))
                .strip();
        if (NOT_AN_ASK.matcher(Text.normalize(cut)).lookingAt() || Text.wordCount(cut) < 1) {
            return "";
        }
        return cut;
    }

    private static String askFor(String word) {
        return switch (word) {
            case "refund" -> "a refund";
            case "manager", "supervisor" -> "to speak to a " + word;
            case "cancel" -> "to cancel";
            case "callback", "call back" -> "a call back";
            case "replacement", "compensation", "discount", "credit", "explanation" ->
                (word.startsWith("e") ? "an " : word.equals("compensation") ? "" : "a ") + word;
            default -> word;
        };
    }
}
