package dev.spar.transcripts.redaction;

import dev.spar.transcripts.SpeakerLabels;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** A second name joined to the first: "ask for Ana or Bruno". */
    private static final Pattern JOINED = Pattern.compile("^\\s+(?:and|or|&)\\s+(" + NAME + ")");

    private static final String TITLE = "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\\.?";

    private static final List<Pattern> BEFORE = List.of(
            // greetings, with an optional title
            Pattern.compile("(?<![\\p{L}])(?i:hi|hello|hey|hiya|dear|morning|good morning|good afternoon|good evening"
                    + "|evening|afternoon|welcome|bye|goodbye|sorry|congratulations)(?:\\s+there)?,?\\s+(?:" + TITLE
                    + "\\s+)?" + FULL),
            // thanks, in a greeting or a sign-off
            Pattern.compile("(?<![\\p{L}])(?i:thanks|thank you|many thanks|cheers|ta)(?:\\s+(?i:so much|very much|a lot"
                    + "|again))?,?\\s+(?:" + TITLE + "\\s+)?" + FULL
                    + "(?=\\s*(?:[,.!?;:]|$|\\s+(?:for|that|so|again)\\b))"),
            // sign-offs
            Pattern.compile(
                    "(?<![\\p{L}])(?i:regards|kind regards|best regards|warm regards|warmest regards|best wishes"
                            + "|best|all the best|speak soon|talk soon|take care|sincerely|yours sincerely|yours truly|love"
                            + "|with thanks),?\\s+" + FULL + "\\s*[.!]?\\s*$"),
            // introductions
            Pattern.compile("(?<![\\p{L}])(?i:my name is|my name's|name is|i am|i'm|this is|it's|it is|i’m|it’s)\\s+"
                    + FULL + "(?=\\s*(?:[,.!;]|$|\\s+(?i:from|with|at|of|here|speaking|again|and|calling|on)\\b))"),
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
            // mentions
            Pattern.compile("(?<![\\p{L}])(?i:called|named|ask for|asked for|speak to|speak with|spoke to|spoke with"
                    + "|talk to|talk with|talked to|signed for by|taking over from|handed over to|transfer you to"
                    + "|passed to|agent|advisor|colleague)\\s+(?:" + TITLE + "\\s+)?" + FULL),
            // "call Jenny on ...", "email Tom at ..."
            Pattern.compile(
                    "(?<![\\p{L}])(?i:call|ring|text|email|phone|contact)\\s+" + FULL + "(?=\\s+(?i:on|at|back)\\b)"),
            // "Kenji here," at the start of a sentence
            Pattern.compile("(?:^|[,.!?]\\s+)" + FULL + "\\s+here\\b"),
            // an initial and a surname: "J. Alvarez"
            Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\.\\s?" + NAME + ")"));

    /** A name typed in lower case, alone after a greeting or thanks that opens the line: "hey sarah,". */
    private static final Pattern LOWER_CASE = Pattern.compile(
            "(?:^|[.!?]\\s+)(?i:hi|hello|hey|hiya|heya|thanks|thank you"
                    + "|thx|cheers|morning|dear|regards|best|bye|ta)\\s*,?\\s+(\\p{Ll}{2,}(?:['’\\-]\\p{Ll}+)?)(?=\\s*(?:[,!.?]|$))");

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

    private Names() {}

    static void find(String text, People people, List<Span> out) {
        Matcher lower = LOWER_CASE.matcher(text);
        while (lower.find()) {
            if (isName(lower.group(1))) {
                out.add(new Span(lower.start(1), lower.end(1), PiiType.NAME, people.add(lower.group(1))));
            }
        }
        for (Pattern p : BEFORE) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int start = m.start(1);
                int end = m.end(1);
                String name = m.group(1);
                String[] words =
                        name.replaceAll("^(?:" + PARTICLE + "\\s+)+", "").split("\\s+");
                boolean initial = words[0].matches("\\p{Lu}\\.");
                if (!isName(initial ? words[words.length - 1] : words[0])) {
                    continue;
                }
                if (!initial && words.length > 1 && !isName(words[words.length - 1])) {
                    // a second word that is not a name ("Thanks Maria Support") is left out
                    end = start + words[0].length();
                    name = words[0];
                }
                out.add(new Span(start, end, PiiType.NAME, people.add(name)));
                Matcher joined = JOINED.matcher(text).region(m.end(1), text.length());
                if (joined.lookingAt() && isName(joined.group(1))) {
                    out.add(new Span(joined.start(1), joined.end(1), PiiType.NAME, people.add(joined.group(1))));
                }
            }
        }
    }

    private static boolean isName(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return !w.isEmpty() && !NOT_NAMES.contains(w) && !SpeakerLabels.sideWord(w);
    }
}
