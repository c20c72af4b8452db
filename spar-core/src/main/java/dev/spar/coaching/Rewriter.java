package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.RuleCitations;
import dev.spar.analysis.Span;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the stronger version of a weak line and keeps it only if it is one: it keeps the learner's facts,
 * fits the kind of conversation, no longer has the problem, and brings no new one when the critique's own
 * analysis reads it in the same place. A rewrite that fails is left out rather than shown broken.
 */
final class Rewriter {
    private static final Pattern CLAUSE_BREAK =
            Pattern.compile("\\s*(?:[,;:]|\\s-\\s|\\bbut\\b|\\band\\b|\\bso\\b)\\s*");
    private static final Pattern JOINT_END = Pattern.compile("(?:[,;:]|\\s-|\\b(?:but|and|so))\\s*$");
    private static final Pattern JOINT_START = Pattern.compile("\\s*(?:[,;:.!?]|-\\s|(?:but|and|so)\\b)");
    private static final Pattern FILLER =
            Pattern.compile("^(?i:(?:yeah|well|look|honestly|ok|okay|so|um|erm|anyway)\\b[,\\s]*)+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+$");

    /**
     * The learner asking for something, in the words after which it can be said again plainly: "could you do the
     * kitchen this week", "please don't comment on it", "I'm asking for a raise to $84,000".
     */
    private static final Pattern ASKED = Pattern.compile("(?i)\\b(?:(?:could|can|would|will) (?:you|u)"
            + "|i (?:want|need|would like|'d like) (?:you|u) to|(?<please>please),?(?<not> don'?t| do not)?"
            + "|i(?:'m| am|m) asking (?<asking>for|you to))(?: please| just| maybe)?\\s+(?<what>[^.?!,;]{4,}?)"
            + "(?:\\s+(?:please|for me))?\\s*(?:[.?!,;]|$)");

    /** The words that soften what the learner means to say, dropped where nothing else depends on them. */
    private static final List<Pattern> HEDGES = List.of(
            Pattern.compile("(?i)\\bi (?:just )?(?:think|guess|suppose|feel like) (?=(?:i|we|it|this|that)\\b)"),
            Pattern.compile("(?i)\\b(?:might|may) (?:maybe |possibly |perhaps )?(?=(?:want|need|like|have to)\\b)"),
            Pattern.compile(
                    "(?i)(?:,\\s*|\\s+)?\\b(?:if (?:that's|thats|that is|it's|its|it is) (?:ok|okay|alright|all right"
                            + "|fine)(?: with you)?|if you don't mind|if you dont mind|i dunno|idk|i don't know|i dont know)\\b"),
            Pattern.compile("(?i)\\b(?:maybe|perhaps|possibly|kind of|sort of|kinda|sorta|um|erm|uh)\\b,?\\s*"));

    private static final Pattern STATEMENT_ASKED = Pattern.compile(
            "(?i)(^|[.!?]\\s+)((?:so |and |but )?(?:i|we) (?:want|need|think|would like|'d like)\\b[^.!?]*)\\?");

    private final RunView run;

    Rewriter(RunView run) {
        this.run = run;
    }

    /**
     * Returns the best rewrite of a turn that fixes a problem found in the given words.
     *
     * @param turn the learner's turn
     * @param span where the problem is in the line
     * @param category the problem
     * @param alternatives words to say instead, best first
     */
    Optional<String> rewrite(Turn turn, Span span, FindingCategory category, List<String> alternatives) {
        String line = turn.text();
        Set<FindingCategory> before = run.problemsSaid(turn);
        List<String> all = new ArrayList<>(alternatives);
        if (category == FindingCategory.SARCASM) {
            // Said plainly, sarcasm is what the learner was asking for: built from their own words, not a stock
            // feeling ("this hurts") that fits one situation in ten.
            askedBefore(turn.number())
                    .ifPresent(ask -> all.addFirst("That came out wrong. What I'm asking is " + ask + "."));
        }
        List<String> candidates = candidates(line, span, category, all);
        if (category == FindingCategory.HEDGING) {
            // The line itself without the softeners reads best: "i think i might maybe want to stop working
            // together" says "i want to stop working together", where a stock line would drop what they meant.
            withoutHedges(line).ifPresent(candidates::addFirst);
        }
        // A rewrite with no problem left comes first: one that keeps the line's other problems ("As I already
        // explained, ... it'll probably get there") is shown only when no clean one keeps the learner's facts.
        for (String candidate : candidates) {
            if (fits(line, candidate, turn.number(), category, Set.of()) && keepsNoFlaggedWords(turn, candidate)) {
                return Optional.of(candidate);
            }
        }
        for (String candidate : candidates) {
            if (fits(line, candidate, turn.number(), category, before)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Returns the line without its softening words, or empty when nothing changes or too little is left. */
    private static Optional<String> withoutHedges(String line) {
        String out = line;
        for (Pattern hedge : HEDGES) {
            out = hedge.matcher(out).replaceAll("");
        }
        out = out.replaceAll("\\s*,\\s*(?=[,.!?]|$)", "")
                .replaceAll("\\s{2,}", " ")
                .replaceAll("\\s+([,.!?])", "$1")
                .strip();
        // What was asked as a question only because it was hedged is said as a statement: "i want to stop?".
        out = STATEMENT_ASKED.matcher(out).replaceAll("$1$2.");
        if (out.equals(line.strip()) || out.split("\\s+").length < 3) {
            return Optional.empty();
        }
        return Optional.of(Character.toUpperCase(out.charAt(0)) + out.substring(1));
    }

    /**
     * Returns what the learner last asked of the other person before a turn, as the words after "What I'm asking is"
     * ("for you to do the kitchen this week"), if they asked anything.
     */
    private Optional<String> askedBefore(int turn) {
        List<Turn> earlier = run.learnerTurns().stream()
                .filter(t -> t.number() < turn)
                .toList()
                .reversed();
        for (Turn t : earlier) {
            Matcher m = ASKED.matcher(t.text().replace('\u2019', '\''));
            Optional<String> last = Optional.empty();
            while (m.find()) {
                String what = m.group("what").strip();
                if (m.group("asking") != null) {
                    last = Optional.of(
                            m.group("asking").equalsIgnoreCase("for") ? "for " + what : "for you to " + what);
                } else if (m.group("please") != null && m.group("not") != null) {
                    last = Optional.of("for you not to " + what);
                } else {
                    last = Optional.of("for you to " + what);
                }
            }
            if (last.isPresent()) {
                return last;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns whether a rewrite leaves out the words the line was flagged for: read again in its new place, "sorry,
     * sorry, im rambling" can pass the analysis, yet a reader sees the very words the critique quoted.
     */
    private static boolean keepsNoFlaggedWords(Turn turn, String candidate) {
        String said = candidate.toLowerCase(Locale.ROOT);
        return turn.analysis().stream()
                .flatMap(a -> a.flags().stream())
                .filter(f -> f.category().isProblem())
                .map(f -> f.quote().strip().toLowerCase(Locale.ROOT))
                .filter(q -> q.split("\\s+").length >= 2)
                .noneMatch(said::contains);
    }

    /**
     * Returns whether a line offered on its own (for a step the learner skipped) reads cleanly at a turn: no
     * problem the analysis can find, and no service script in a talk that is not one.
     */
    boolean clean(String suggestion, int turn) {
        return !Phrasings.soundsScripted(suggestion, run.kind()) && run.problemsOfPass(suggestion, turn, Set::isEmpty);
    }

    private boolean fits(
            String line, String candidate, int turn, FindingCategory category, Set<FindingCategory> before) {
        if (candidate.isBlank() || candidate.equalsIgnoreCase(line.strip())) {
            return false;
        }
        if (!LineFacts.lost(line, candidate, run.scenario()).isEmpty()
                || !LineFacts.added(line, candidate, run.scenario()).isEmpty()) {
            return false;
        }
        if (Phrasings.soundsScripted(candidate, run.kind())) {
            return false;
        }
        return run.problemsOfPass(
                candidate,
                turn,
                after -> after.stream().noneMatch(NamedBetter.coveredBy(category)::contains)
                        && before.containsAll(after));
    }

    private List<String> candidates(String line, Span span, FindingCategory category, List<String> alternatives) {
        Set<String> out = new LinkedHashSet<>();
        Span sentence = sentenceAround(line, span);
        String before = unlessFragment(line.substring(0, sentence.start()));
        String after = unlessFragment(line.substring(sentence.end()));
        String rest = rest(line, sentence, span);
        List<String> lostInSentence = LineFacts.lost(line, join(before, "", after), run.scenario()).stream()
                .filter(f -> !rest.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)))
                .toList();
        // The whole flagged sentence replaced reads best; the rest of it is kept only when it carries facts the
        // replacement would lose ("..., I'll refund the $18 today").
        for (String alternative : alternatives) {
            out.add(join(before, alternative, after));
        }
        if (!rest.isEmpty()) {
            for (String alternative : alternatives) {
                out.add(join(before, alternative + " " + rest, after));
            }
        }
        if (!lostInSentence.isEmpty() && lostInSentence.stream().allMatch(LineFacts::isWhenOrHowMuch)) {
            Phrasings.keepingFacts(category, run.kind(), lostInSentence)
                    .ifPresent(kept -> out.add(join(before, kept, after)));
        }
        // The facts of the whole sentence, said in a line of its own: clean where the rest of the sentence has
        // problems of its own ("as I already explained, ... it'll probably get there by Saturday, they usually do").
        List<String> lostWithSentence = LineFacts.lost(line, join(before, "", after), run.scenario());
        if (!lostWithSentence.isEmpty() && lostWithSentence.stream().allMatch(LineFacts::isWhenOrHowMuch)) {
            Phrasings.keepingFacts(category, run.kind(), lostWithSentence)
                    .ifPresent(kept -> out.add(join(before, kept, after)));
        }
        // Fault put on a named third party ("Marcus is new, he gets things wrong"): the rewrite still names them, so
        // the
        // learner's situation is kept, and owns the fix instead of passing it on.
        // Not when a name is theirs ("your bank, Carla"): the fault is not put on the person spoken to.
        String spokenTo = run.scenario().persona().name().toLowerCase(Locale.ROOT);
        if (category == FindingCategory.BLAMING_OTHERS
                && !lostWithSentence.isEmpty()
                && lostWithSentence.stream().noneMatch(LineFacts::isWhenOrHowMuch)
                && lostWithSentence.stream().noneMatch(f -> spokenTo.contains(f.toLowerCase(Locale.ROOT)))) {
            out.add(join(before, Phrasings.owningItAfter(run.kind(), lostWithSentence), after));
        }
        if (category == FindingCategory.POLICY_FIRST) {
            // The rule is kept and the bare pointer at it ("that's our policy") goes: it is what was flagged.
            String rule = RuleCitations.without(line.strip());
            if (!rule.isEmpty()) {
                out.add(Phrasings.acknowledgingLead(run.kind()) + " " + rule);
            }
        }
        if (category == FindingCategory.TANGENT || category == FindingCategory.REASK) {
            out.add(join(before, rest, after));
        }
        // Last, the new words without what came before or after them: taken only when no rewrite that keeps those
        // words is clean, that is when they hold a problem of their own ("i'm sorry. im so sorry. ..." kept in a
        // rewrite of the concession after it), and never when they hold a fact.
        if (!before.isEmpty() || !after.isEmpty()) {
            for (String alternative : alternatives) {
                out.add(join("", alternative, after));
                out.add(join(before, alternative, ""));
                out.add(alternative);
            }
        }
        return new ArrayList<>(out);
    }

    /** Returns the words of the sentence outside the flagged span, as a sentence of their own, or empty. */
    private static String rest(String line, Span sentence, Span span) {
        int from = Math.max(sentence.start(), Math.min(span.start(), sentence.end()));
        int to = Math.max(from, Math.min(span.end(), sentence.end()));
        String leftRaw = line.substring(sentence.start(), from);
        String rightRaw = line.substring(to, sentence.end());
        String flagged = line.substring(from, to).strip();
        boolean closedBefore = leftRaw.isBlank() || JOINT_END.matcher(leftRaw).find();
        boolean closedAfter = rightRaw.isBlank()
                || JOINT_START.matcher(rightRaw).lookingAt()
                || JOINT_END.matcher(flagged).find();
        if (!closedBefore || !closedAfter) {
            return "";
        }
        String left = trimJoints(leftRaw);
        String right = trimJoints(rightRaw);
        String rest = FILLER.matcher(join(left, right, "")).replaceFirst("").replaceAll("\\s+([.!?,])", "$1");
        if (rest.isEmpty()) {
            return "";
        }
        if (rest.split("\\s+").length < 3) {
            return "";
        }
        rest = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        return SENTENCE_END.matcher(rest).find() ? rest : rest + ".";
    }

    /**
     * Returns the words around the flagged sentence, or nothing when they are a stray fragment of two words or
     * fewer ("sorry", "ok ok") with no fact in it: kept, it would dangle after the new words.
     */
    private String unlessFragment(String words) {
        String s = words.strip();
        boolean fragment = s.split("\\s+").length < 3;
        return fragment && LineFacts.of(s, run.scenario()).isEmpty() ? "" : s;
    }

    private static String trimJoints(String s) {
        String out = s.strip();
        boolean changed = true;
        while (changed && !out.isEmpty()) {
            changed = false;
            Matcher lead = CLAUSE_BREAK.matcher(out);
            if (lead.lookingAt() && lead.end() > 0) {
                out = out.substring(lead.end()).strip();
                changed = true;
            }
            String trimmed = out.replaceAll("(?:\\s*(?:[,;:]|\\bbut|\\band|\\bso))+$", "")
                    .strip();
            if (!trimmed.equals(out)) {
                out = trimmed;
                changed = true;
            }
        }
        return out;
    }

    static Span sentenceAround(String line, Span span) {
        int from = Math.min(span.start(), line.length());
        int to = Math.min(span.end(), line.length());
        int start = 0;
        for (int i = from - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                start = i + 1;
                break;
            }
        }
        int end = line.length();
        for (int i = Math.max(to - 1, start); i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && i >= to - 1) {
                end = i + 1;
                while (end < line.length() && "!?.".indexOf(line.charAt(end)) >= 0) {
                    end++;
                }
                break;
            }
        }
        return new Span(start, Math.max(start, end));
    }

    /**
     * Joins the parts of a rewrite; a part that follows a finished sentence starts with a capital ("Let's sort out
     * what happens next. You'll need to fill in the returns form"), however the learner typed it.
     */
    private static String join(String a, String b, String c) {
        StringBuilder out = new StringBuilder();
        for (String part : List.of(a, b, c)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                char end = out.charAt(out.length() - 1);
                if ((end == '.' || end == '!' || end == '?') && Character.isLowerCase(p.charAt(0))) {
                    p = Character.toUpperCase(p.charAt(0)) + p.substring(1);
                }
                out.append(' ');
            }
            out.append(p);
        }
        return out.toString();
    }
}
