package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.DecisionMap;
import dev.spar.scenario.Intent;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Outcome;
import dev.spar.simulation.Practice;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reviews the learner's side of a run and gives hints during one.
 *
 * <p>Every finding quotes the learner; nothing is said about a turn that is not in the transcript.
 */
public final class Coach {
    private static final int BASE_SCORE = 60;
    private static final int TURNING_POINT_MIN = 8;
    private static final int MAX_TURNING_POINTS = 3;

    /** Reviews a run, finished or not. */
    public Critique critique(Practice practice) {
        Scenario scenario = practice.scenario();
        List<Turn> turns = practice.turns();
        List<Turn> learner =
                turns.stream().filter(t -> t.speaker() == Speaker.LEARNER).toList();
        List<Finding> findings = new ArrayList<>();
        phraseFindings(learner, findings);
        conversationFindings(scenario, practice.startingState(), learner, practice.outcome(), findings);
        findings.sort(Comparator.comparingInt(Finding::turn));

        Map<Skill, Integer> skills = score(findings, practice, learner);
        int overall = overall(skills);
        return new Critique(
                overall,
                skills,
                practice.outcome(),
                findings,
                turningPoints(turns, practice.startingState()),
                focus(findings),
                answers(scenario, learner, findings));
    }

    /** Suggests the next move, given where the run stands. */
    public String hint(Practice practice) {
        if (practice.outcome().isFinal()) {
            return "The conversation is over: read the review, or restart and try a different line.";
        }
        Scenario scenario = practice.scenario();
        List<UtteranceAnalysis> said =
                practice.turns().stream().flatMap(t -> t.analysis().stream()).toList();
        CounterpartState state = practice.state();
        Optional<Intent> lastIntent = practice.turns().reversed().stream()
                .flatMap(t -> t.intent().stream())
                .findFirst();
        boolean acknowledged = said.stream()
                .anyMatch(a -> a.has(Move.ACKNOWLEDGE) || a.has(Move.PARAPHRASE) || a.has(FindingCategory.EMPATHY));
        if (!acknowledged && state.anger() >= 35) {
            return "Acknowledge the impact before anything else: name what this has cost them, in their terms,"
                    + " without promising a fix yet.";
        }
        if (lastIntent
                .filter(i -> i == Intent.CHALLENGE || i == Intent.ESCALATE)
                .isPresent()) {
            return "They are pushing back. Don't defend or explain: say back what they just told you in neutral"
                    + " words, then ask one question.";
        }
        if (scenario.opener() == Scenario.Opener.LEARNER) {
            for (KeyPoint point : scenario.learner().keyPoints()) {
                if (said.stream().noneMatch(a -> point.isMadeIn(a.text()))) {
                    return "Say what you came to say, plainly and once: '" + scenario.withFacts(point.text()) + "'";
                }
            }
        }
        if (said.stream().noneMatch(a -> a.has(Move.PARAPHRASE))) {
            return "Sum up their problem in neutral words and check you have it right: 'So the main issue is ...,"
                    + " is that right?'";
        }
        boolean asked = said.stream()
                .anyMatch(a -> a.moves().stream().anyMatch(m -> m.move().isQuestion()));
        Optional<DecisionMap> map = scenario.decisionMap();
        if (!asked) {
            String fact = map.flatMap(m -> m.factsToFind().stream().findFirst())
                    .map(f -> " For example: " + lowerFirst(f) + ".")
                    .orElse("");
            return "Ask for the facts before solving." + fact;
        }
        for (KeyPoint point : scenario.learner().keyPoints()) {
            if (said.stream().noneMatch(a -> point.isMadeIn(a.text()))) {
                return "Say what you came to say, plainly and once: '" + scenario.withFacts(point.text()) + "'";
            }
        }
        if (said.stream().noneMatch(a -> a.has(Move.NEXT_STEP) || a.has(Move.OFFER_OPTION))) {
            String offer = map.flatMap(m -> m.mayOffer().stream().findFirst())
                    .map(o -> " (" + lowerFirst(o) + ")")
                    .orElse("");
            return "Offer what you can" + offer + " and a concrete next step: who does what, by when.";
        }
        if (said.stream().noneMatch(a -> a.has(Move.CLOSING_CHECK))) {
            return "Check whether anything is left: 'Does that cover everything, or is there something I have"
                    + " missed?'";
        }
        return "Keep it short and steady: one point per turn, and let them answer.";
    }

    private static void phraseFindings(List<Turn> learner, List<Finding> findings) {
        for (Turn turn : learner) {
            UtteranceAnalysis analysis = turn.analysis().orElseThrow();
            for (Flag flag : analysis.flags()) {
                boolean duplicate =
                        findings.stream().anyMatch(f -> f.turn() == turn.number() && f.category() == flag.category());
                if (duplicate) {
                    continue;
                }
                Optional<String> rewrite = Optional.empty();
                String why = flag.category().why();
                if (flag.category().isProblem()) {
                    Rewrites.Advice advice = Rewrites.Advice.of(alternativeFor(flag));
                    rewrite = Optional.of(Rewrites.replaceSentence(turn.text(), flag.span(), advice.replacement()));
                    why = advice.tip().isEmpty() ? why : why + " " + advice.tip();
                }
                findings.add(new Finding(turn.number(), flag.quote(), flag.category(), why, rewrite));
            }
        }
    }

    private static String alternativeFor(Flag flag) {
        return flag.alternative().isBlank() ? Rewrites.defaultAlternative(flag.category()) : flag.alternative();
    }

    private static void conversationFindings(
            Scenario scenario, CounterpartState start, List<Turn> learner, Outcome outcome, List<Finding> findings) {
        if (learner.isEmpty()) {
            for (KeyPoint point : scenario.learner().keyPoints()) {
                findings.add(new Finding(
                        0,
                        "",
                        FindingCategory.UNSAID_KEY_POINT,
                        "You came to say: '" + scenario.withFacts(point.text())
                                + "'. The run ended before you said anything.",
                        Optional.of(scenario.withFacts(point.text()))));
            }
            return;
        }
        Turn first = learner.getFirst();
        Turn last = learner.getLast();
        Optional<DecisionMap> map = scenario.decisionMap();
        boolean long_ = learner.size() >= 3 || outcome.isFinal();
        boolean raisingIt = scenario.opener() == Scenario.Opener.LEARNER;

        List<Turn> opening = learner.subList(0, Math.min(2, learner.size()));
        boolean acknowledgedEarly = opening.stream()
                .map(t -> t.analysis().orElseThrow())
                .anyMatch(a -> a.has(Move.ACKNOWLEDGE)
                        || a.has(Move.PARAPHRASE)
                        || a.has(FindingCategory.EMPATHY)
                        || a.has(FindingCategory.ACKNOWLEDGEMENT));
        if (start.anger() >= 35 && !acknowledgedEarly) {
            Turn anchor = firstWith(learner, Move.OFFER_OPTION, Move.EXPLAIN, Move.CITE_POLICY, Move.STATE_LIMIT)
                    .orElse(first);
            findings.add(new Finding(
                    anchor.number(),
                    anchor.text(),
                    FindingCategory.MISSING_ACKNOWLEDGEMENT,
                    "They opened upset and you moved on without naming the impact. "
                            + FindingCategory.MISSING_ACKNOWLEDGEMENT.why(),
                    Optional.of("Before anything else: I can hear how much this has cost you, and I want to get it"
                            + " right.")));
        }

        if (long_ && learner.stream().noneMatch(t -> has(t, Move.PARAPHRASE))) {
            Turn anchor = learner.size() > 1 ? learner.get(1) : first;
            String concern = map.map(m -> lowerFirst(stripStop(m.concern()))).orElse("what you just described");
            findings.add(new Finding(
                    anchor.number(),
                    anchor.text(),
                    FindingCategory.MISSING_PARAPHRASE,
                    (raisingIt
                                    ? "You never said their side back to them. "
                                    : "You never said their problem back to them. ")
                            + FindingCategory.MISSING_PARAPHRASE.why(),
                    Optional.of(
                            raisingIt
                                    ? "So what I'm hearing is that this feels unfair to you. Is that right?"
                                    : "So if I have this right, the main issue is " + concern + ". Is that right?")));
        }

        Optional<Turn> firstSolving = firstWith(learner, Move.OFFER_OPTION, Move.CITE_POLICY, Move.STATE_LIMIT);
        Optional<Turn> firstQuestion = learner.stream()
                .filter(t -> t.analysis().orElseThrow().moves().stream()
                        .anyMatch(m -> m.move().isQuestion()))
                .findFirst();
        boolean solvedBeforeAsking = firstSolving.isPresent()
                && (firstQuestion.isEmpty()
                        || firstQuestion.get().number() > firstSolving.get().number());
        if (solvedBeforeAsking || (long_ && firstQuestion.isEmpty())) {
            Turn anchor = firstSolving.orElse(first);
            String fact = map.flatMap(m -> m.factsToFind().stream().findFirst())
                    .map(f -> ": " + lowerFirst(stripStop(f)))
                    .orElse("");
            findings.add(new Finding(
                    anchor.number(),
                    anchor.text(),
                    FindingCategory.MISSING_QUESTION,
                    raisingIt
                            ? "You never asked for their side. Hearing it is what makes them listen to yours."
                            : "You moved to answers before asking what happened. "
                                    + FindingCategory.MISSING_QUESTION.why(),
                    Optional.of(
                            raisingIt
                                    ? "How does that land with you? I'd like to hear your side."
                                    : "Before I suggest anything, can you walk me through what happened" + fact
                                            + "?")));
        }

        if (long_ && learner.stream().noneMatch(t -> has(t, Move.NEXT_STEP))) {
            findings.add(new Finding(
                    last.number(),
                    last.text(),
                    FindingCategory.MISSING_NEXT_STEP,
                    "The conversation ended without a concrete next step. " + FindingCategory.MISSING_NEXT_STEP.why(),
                    Optional.of(
                            map.isPresent()
                                    ? "Here is the next step: "
                                            + map.flatMap(m -> m.mayOffer().stream()
                                                            .findFirst())
                                                    .map(o -> lowerFirst(stripStop(o)))
                                                    .orElse("I will follow up on this")
                                            + ". I will set it up today, and you will hear from me by a time we agree"
                                            + " now."
                                    : "So that's what we've agreed: "
                                            + scenario.learner().keyPoints().stream()
                                                    .findFirst()
                                                    .map(k -> lowerFirst(stripStop(scenario.withFacts(k.text()))))
                                                    .orElse("what we just discussed")
                                            + ". Let's check in on how it's going in two weeks.")));
        }

        boolean reachedClose = learner.size() >= 4 || outcome == Outcome.RESOLVED;
        if (reachedClose && learner.stream().noneMatch(t -> has(t, Move.CLOSING_CHECK))) {
            findings.add(new Finding(
                    last.number(),
                    last.text(),
                    FindingCategory.MISSING_CLOSING_CHECK,
                    "You never checked whether they were satisfied or had anything left. "
                            + FindingCategory.MISSING_CLOSING_CHECK.why(),
                    Optional.of("Does that cover everything, or is there something I have missed?")));
        }

        for (KeyPoint point : scenario.learner().keyPoints()) {
            Optional<Turn> made =
                    learner.stream().filter(t -> point.isMadeIn(t.text())).findFirst();
            if (made.isPresent()) {
                findings.add(new Finding(
                        made.get().number(),
                        Rewrites.sentenceWith(made.get().text(), point.cues()),
                        FindingCategory.KEY_POINT_MADE,
                        "You said what you came to say: " + scenario.withFacts(point.text()),
                        Optional.empty()));
            } else {
                findings.add(new Finding(
                        last.number(),
                        last.text(),
                        FindingCategory.UNSAID_KEY_POINT,
                        "You came to say: '" + scenario.withFacts(point.text())
                                + "', and the conversation ended without it. " + FindingCategory.UNSAID_KEY_POINT.why(),
                        Optional.of(scenario.withFacts(point.text()))));
            }
        }
    }

    private static Map<Skill, Integer> score(List<Finding> findings, Practice practice, List<Turn> learner) {
        Map<Skill, Double> raw = new EnumMap<>(Skill.class);
        for (Skill skill : Skill.values()) {
            raw.put(skill, (double) BASE_SCORE);
        }
        Map<FindingCategory, Integer> seen = new EnumMap<>(FindingCategory.class);
        for (Finding finding : findings) {
            int n = seen.merge(finding.category(), 1, Integer::sum);
            double weight = 1.0 / n; // the same habit again costs (or earns) less each time
            Impacts.of(finding.category()).forEach((skill, points) -> raw.merge(skill, points * weight, Double::sum));
        }
        boolean composed = findings.stream()
                .noneMatch(f -> f.category() == FindingCategory.REACTIVE
                        || f.category() == FindingCategory.BLAME
                        || f.category() == FindingCategory.DISMISSAL
                        || f.category() == FindingCategory.CONDESCENSION);
        if (composed && !learner.isEmpty()) {
            raw.merge(Skill.COMPOSURE, 15.0, Double::sum);
        }
        raw.merge(Skill.GOAL, outcomePoints(practice.outcome()), Double::sum);
        int calmed = practice.startingState().anger() - practice.state().anger();
        raw.merge(Skill.GOAL, calmed / 4.0, Double::sum);
        raw.merge(Skill.EMPATHY, calmed / 5.0, Double::sum);
        if (learner.isEmpty()) {
            raw.replaceAll((skill, value) -> Math.min(value, 20.0));
        }
        Map<Skill, Integer> scores = new LinkedHashMap<>();
        raw.forEach((skill, value) -> scores.put(skill, (int) Math.round(Math.max(0, Math.min(100, value)))));
        return scores;
    }

    private static double outcomePoints(Outcome outcome) {
        return switch (outcome) {
            case RESOLVED -> 20;
            case ESCALATED -> -20;
            case WALKED_AWAY -> -15;
            case ENDED_BY_LEARNER -> -5;
            case IN_PROGRESS, STOPPED_FOR_SAFETY -> 0;
        };
    }

    private static int overall(Map<Skill, Integer> skills) {
        double sum = 0;
        double weights = 0;
        for (Map.Entry<Skill, Integer> e : skills.entrySet()) {
            double w = e.getKey() == Skill.GOAL ? 1.5 : 1.0;
            sum += e.getValue() * w;
            weights += w;
        }
        return (int) Math.round(sum / weights);
    }

    private static List<TurningPoint> turningPoints(List<Turn> turns, CounterpartState start) {
        List<TurningPoint> points = new ArrayList<>();
        int before = start.anger();
        Turn lastLearner = null;
        for (Turn turn : turns) {
            if (turn.speaker() == Speaker.LEARNER) {
                lastLearner = turn;
                continue;
            }
            CounterpartState state = turn.state().orElseThrow();
            if (lastLearner != null && Math.abs(state.anger() - before) >= TURNING_POINT_MIN) {
                points.add(new TurningPoint(
                        turn.number(),
                        lastLearner.number(),
                        lastLearner.text(),
                        before,
                        state.anger(),
                        state.movedBy()));
            }
            before = state.anger();
        }
        return points.stream()
                .sorted(Comparator.comparingInt((TurningPoint p) -> -Math.abs(p.after() - p.before())))
                .limit(MAX_TURNING_POINTS)
                .sorted(Comparator.comparingInt(TurningPoint::turn))
                .toList();
    }

    private static List<String> focus(List<Finding> findings) {
        Map<FindingCategory, Double> weight = new EnumMap<>(FindingCategory.class);
        for (Finding f : findings) {
            if (f.isProblem()) {
                double cost = Impacts.of(f.category()).values().stream()
                        .mapToDouble(Math::abs)
                        .sum();
                weight.merge(f.category(), cost, Double::sum);
            }
        }
        List<String> focus = new ArrayList<>(weight.entrySet().stream()
                .sorted(Map.Entry.<FindingCategory, Double>comparingByValue().reversed())
                .limit(3)
                .map(e -> Impacts.advice(e.getKey()))
                .toList());
        for (Finding f : findings) {
            if (focus.size() >= 3) {
                break;
            }
            String keep = "Keep doing this: " + f.category().title().toLowerCase(Locale.ROOT);
            if (!f.isProblem() && focus.stream().noneMatch(s -> s.startsWith(keep))) {
                focus.add(keep + ", as in \"" + f.quote() + "\"");
            }
        }
        return focus;
    }

    private static List<Answer> answers(Scenario scenario, List<Turn> learner, List<Finding> findings) {
        List<Answer> answers = new ArrayList<>();
        answers.add(new Answer(
                "Where did I sound apologetic when I shouldn't have?",
                quoted(findings, "You did not over-apologise.", FindingCategory.OVER_APOLOGY)));
        answers.add(new Answer(
                "Where did I give them room to push me off my position?",
                quoted(
                        findings,
                        "Nowhere obvious: you held your position without hedging or giving ground.",
                        FindingCategory.CONCESSION,
                        FindingCategory.HEDGING)));
        answers.add(new Answer(
                "What did I avoid that I should have said directly?",
                findings.stream().anyMatch(f -> f.category() == FindingCategory.UNSAID_KEY_POINT)
                        ? "You never said: "
                                + String.join(
                                        "; ",
                                        findings.stream()
                                                .filter(f -> f.category() == FindingCategory.UNSAID_KEY_POINT)
                                                .map(f -> stripStop(f.rewrite().orElse("")))
                                                .toList())
                                + "."
                        : "Nothing you came to say was left out."));
        answers.add(new Answer(
                "Did I get reactive?",
                quoted(
                        findings,
                        "No: you stayed composed.",
                        FindingCategory.REACTIVE,
                        FindingCategory.BLAME,
                        FindingCategory.DISMISSAL,
                        FindingCategory.CONDESCENSION,
                        FindingCategory.JUDGEMENTAL_FRAMING)));
        long made = findings.stream()
                .filter(f -> f.category() == FindingCategory.KEY_POINT_MADE)
                .count();
        int total = scenario.learner().keyPoints().size();
        answers.add(new Answer(
                "Did I say what I came to say?",
                made == total
                        ? "Yes: all " + total + " of your key points."
                        : "Partly: " + made + " of " + total + " key points. "
                                + answers.get(2).answer()));
        answers.add(new Answer("Did I promise anything that now needs follow-up?", promises(learner, findings)));
        return answers;
    }

    private static String promises(List<Turn> learner, List<Finding> findings) {
        List<String> promised = new ArrayList<>();
        for (Turn t : learner) {
            UtteranceAnalysis a = t.analysis().orElseThrow();
            a.moves().stream()
                    .filter(m -> m.move() == Move.PROMISE || m.move() == Move.NEXT_STEP)
                    .forEach(m -> promised.add("turn " + t.number() + ": \"" + m.quote() + "\""));
        }
        String risky = quoted(findings, "", FindingCategory.OVER_PROMISE, FindingCategory.GUESSING);
        if (promised.isEmpty() && risky.isEmpty()) {
            return "No: you made no commitments to follow up on.";
        }
        String base = promised.isEmpty() ? "" : "Follow up on " + String.join("; ", promised) + ".";
        return risky.isEmpty() ? base : (base + " Risky: " + risky).strip();
    }

    private static String quoted(List<Finding> findings, String none, FindingCategory... categories) {
        List<String> quotes = new ArrayList<>();
        for (Finding f : findings) {
            for (FindingCategory c : categories) {
                if (f.category() == c) {
                    quotes.add("turn " + f.turn() + ": \"" + f.quote() + "\" ("
                            + c.title().toLowerCase(Locale.ROOT) + ")");
                }
            }
        }
        return quotes.isEmpty() ? none : String.join("; ", quotes) + ".";
    }

    private static Optional<Turn> firstWith(List<Turn> turns, Move... moves) {
        return turns.stream()
                .filter(t -> {
                    for (Move m : moves) {
                        if (has(t, m)) {
                            return true;
                        }
                    }
                    return false;
                })
                .findFirst();
    }

    private static boolean has(Turn turn, Move move) {
        return turn.analysis().map(a -> a.has(move)).orElse(false);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String stripStop(String s) {
        return s.strip().replaceAll("[.!]+$", "");
    }
}
