package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.simulation.Outcome;
import dev.spar.simulation.Practice;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores per skill and overall from the findings, the outcome and how much calmer they got; and what to focus on. */
final class Scores {
    private static final int BASE_SCORE = 60;

    private Scores() {}

    /**
     * Scores each skill from 60: the findings move it (the same habit again counts less each time), and so do the
     * outcome and how much calmer they got.
     */
    static Map<Skill, Integer> perSkill(List<Finding> findings, Practice practice, List<Turn> learner) {
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
                        || f.category() == FindingCategory.CONDESCENSION
                        || f.category() == FindingCategory.SARCASM
                        || f.category() == FindingCategory.ACCUSATION);
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

    /** Returns the mean of the skills, the goal counting one and a half times. */
    static int overall(Map<Skill, Integer> skills) {
        double sum = 0;
        double weights = 0;
        for (Map.Entry<Skill, Integer> e : skills.entrySet()) {
            double w = e.getKey() == Skill.GOAL ? 1.5 : 1.0;
            sum += e.getValue() * w;
            weights += w;
        }
        return (int) Math.round(sum / weights);
    }

    /** Returns up to three things to work on, the costliest habits first, then strengths to keep. */
    static List<String> focus(List<Finding> findings) {
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
}
