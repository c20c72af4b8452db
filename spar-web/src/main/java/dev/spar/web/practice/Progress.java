package dev.spar.web.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.analysis.FindingCategory;
import dev.spar.coaching.Skill;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a learner is doing over time, from their finished runs: scores per skill, runs per scenario, the
 * habits that keep coming back, and how many days in a row they have practised.
 *
 * @param runs finished runs, oldest first, with their scores
 * @param scenarios per scenario: how many runs, the best and the last score
 * @param habits problems that came up in more than one run, most frequent first
 * @param streak days in a row, up to today, with at least one run
 * @param practisedToday whether today is one of them
 */
public record Progress(
        List<Run> runs, List<ScenarioRuns> scenarios, List<Habit> habits, int streak, boolean practisedToday) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Progress {
        runs = List.copyOf(runs);
        scenarios = List.copyOf(scenarios);
        habits = List.copyOf(habits);
    }

    /** One finished run. */
    public record Run(String id, String scenarioTitle, LocalDate day, int score, Map<Skill, Integer> skills) {}

    /** Runs of one scenario. */
    public record ScenarioRuns(String scenarioId, String title, int runs, int best, int last) {}

    /**
     * A problem that keeps coming back.
     *
     * @param category what it is
     * @param runs in how many runs it came up
     * @param times how many times in all
     * @param example one of the learner's own quotes of it, the latest; for a key point never said, the point
     */
    public record Habit(FindingCategory category, int runs, int times, String example) {}

    /**
     * Works out progress from a learner's sessions (any order), as of today in this zone. A run stopped for safety
     * counts for nothing here: no score, no habit, no quote (it still counts as a day practised).
     */
    public static Progress of(List<SessionRecord> sessions, LocalDate today, ZoneId zone) {
        List<SessionRecord> ended = sessions.stream()
                .filter(s -> s.ended() && s.report().isPresent() && PracticeService.reviewed(s))
                .sorted(Comparator.comparing(SessionRecord::createdAt))
                .toList();
        List<Run> runs = new ArrayList<>();
        Map<String, ScenarioRuns> byScenario = new LinkedHashMap<>();
        Map<FindingCategory, int[]> counts = new LinkedHashMap<>();
        Map<FindingCategory, String> examples = new LinkedHashMap<>();
        for (SessionRecord s : ended) {
            JsonNode critique = read(s.report().orElseThrow()).path("critique");
            Map<Skill, Integer> skills = new LinkedHashMap<>();
            for (Skill skill : Skill.values()) {
                skills.put(skill, critique.path("skills").path(skill.id()).asInt());
            }
            int score = critique.path("score").asInt();
            runs.add(new Run(
                    s.id(), s.scenarioTitle(), s.createdAt().atZone(zone).toLocalDate(), score, skills));
            byScenario.merge(
                    s.scenarioId(),
                    new ScenarioRuns(s.scenarioId(), s.scenarioTitle(), 1, score, score),
                    (a, b) -> new ScenarioRuns(
                            a.scenarioId(), b.title(), a.runs() + 1, Math.max(a.best(), score), score));
            Set<FindingCategory> inThisRun = new HashSet<>();
            for (JsonNode f : critique.path("findings")) {
                if (!"problem".equals(f.path("kind").asText())) {
                    continue;
                }
                FindingCategory.byId(f.path("category").asText()).ifPresent(c -> {
                    int[] n = counts.computeIfAbsent(c, k -> new int[2]);
                    n[1]++;
                    if (inThisRun.add(c)) {
                        n[0]++;
                    }
                    // a key point never said is quoted by the line the run ended on; the point itself is the example
                    String example = c == FindingCategory.UNSAID_KEY_POINT
                                    && !f.path("rewrite").asText().isBlank()
                            ? f.path("rewrite").asText()
                            : f.path("quote").asText();
                    examples.put(c, example);
                });
            }
        }
        List<Habit> habits = counts.entrySet().stream()
                .filter(e -> e.getValue()[0] >= 2)
                .map(e -> new Habit(e.getKey(), e.getValue()[0], e.getValue()[1], examples.get(e.getKey())))
                .sorted(Comparator.comparingInt(Habit::runs)
                        .thenComparingInt(Habit::times)
                        .reversed())
                .toList();
        Set<LocalDate> days = new HashSet<>();
        sessions.forEach(s -> days.add(s.createdAt().atZone(zone).toLocalDate()));
        boolean practisedToday = days.contains(today);
        int streak = 0;
        for (LocalDate d = practisedToday ? today : today.minusDays(1); days.contains(d); d = d.minusDays(1)) {
            streak++;
        }
        List<ScenarioRuns> scenarios = new ArrayList<>(byScenario.values());
        scenarios.sort(Comparator.comparingInt(ScenarioRuns::runs).reversed());
        return new Progress(runs, scenarios, habits, streak, practisedToday);
    }

    /** Returns per skill the scores of each run, oldest first, for a chart. */
    public Map<String, List<Integer>> skillSeries() {
        Map<String, List<Integer>> series = new TreeMap<>();
        for (Skill skill : Skill.values()) {
            series.put(
                    skill.title(), runs.stream().map(r -> r.skills().get(skill)).toList());
        }
        return series;
    }

    private static JsonNode read(String report) {
        try {
            return JSON.readTree(report);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
