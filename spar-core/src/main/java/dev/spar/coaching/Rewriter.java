package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
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
        List<String> candidates = candidates(line, span, category, alternatives);
        // A rewrite with no problem left comes first: one that keeps the line's other problems ("As I already
        // explained, ... it'll probably get there") is shown only when no clean one keeps the learner's facts.
        for (String candidate : candidates) {
            if (fits(line, candidate, turn.number(), category, Set.of())) {
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
            out.add(Phrasings.acknowledgingLead(run.kind()) + " " + line.strip());
        }
        if (category == FindingCategory.TANGENT || category == FindingCategory.REASK) {
            out.add(join(before, rest, after));
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
