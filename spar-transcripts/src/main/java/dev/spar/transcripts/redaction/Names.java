package dev.spar.transcripts.redaction;

import dev.spar.transcripts.SpeakerLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds people's names by the words around them, as conversations use them: greetings ("Hi Maria,"), thanks and
 * sign-offs ("Thanks, John", "Kind regards, Hannah Schmidt"), introductions ("my name is Priya", "this is Dana
 * from ..."), titles ("Mr. Okafor"), relations ("my husband David") and mentions ("someone called Derek", "ask for
 * Jamal"). No list of names: a capitalised word in one of those places is taken as a name, unless it is a common
 * word that takes that place ("Hi there", "Thanks, Support team").
 */
final class Names {
    /** A capitalised name: "Maria", "O'Brien", "McDonald", "Jean-Luc". */
    private static final String NAME = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?";

    private static final String PARTICLE = "(?:van|von|de|der|den|da|del|della|di|le|la|du|dos|das|al|el|bin|ibn)";
    /** One name or two, with the particles of "van der Berg" or "de Souza". */
    private static final String FULL =
            "((?:" + PARTICLE + "\\s+){0,2}" + NAME + "(?:\\s+(?:" + PARTICLE + "\\s+){0,2}" + NAME + ")?)";

    private static final Pattern LEADING_PARTICLES = Pattern.compile("^(?:" + PARTICLE + "\\s+)+");
    /** A second name joined to the first: "ask for Ana or Bruno". */
    private static final Pattern JOINED = Pattern.compile("^\\s+(?:and|or|&)\\s+(" + NAME + ")");

    /** What may follow a name someone introduces themselves with. */
    private static final String INTRODUCED =
            "(?=\\s*(?:[,.!;]|$|\\s+(?i:from|with|at|of|here|speaking|again|and|calling" + "|on|btw|by the way)\\b))";

    /**
     * "I'm ...", "it's ...", "this is ...": a capitalised word there is as often a state ("It's Broken.", "I'm
     * Canadian") as a name, so one shaped like an adjective counts only when it is a listed first name.
     */
    private static final Pattern WEAK_INTRODUCTION =
            Pattern.compile("(?<![\\p{L}])(?i:i am|i'm|i’m|this is|it's|it’s|it is)\\s+" + FULL + INTRODUCED);

    /** Endings of adjectives and nationalities ("Canadian", "Broken", "Urgent", "Furious"). */
    private static final Pattern ADJECTIVE_SHAPED =
            Pattern.compile("(?i).*(?:ian|ese|ish|ic|ed|en|ful|ous|ive|able|ible|less|ing|ent|ant|al|ary|ory|ate|ly)");

    /** "ask Mike", "check with Priya", "pass this to Deshawn": one capitalised word, not a company's. */
    private static final Pattern ASK_SOMEONE =
            Pattern.compile("(?<![\\p{L}])(?i:ask|asked|asking|check with|checked with"
                    + "|checking with|double-check with|confirm with|(?:pass|passed|passing|hand|handed|handing) (?:this|it|you|that)"
                    + "(?: on| over| back)? to)\\s+(" + NAME + ")(?![\\p{L}'’\\-])(?!\\s+\\p{Lu})");

    /** Companies a support chat names where a colleague could stand: "I'll ask Amazon", "check with Evri". */
    private static final Set<String> COMPANIES = Set.of(
            "amazon",
            "evri",
            "hermes",
            "yodel",
            "parcelforce",
            "fedex",
            "paypal",
            "klarna",
            "clearpay",
            "visa",
            "mastercard",
            "apple",
            "google",
            "microsoft",
            "samsung",
            "ebay",
            "argos",
            "currys",
            "tesco",
            "sainsburys",
            "asda",
            "ikea",
            "netflix",
            "spotify",
            "uber",
            "deliveroo",
            "vodafone",
            "virgin",
            "sky",
            "openreach",
            "stripe",
            "shopify",
            "etsy",
            "royal",
            "ups",
            "dhl",
            "dpd",
            "gls",
            "usps",
            "inpost",
            "ryanair",
            "easyjet",
            "expedia",
            "booking",
            "airbnb",
            "trustpilot",
            "facebook",
            "instagram",
            "twitter",
            "whatsapp",
            "barclays",
            "lloyds",
            "natwest",
            "santander",
            "hsbc",
            "monzo",
            "revolut",
            "starling",
            "halifax",
            "nationwide");

    private static final String TITLE = "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\\.?";

    private static final List<Pattern> BEFORE = List.of(
            // greetings, with an optional title
            Pattern.compile("(?<![\\p{L}])(?i:hi|hello|hey|hiya|dear|morning|good morning|good afternoon|good evening"
                    + "|evening|afternoon|welcome|bye|goodbye|sorry|congratulations)(?:\\s+there)?,?\\s+(?:" + TITLE
                    + "\\s+)?" + FULL),
            // thanks, in a greeting or a sign-off
            Pattern.compile("(?<![\\p{L}])(?i:thanks|thank you|thank u|many thanks|cheers|ta|thx|ty)(?:\\s+(?i:so much"
                    + "|very much|a lot|again))?(?:,?\\s+|[!.]?[ \\t]*\\r?\\n\\s*)(?:" + TITLE + "\\s+)?" + FULL
                    + "(?=\\s*(?:[,.!?;:]|$|\\s+(?:for|that|so|again|and|&)(?![\\p{L}])))"),
            // sign-offs
            Pattern.compile(
                    "(?<![\\p{L}])(?i:regards|kind regards|best regards|warm regards|warmest regards|best wishes"
                            + "|best|all the best|speak soon|talk soon|take care|sincerely|yours sincerely|yours truly|love"
                            + "|with thanks|talk later|speak later|chat later|chat soon|bye for now|see you|see you soon),?\\s+"
                            + FULL + "\\s*[.!]?\\s*$"),
            // introductions
            Pattern.compile(
                    "(?<![\\p{L}])(?i:my name is|my name's|my name’s|name is|name's|name’s)\\s+" + FULL + INTRODUCED),
            WEAK_INTRODUCTION,
            // titles
            Pattern.compile("(?<![\\p{L}])" + TITLE + "\\s+" + FULL),
            // the name on an account or a card
            Pattern.compile(
                    "(?<![\\p{L}])(?i:name on (?:the |my |your )?(?:card|account|booking|order|ticket|reservation))"
                            + "(?:\\s+is)?\\s*:?\\s+" + FULL),
            // a bare name before a reporting verb: "Karen told me"
            Pattern.compile(
                    "(?<![\\p{L}])" + FULL + "\\s+(?:said|told|promised|mentioned|explained|confirmed|rang|emailed"
                            + "|wrote|assured|agreed|insisted|claimed|offered|replied|answered|suggested|advised|hung up|called)\\b"),
            // relations and roles
            Pattern.compile("(?<![\\p{L}])(?i:my|your|our|his|her)\\s+(?i:wife|husband|son|daughter|father|mother|dad"
                    + "|mum|mom|brother|sister|partner|colleague|manager|friend|neighbour|neighbor|boss|agent|advisor"
                    + "|adviser|rep|representative|supervisor|landlord|tenant)(?:'s name|’s name)?,?\\s+(?:is\\s+)?"
                    + "(?:" + TITLE + "\\s+)?" + FULL),
            // someone from a team: "Nadia from your returns team"
            Pattern.compile("(?<![\\p{L}])" + FULL + "\\s+from\\s+(?i:your|the|our)\\s+(?:[\\p{L}\\-]+\\s+){0,2}"
                    + "(?i:team|department|dept|desk|office|store|shop|branch|side|company)\\b"),
            // questions about a person: "Is Harriet still dealing with ...", "Can Bianca call me back?"
            Pattern.compile(
                    "(?:^|[.!?]\\s+)(?i:is|was)\\s+" + FULL + "\\s+(?i:still\\s+)?(?i:there|around|in today|on shift"
                            + "|working on|dealing with|handling|looking into|available to (?:call|talk|speak|help|chat))\\b"),
            Pattern.compile("(?:^|[.!?]\\s+)(?i:can|could|will|would)\\s+" + FULL
                    + "\\s+(?i:call|ring|phone|email|text|message)\\s+(?i:me|us)\\b"),
            // mentions
            Pattern.compile("(?<![\\p{L}])(?i:called|named|ask for|asked for|speak to|speak with|spoke to|spoke with"
                    + "|speaking to|speaking with|talking to|talking with|been talking to"
                    + "|talk to|talk with|talked to|signed for by|taking over from|handed over to|transfer you to"
                    + "|passed to|agent|advisor|colleague"
                    // a colleague by role: "cc'd Dana", "manager Tom", "my team lead Ade"
                    + "|loop in|looped in|cc|cc'd|copy in|copied in|manager|supervisor|team lead|team leader"
                    + "|teammate|line manager)\\s+(?:" + TITLE + "\\s+)?" + FULL),
            // a colleague the agent turns to, by a first name alone: "I'll ask Mike", "check with Priya"; a
            // company is asked too ("ask Amazon", "check with Royal Mail"), so two capitalised words, or a company
            // customers name in a support chat, are not taken
            ASK_SOMEONE,
            // someone in a team, named as colleagues are: "with Priya in returns", "from Dermot on the phones"
            Pattern.compile("(?<![\\p{L}])(?i:with|from|to|and|by)\\s+" + FULL
                    + "\\s+(?i:in|on|at|from)\\s+(?i:the\\s+|our\\s+)?"
                    + "(?i:billing|returns|accounts|sales|support|warehouse|finance|payments|refunds|claims|complaints"
                    + "|dispatch|logistics|collections|retentions|escalations|bookings|reservations|repairs|tech support"
                    + "|technical support|customer service|customer services|head office|the office|phones|front desk"
                    + "|[\\p{L}\\-]+\\s+(?:team|department|dept|desk))\\b"),
            // "call Jenny on ...", "email Tom at ..."
            Pattern.compile(
                    "(?<![\\p{L}])(?i:call|ring|text|email|phone|contact)\\s+" + FULL + "(?=\\s+(?i:on|at|back)\\b)"),
            // "Kenji here," at the start of a sentence
            Pattern.compile("(?:^|[,.!?]\\s+)" + FULL + "\\s+here\\b"),
            // an initial and a surname: "J. Alvarez"
            Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\.\\s?" + NAME + ")"));

    private static final String LOWER_NAME = "\\p{Ll}{2,}(?:['’\\-]\\p{Ll}+)?";

    /** A name typed in lower case, alone after a greeting or thanks that opens the line: "hey sarah,". */
    private static final Pattern LOWER_CASE = Pattern.compile("(?:^|[.!?]\\s+)(?:(?i:ok|okay|oh|great|lovely|perfect"
            + "|brilliant|awesome|right|yes|yeah)\\s*,?\\s+)?(?i:hi|hello|hey|hiya|heya|thanks|thank you|thank u|thx|ty"
            + "|cheers|morning|dear|regards|best|bye|ta)(?:\\s+(?i:so much|very much|a lot|again))?\\s*,?\\s+("
            + LOWER_NAME + ")(?=\\s*(?:[,!.?]|$)|\\s+(?i:thanks|thank you|thx)\\b)");

    /** Any word typed in lower case after "my name is": "my name is keisha and ...". */
    private static final Pattern STATED_LOWER_CASE = Pattern.compile(
            "(?<![\\p{L}])(?i:my name is|my name's|my name’s|name's|name’s)\\s+(" + LOWER_NAME + ")" + INTRODUCED);

    /** A word typed in lower case, to look up in the list of first names. */
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’\\-])" + LOWER_NAME + "(?![\\p{L}'’\\-])");

    /**
     * Where a first name typed in lower case is introduced or asked for, just before it: "this is padraig,", "can I
     * speak to siobhan". Tried only before a listed name, which leaves out the names that are everyday words too.
     */
    private static final Pattern LOWER_CASE_CUE = Pattern.compile("(?<![\\p{L}])(?i:my name is|my name's|my name’s"
            + "|name's|name’s|this is|i'm|i’m|i am|it's|it’s|speak to|speak with|spoke to|spoke with|speaking to"
            + "|speaking with|talk to|talked to|ask for|asked for|called|named|my (?:wife|husband|son|daughter|partner"
            + "|mum|mom|dad|brother|sister|friend|colleague))\\s+$");

    /** Capitalised words that take a name's place without being one. */
    private static final Set<String> NOT_NAMES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "prof",
            "dame",
            "he",
            "she",
            "they",
            "someone",
            "somebody",
            "noone",
            "that",
            "alot",
            "lots",
            "anyway",
            "man",
            "dude",
            "bud",
            "buddy",
            "hun",
            "babe",
            "heaps",
            "wishes",
            "bro",
            "pal",
            "hon",
            "lol",
            "xx",
            "sm",
            "gn",
            "np",
            "somuch",
            "goodnight",
            "goodbye",
            "likewise",
            // contractions typed without the apostrophe ("Ive been ...", a name in the list too)
            "ive",
            "im",
            "ill",
            "youre",
            "theyre",
            "dont",
            "cant",
            "wont",
            // words that open a sentence where a name can stand ("Same here", "Whoever said", "Hi, Would you")
            "same",
            "whoever",
            "whatever",
            "people",
            "anybody",
            "take",
            "would",
            "could",
            "should",
            "shall",
            "might",
            "must",
            "can",
            "do",
            "did",
            "does",
            "is",
            "are",
            "was",
            "were",
            "have",
            "has",
            "had",
            "loads",
            "though",
            "tho",
            "btw",
            "much",
            "then",
            "too",
            "everything",
            "there",
            "i'm",
            "i've",
            "i'll",
            "i'd",
            "all",
            "everyone",
            "everybody",
            "again",
            "sir",
            "madam",
            "guys",
            "folks",
            "mate",
            "valued",
            "dear",
            "friend",
            "both",
            "you",
            "sorry",
            "not",
            "very",
            "so",
            "just",
            "still",
            "really",
            "here",
            "afraid",
            "happy",
            "calling",
            "looking",
            "having",
            "trying",
            "glad",
            "sure",
            "fine",
            "okay",
            "ok",
            "good",
            "great",
            "back",
            "new",
            "also",
            "now",
            "the",
            "a",
            "an",
            "this",
            "it",
            "we",
            "i",
            "and",
            "for",
            "please",
            "yes",
            "no",
            "hope",
            "thanks",
            "thank",
            "regards",
            "best",
            "kind",
            "billing",
            "sales",
            "accounts",
            "returns",
            "department",
            "care",
            "services",
            "complaints",
            "delivery",
            "morning",
            "afternoon",
            "evening",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "christmas",
            "easter",
            "god",
            "in",
            "on",
            "at",
            "your",
            "my",
            "our",
            "customer",
            "order",
            "ticket",
            "account",
            "reference",
            "team",
            "one",
            "nobody",
            "anyone",
            "nothing",
            "well",
            "hi",
            "hello",
            "hey",
            "bye",
            "what",
            "how",
            "why",
            "when",
            "who",
            "where",
            "which",
            "if",
            "as",
            "unfortunately",
            "actually",
            "apparently",
            "absolutely",
            "definitely",
            "certainly",
            "of",
            "about",
            "waiting",
            "done",
            "ready",
            "right",
            "wrong",
            "told",
            "going",
            "able",
            "unable",
            "currently",
            "getting",
            "being",
            "doing",
            "writing",
            "using",
            "checking",
            "aware",
            "confused",
            "frustrated",
            "annoyed",
            "upset",
            "disappointed",
            "concerned",
            "worried",
            "pleased",
            "relieved",
            "positive",
            "certain");

    /** Common first names (see the file's header for where they come from and what was left out). */
    private static final Set<String> FIRST_NAMES = firstNames();
    /** A capitalised word, with the capitalised word after it (a surname, perhaps). */
    private static final Pattern CAPITALISED =
            Pattern.compile("(?<![\\p{L}\\d_@.])(" + NAME + ")(?:\\s+(" + NAME + "))?(?![\\p{L}\\d_@])");

    private Names() {}

    private static Set<String> firstNames() {
        try (InputStream in = Names.class.getResourceAsStream("first-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("first-names.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds common first names wherever they stand, with the capitalised word after one as its surname. */
    private static void listed(String text, People people, List<Span> out) {
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String first = m.group(1);
            if (!FIRST_NAMES.contains(first.toLowerCase(Locale.ROOT)) || !isName(first)) {
                if (m.group(2) != null) {
                    m.region(m.start(2), text.length()); // the second word may be a first name itself
                }
                continue;
            }
            int end = m.end(1);
            String name = first;
            if (m.group(2) != null && isName(m.group(2)) && !SpeakerLabels.sideWord(m.group(2))) {
                end = m.end(2);
                name = first + " " + m.group(2);
            }
            out.add(new Span(m.start(1), end, PiiType.NAME, people.add(name)));
        }
    }

    static void find(String text, People people, List<Span> out) {
        listed(text, people, out);
        Matcher lower = LOWER_CASE.matcher(text);
        while (lower.find()) {
            if (isName(lower.group(1))) {
                out.add(new Span(lower.start(1), lower.end(1), PiiType.NAME, people.add(lower.group(1))));
            }
        }
        Matcher word = LOWER_WORD.matcher(text);
        while (word.find()) {
            if (FIRST_NAMES.contains(word.group())
                    && isName(word.group())
                    && LOWER_CASE_CUE
                            .matcher(text)
                            .region(Math.max(0, word.start() - 24), word.start())
                            .find()) {
                out.add(new Span(word.start(), word.end(), PiiType.NAME, people.add(word.group())));
            }
        }
        if (mentionsName(text)) {
            Matcher stated = STATED_LOWER_CASE.matcher(text);
            while (stated.find()) {
                String said = stated.group(1);
                if (isName(said) && !ADJECTIVE_SHAPED.matcher(said).matches()) {
                    out.add(new Span(stated.start(1), stated.end(1), PiiType.NAME, people.add(said)));
                }
            }
        }
        for (Pattern p : BEFORE) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int start = m.start(1);
                int end = m.end(1);
                String name = m.group(1);
                if (p == ASK_SOMEONE && COMPANIES.contains(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String bare = LEADING_PARTICLES.matcher(name).replaceFirst("");
                int particles = name.length() - bare.length();
                String[] words = bare.split("\\s+");
                boolean initial = words[0].matches("\\p{Lu}\\.");
                if (!isName(initial ? words[words.length - 1] : words[0])) {
                    continue;
                }
                boolean listed = FIRST_NAMES.contains(words[0].toLowerCase(Locale.ROOT));
                if (p == WEAK_INTRODUCTION
                        && !listed
                        && ADJECTIVE_SHAPED.matcher(words[0]).matches()) {
                    continue;
                }
                if (!initial && !listed && words.length > 1 && SpeakerLabels.sideWord(words[words.length - 1])) {
                    continue; // "Cheers, Northwind Support": a company's team
                }
                if (!initial && words.length > 1 && !isName(words[words.length - 1])) {
                    // a second word that is not a name ("Thanks Maria Support") is left out
                    end = start + particles + words[0].length();
                    name = name.substring(0, particles + words[0].length());
                }
                out.add(new Span(start, end, PiiType.NAME, people.add(name)));
                Matcher joined = JOINED.matcher(text).region(m.end(1), text.length());
                if (joined.lookingAt() && isName(joined.group(1))) {
                    out.add(new Span(joined.start(1), joined.end(1), PiiType.NAME, people.add(joined.group(1))));
                }
            }
        }
    }

    /** Whether "name" is in the text, in any case: the introductions by name need it. */
    private static boolean mentionsName(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            if (text.regionMatches(true, i, "name", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return !w.isEmpty() && !NOT_NAMES.contains(w) && !SpeakerLabels.sideWord(w);
    }
}
