package dev.spar.teams;

import static dev.spar.analysis.FindingCategory.ACCUSATION;
import static dev.spar.analysis.FindingCategory.ACKNOWLEDGEMENT;
import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.BLAMING_OTHERS;
import static dev.spar.analysis.FindingCategory.BOUNDARY;
import static dev.spar.analysis.FindingCategory.CANNED_EMPATHY;
import static dev.spar.analysis.FindingCategory.CLEAR_LIMIT;
import static dev.spar.analysis.FindingCategory.CLOSING_CHECK;
import static dev.spar.analysis.FindingCategory.CLOSING_WHILE_OPEN;
import static dev.spar.analysis.FindingCategory.CONCESSION;
import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.DEFENSIVE;
import static dev.spar.analysis.FindingCategory.DISMISSAL;
import static dev.spar.analysis.FindingCategory.EMPATHY;
import static dev.spar.analysis.FindingCategory.FALSE_HOPE;
import static dev.spar.analysis.FindingCategory.GUESSING;
import static dev.spar.analysis.FindingCategory.HEDGING;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;
import static dev.spar.analysis.FindingCategory.KEY_POINT_MADE;
import static dev.spar.analysis.FindingCategory.MISSING_ACKNOWLEDGEMENT;
import static dev.spar.analysis.FindingCategory.MISSING_CLOSING_CHECK;
import static dev.spar.analysis.FindingCategory.MISSING_NEXT_STEP;
import static dev.spar.analysis.FindingCategory.MISSING_PARAPHRASE;
import static dev.spar.analysis.FindingCategory.MISSING_QUESTION;
import static dev.spar.analysis.FindingCategory.NEXT_STEP;
import static dev.spar.analysis.FindingCategory.NOT_FOLLOWING;
import static dev.spar.analysis.FindingCategory.OPEN_QUESTION;
import static dev.spar.analysis.FindingCategory.OVER_APOLOGY;
import static dev.spar.analysis.FindingCategory.OVER_EXPLAINING;
import static dev.spar.analysis.FindingCategory.OVER_PROMISE;
import static dev.spar.analysis.FindingCategory.PARAPHRASE;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;
import static dev.spar.analysis.FindingCategory.REACTIVE;
import static dev.spar.analysis.FindingCategory.REASK;
import static dev.spar.analysis.FindingCategory.SARCASM;
import static dev.spar.analysis.FindingCategory.SCOLDING;
import static dev.spar.analysis.FindingCategory.TANGENT;
import static dev.spar.analysis.FindingCategory.UNANSWERED;
import static dev.spar.analysis.FindingCategory.UNSAID_KEY_POINT;

import dev.spar.analysis.FindingCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An automatic check a criterion can use: it reads the findings of some categories and marks the criterion.
 *
 * <p>A check passes when none of its problem categories was found; its strengths only support the mark in the
 * explanation, they add nothing (so a mark is always "what went wrong", easy to explain). On a 1 to 5 scale it
 * starts at 5 and loses a point per problem found, down to 1. With no evidence at all (nothing was said) it is
 * not applicable.
 */
public enum Check {
    ACKNOWLEDGES(
            "Acknowledges",
            "Acknowledges how it affects them, without dismissing it or a stock empathy line.",
            "Nothing said dismissed how they feel, and no stock empathy line.",
            EnumSet.of(MISSING_ACKNOWLEDGEMENT, DISMISSAL, CANNED_EMPATHY),
            EnumSet.of(ACKNOWLEDGEMENT, EMPATHY)),
    ACKNOWLEDGES_BEFORE_SOLVING(
            "Acknowledges before solving",
            "Shows they heard the problem before quoting the rule or the fix.",
            "The rule or the fix never came before acknowledging them.",
            EnumSet.of(POLICY_FIRST, MISSING_ACKNOWLEDGEMENT),
            EnumSet.of(ACKNOWLEDGEMENT)),
    NO_BLAME(
            "No blame",
            "Never puts the fault on them or on someone else, accuses, scolds or questions their account.",
            "No blame, accusation or telling-off in what was said.",
            EnumSet.of(BLAME, BLAMING_OTHERS, ACCUSATION, SCOLDING, JUDGEMENTAL_FRAMING),
            EnumSet.noneOf(FindingCategory.class)),
    NO_OVER_PROMISE(
            "No over-promise",
            "Promises only what can be kept: no guarantees, hopeful guesses or false hope.",
            "No promise or hopeful guess that might not hold.",
            EnumSet.of(OVER_PROMISE, FALSE_HOPE, GUESSING),
            EnumSet.of(CLEAR_LIMIT)),
    STAYS_CALM(
            "Stays calm",
            "Answers heat without heat: no reactive, sarcastic, defensive or condescending lines.",
            "No reactive, sarcastic, defensive or condescending line.",
            EnumSet.of(REACTIVE, SARCASM, DEFENSIVE, CONDESCENSION),
            EnumSet.noneOf(FindingCategory.class)),
    LISTENS(
            "Listens",
            "Follows what they said: asks, says it back, answers their questions and does not ask again.",
            "No sign of losing the thread, asking again or leaving a question unanswered.",
            EnumSet.of(NOT_FOLLOWING, REASK, UNANSWERED, MISSING_PARAPHRASE, MISSING_QUESTION),
            EnumSet.of(PARAPHRASE, OPEN_QUESTION)),
    CLEAR_NEXT_STEP(
            "Clear next step",
            "Ends with a concrete next step and does not close while their question is still open.",
            "No next step missing, and nothing closed while still open.",
            EnumSet.of(MISSING_NEXT_STEP, CLOSING_WHILE_OPEN),
            EnumSet.of(NEXT_STEP)),
    CHECKS_BEFORE_CLOSING(
            "Checks before closing",
            "Asks whether anything is left before ending.",
            "No closing check missing.",
            EnumSet.of(MISSING_CLOSING_CHECK),
            EnumSet.of(CLOSING_CHECK)),
    HOLDS_GROUND(
            "Holds ground",
            "Keeps a position under pressure, without giving in, apologising again and again or hedging.",
            "No giving ground, over-apologising or hedging.",
            EnumSet.of(CONCESSION, OVER_APOLOGY, HEDGING),
            EnumSet.of(BOUNDARY, CLEAR_LIMIT)),
    MAKES_THE_POINT(
            "Makes the point",
            "Says what they came to say, in plain words.",
            "Nothing they came to say was left unsaid.",
            EnumSet.of(UNSAID_KEY_POINT),
            EnumSet.of(KEY_POINT_MADE)),
    STAYS_ON_TOPIC(
            "Stays on topic",
            "Keeps to their problem: no jokes, tangents or long justifications.",
            "No tangent, joke or long justification.",
            EnumSet.of(TANGENT, OVER_EXPLAINING),
            EnumSet.noneOf(FindingCategory.class));

    private static final int LONGEST_QUOTE = 120;

    private final String title;
    private final String description;
    private final String clear;
    private final Set<FindingCategory> problems;
    private final Set<FindingCategory> strengths;

    Check(
            String title,
            String description,
            String clear,
            Set<FindingCategory> problems,
            Set<FindingCategory> strengths) {
        this.title = title;
        this.description = description;
        this.clear = clear;
        this.problems = Set.copyOf(problems);
        this.strengths = Set.copyOf(strengths);
    }

    /** Returns the human name, such as "No blame". */
    public String title() {
        return title;
    }

    /** Returns what it checks, in one line. */
    public String description() {
        return description;
    }

    /** Returns the problem categories that count against it. */
    public Set<FindingCategory> problems() {
        return problems;
    }

    /** Returns the strength categories quoted in its support. */
    public Set<FindingCategory> strengths() {
        return strengths;
    }

    /** Returns every category it reads, problems and strengths. */
    public Set<FindingCategory> reads() {
        Set<FindingCategory> all = EnumSet.noneOf(FindingCategory.class);
        all.addAll(problems);
        all.addAll(strengths);
        return Set.copyOf(all);
    }

    /** Marks a criterion on this scale from a conversation's evidence, with the quotes that decided it. */
    public CheckResult assess(Scale scale, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return new CheckResult(Mark.notApplicable(), List.of(), "Nothing was said, so there was nothing to judge.");
        }
        List<Evidence> against =
                evidence.stream().filter(e -> problems.contains(e.category())).toList();
        List<Evidence> support =
                evidence.stream().filter(e -> strengths.contains(e.category())).toList();
        Mark mark =
                switch (scale) {
                    case YES_NO -> against.isEmpty() ? Mark.yes() : Mark.no();
                    case ONE_TO_FIVE -> Mark.points(Math.max(1, 5 - against.size()));
                };
        List<Evidence> quotes = new ArrayList<>(against);
        quotes.addAll(support);
        return new CheckResult(mark, quotes, explain(against, support));
    }

    private String explain(List<Evidence> against, List<Evidence> support) {
        if (!against.isEmpty()) {
            int more = against.size() - 1;
            return quoted(against.getFirst()) + (more == 0 ? "" : " (and " + more + " more)") + ".";
        }
        if (!support.isEmpty()) {
            return quoted(support.getFirst()) + ".";
        }
        return clear;
    }

    private static String quoted(Evidence e) {
        String quote = e.quote().strip();
        if (quote.isEmpty()) {
            return e.category().title() + " at turn " + e.turn();
        }
        if (quote.length() > LONGEST_QUOTE) {
            quote = quote.substring(0, LONGEST_QUOTE).strip() + "…";
        }
        return e.category().title() + " at turn " + e.turn() + ": '" + quote + "'";
    }
}
