package dev.spar.simulation;

import dev.spar.scenario.Intent;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks up what the learner refers back to: when a line takes up something the counterpart said earlier ("you said
 * you've been refreshing the tracking", "so the notice went to Tom's inbox"), the reply names it in the counterpart's
 * own words from their earlier line ("That tracking page, yes."), in the mood of the moment, before what it says
 * anyway.
 */
final class PickingUp {
    /** The counterpart lines, most recent first, that a line may refer back to. */
    private static final int LINES_BACK = 4;

    /** The words of the earlier line a line must take up to refer to it without saying so. */
    private static final int SHARED_WITHOUT_SAYING_SO = 2;

    /** The most words of theirs a reply names. */
    private static final int MOST_WORDS = 8;

    /** The most words that only hold a phrase together between two words taken up. */
    private static final int MOST_GAP = 2;

    /** Words too common to say what was taken up ("said", "really"). */
    private static final Set<String> GENERIC = Set.of(
            "said",
            "say",
            "says",
            "saying",
            "mentioned",
            "mention",
            "told",
            "tell",
            "telling",
            "think",
            "know",
            "just",
            "really",
            "yes",
            "yeah",
            "no",
            "not",
            "get",
            "got",
            "going",
            "want",
            "wanted",
            "like",
            "also",
            "well",
            "okay",
            "ok",
            "right",
            "sure",
            "thing",
            "things",
            "bit",
            "lot",
            "one",
            "make",
            "made",
            "need",
            "all",
            "still",
            "even",
            "back",
            "more",
            "again",
            "now",
            "then",
            "than",
            "better",
            "worse",
            "there",
            "here",
            "that's",
            "what",
            "when",
            "which",
            "who",
            "how",
            "why",
            "about",
            "and",
            "but",
            "or",
            "so",
            "because",
            "can",
            "can't",
            "could",
            "would",
            "should",
            "will",
            "won't",
            "don't",
            "didn't",
            "did",
            "do",
            "does",
            "have",
            "has",
            "had",
            "was",
            "were",
            "is",
            "are",
            "be",
            "been",
            "being",
            "said,");

    /** The words that may open a phrase of theirs: whose or which thing it is, or who did it. */
    private static final Set<String> OPENERS = Set.of(
            "the", "that", "this", "those", "these", "my", "our", "his", "her", "their", "he", "she", "they", "i", "we",
            "i've", "i'd", "we've", "he's", "she's", "they've");

    /** The learner pointing back to their own words ("like I said"): what they repeat is theirs, not picked up. */
    private static final Pattern OWN_WORDS = Pattern.compile(
            "\\b(?:like|as) i (?:said|mentioned|told you|explained)\\b|\\bas i was saying\\b"
                    + "|\\bi (?:said|mentioned|told you) (?:earlier|before)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CLAUSE_END = Pattern.compile(".*[.!?,;:\"\u201D)]$");

    private PickingUp() {}

    /**
     * Returns the reply, led by what of theirs the learner's line takes up when it refers back to an earlier line of
     * theirs and the reply does not already name it.
     */
    static String naming(String reply, Content content, ConversationMemory memory, Temper temper, Intent intent) {
        if (isEnding(intent)) {
            return reply;
        }
        boolean saysSo = content.all(ActKind.REFER_BACK).stream().anyMatch(act -> !ownLine(act.detail(), memory));
        // A line that does something else first is answered for that: a question for its answer, an offer for what
        // it puts on the table, a jab for the sting. A reference back in so many words is picked up all the same.
        boolean busy = content.has(ActKind.ASK)
                || content.has(ActKind.REASK)
                || !content.topicsAsked().isEmpty()
                || content.has(ActKind.OFFER)
                || content.has(ActKind.PROMISE)
                || content.has(ActKind.HONEST_LIMIT)
                || Rejoinders.STINGS.stream().anyMatch(content::has);
        if ((!saysSo && busy) || OWN_WORDS.matcher(content.text()).find()) {
            return reply;
        }
        Optional<Phrase> taken = takenUp(content.text(), memory, saysSo ? 1 : SHARED_WITHOUT_SAYING_SO);
        if (taken.isEmpty() || taken.get().namedIn(reply)) {
            return reply;
        }
        String what = Wording.named(taken.get().text());
        // "Yes" said once: a reply that opens with it takes the name before it as it is.
        boolean saysYes = reply.toLowerCase(Locale.ROOT).matches("^(?:yes|yeah|yep)\\b.*");
        String lead = saysYes ? what + "." : temper == Temper.CURT ? what + ". Yes." : what + ", yes.";
        return lead + " " + reply;
    }

    /**
     * Whether a line the learner refers back to is one of their own ("like I said"): a reference to a subject whose
     * earlier line was not found ("can we go back to the stand-up comment?") may be to theirs.
     */
    private static boolean ownLine(String line, ConversationMemory memory) {
        return !line.isEmpty()
                && memory.lines().stream()
                        .anyMatch(r -> r.content().side() == Side.LEARNER
                                && r.content().text().equals(line));
    }

    private static boolean isEnding(Intent intent) {
        return switch (intent) {
            case END_RESOLVED, END_ESCALATED, END_WALKED_AWAY -> true;
            case OPEN, ANSWER, DEMAND, VENT, SOFTEN, CURVEBALL, CHALLENGE, REJECT_OPTION, ACCEPT, ESCALATE -> false;
        };
    }

    /** Words of an earlier line of theirs, and which of them the learner took up. */
    record Phrase(String text, List<String> taken) {
        boolean namedIn(String reply) {
            List<String> said = stems(reply);
            return taken.stream().anyMatch(said::contains);
        }
    }

    /**
     * Returns the longest run of an earlier line of theirs whose words the learner's line takes up (at least {@code
     * least} of them), from the latest of their last few lines that has one.
     */
    static Optional<Phrase> takenUp(String line, ConversationMemory memory, int least) {
        List<String> learnerWords = stems(line);
        List<ConversationMemory.Remembered> lines = memory.lines();
        // The most of their words taken up wins; of runs as long, the latest.
        Phrase best = null;
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < LINES_BACK; i--) {
            Content said = lines.get(i).content();
            if (said.side() != Side.COUNTERPART) {
                continue;
            }
            seen++;
            Optional<Phrase> run = longestRun(said.text(), learnerWords);
            if (run.isPresent()
                    && run.get().taken().size() >= least
                    && (best == null || run.get().taken().size() > best.taken().size())) {
                best = run.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Phrase> longestRun(String theirs, List<String> learnerWords) {
        String[] tokens = theirs.strip().split("\\s+");
        Phrase best = null;
        int i = 0;
        while (i < tokens.length) {
            if (!takenUp(tokens[i], learnerWords)) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            List<String> taken = new ArrayList<>(List.of(stem(tokens[i])));
            int j = i;
            while (!CLAUSE_END.matcher(tokens[j]).matches() && j + 1 < tokens.length) {
                int gap = 0;
                int k = j + 1;
                while (k < tokens.length
                        && gap <= MOST_GAP
                        && holdsTogether(tokens[k])
                        && !takenUp(tokens[k], learnerWords)) {
                    if (CLAUSE_END.matcher(tokens[k]).matches()) {
                        gap = MOST_GAP + 1;
                        break;
                    }
                    gap++;
                    k++;
                }
                if (k >= tokens.length
                        || gap > MOST_GAP
                        || !takenUp(tokens[k], learnerWords)
                        || k - start >= MOST_WORDS) {
                    break;
                }
                taken.add(stem(tokens[k]));
                end = k;
                j = k;
            }
            // A thing named ("tracking") takes the word that says which ("tracking page"), and whose it is or who did
            // it ("that", "he left in March").
            if (end + 1 < tokens.length
                    && !CLAUSE_END.matcher(tokens[end]).matches()
                    && !holdsTogether(tokens[end + 1])
                    && end + 1 - start < MOST_WORDS) {
                end++;
            }
            if (start > 0
                    && !CLAUSE_END.matcher(tokens[start - 1]).matches()
                    && OPENERS.contains(bare(tokens[start - 1]))) {
                start--;
            }
            Phrase run = new Phrase(String.join(" ", List.of(tokens).subList(start, end + 1)), List.copyOf(taken));
            if (best == null || run.taken().size() > best.taken().size()) {
                best = run;
            }
            i = j + 1;
        }
        return Optional.ofNullable(best);
    }

    private static boolean takenUp(String token, List<String> learnerWords) {
        String bare = bare(token);
        return !bare.isEmpty() && !holdsTogether(token) && learnerWords.contains(stem(token));
    }

    /** Whether a word only holds a phrase together or is too common to say what was taken up. */
    private static boolean holdsTogether(String token) {
        String bare = bare(token);
        return bare.length() < 3 || Wording.isFunctionWord(bare) || GENERIC.contains(bare);
    }

    private static final Pattern TOKEN_EDGES = Pattern.compile("^[^a-z0-9]+|[^a-z0-9]+$");
    private static final Pattern POSSESSIVE_S = Pattern.compile("'s$");

    private static String bare(String token) {
        return TOKEN_EDGES
                .matcher(token.toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                .replaceAll("");
    }

    private static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.split("\\s+")) {
            if (!holdsTogether(token)) {
                out.add(stem(token));
            }
        }
        return out;
    }

    /** The word without a possessive or an ending ("Tom's", "refreshed", "slips"), so forms of it match. */
    static String stem(String token) {
        String word = POSSESSIVE_S.matcher(bare(token)).replaceAll("");
        for (String ending : List.of("ing", "ed", "es", "s")) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                word = word.substring(0, word.length() - ending.length());
                break;
            }
        }
        int n = word.length();
        if (n >= 4 && word.charAt(n - 1) == word.charAt(n - 2) && "aeiou".indexOf(word.charAt(n - 1)) < 0) {
            word = word.substring(0, n - 1);
        }
        return word;
    }
}
