package dev.spar.teams;

import dev.spar.analysis.FindingCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Finds the problems that keep coming back across a team, for the coach to drill. */
public final class TeamHabits {
    private static final int QUOTES = 3;

    private TeamHabits() {}

    /**
     * Returns the problem categories found in at least {@code minPeople} people, most widespread first.
     *
     * <p>Ordered by people, then times, then the category's own order. Each habit quotes up to three examples:
     * one from each person first (those who did it most often first, then by name), then more from the same
     * people if fewer than three did it. Strengths are not habits and are left out.
     *
     * @param byPerson each person's evidence, from any number of runs
     * @param minPeople at least 1
     */
    public static List<TeamHabit> habits(Map<String, List<Evidence>> byPerson, int minPeople) {
        if (minPeople < 1) {
            throw new IllegalArgumentException("a habit is found in at least 1 person, was asked for " + minPeople);
        }
        Map<FindingCategory, Map<String, List<Evidence>>> found = new EnumMap<>(FindingCategory.class);
        for (Map.Entry<String, List<Evidence>> person : new TreeMap<>(byPerson).entrySet()) {
            for (Evidence e : person.getValue()) {
                if (e.isProblem()) {
                    found.computeIfAbsent(e.category(), c -> new TreeMap<>())
                            .computeIfAbsent(person.getKey(), p -> new ArrayList<>())
                            .add(e);
                }
            }
        }
        List<TeamHabit> habits = new ArrayList<>();
        found.forEach((category, people) -> {
            if (people.size() >= minPeople) {
                int times = people.values().stream().mapToInt(List::size).sum();
                habits.add(new TeamHabit(category, people.size(), times, quotes(people)));
            }
        });
        habits.sort(Comparator.comparingInt(TeamHabit::people)
                .thenComparingInt(TeamHabit::times)
                .reversed()
                .thenComparing(TeamHabit::category));
        return List.copyOf(habits);
    }

    private static List<QuotedBy> quotes(Map<String, List<Evidence>> people) {
        List<Map.Entry<String, List<Evidence>>> mostFirst = people.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Evidence>> p) ->
                                p.getValue().size())
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
        Set<QuotedBy> picked = new LinkedHashSet<>();
        int deepest = mostFirst.getFirst().getValue().size();
        for (int round = 0; round < deepest && picked.size() < QUOTES; round++) {
            for (Map.Entry<String, List<Evidence>> person : mostFirst) {
                if (round < person.getValue().size() && picked.size() < QUOTES) {
                    picked.add(new QuotedBy(
                            person.getKey(), person.getValue().get(round).quote()));
                }
            }
        }
        return List.copyOf(picked);
    }
}
