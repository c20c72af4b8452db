package dev.spar.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.FindingCategory;
import dev.spar.coaching.Skill;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTests {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static SessionRecord run(String scenario, LocalDate day, int score, String... problems) {
        return run(scenario, day, score, Optional.empty(), problems);
    }

    /** Returns a finished run whose findings are these problems, each with this rewrite if there is one. */
    private static SessionRecord run(
            String scenario, LocalDate day, int score, Optional<String> rewrite, String... problems) {
        StringBuilder findings = new StringBuilder();
        for (String p : problems) {
            if (!findings.isEmpty()) {
                findings.append(',');
            }
            findings.append("{\"turn\":2,\"quote\":\"I just think\",");
            rewrite.ifPresent(r -> findings.append("\"rewrite\":\"").append(r).append("\","));
            findings.append("\"category\":\"").append(p).append("\",\"kind\":\"problem\"}");
        }
        String report = "{\"critique\":{\"score\":" + score + ",\"skills\":{\"empathy\":" + score + "},\"findings\":["
                + findings + "]}}";
        Instant at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        return new SessionRecord(
                scenario + day + score,
                "local",
                scenario,
                "Title " + scenario,
                "",
                1,
                3,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true,
                "resolved",
                Optional.of(score),
                Optional.of(report),
                at,
                at);
    }

    @Test
    void countsTheStreakOfDaysUpToToday() {
        Progress p = Progress.of(
                List.of(
                        run("a", TODAY, 50),
                        run("a", TODAY.minusDays(1), 60),
                        run("b", TODAY.minusDays(2), 70),
                        run("b", TODAY.minusDays(4), 70)),
                TODAY,
                ZoneOffset.UTC);
        assertThat(p.streak()).isEqualTo(3);
        assertThat(p.practisedToday()).isTrue();
    }

    @Test
    void aStreakEndingYesterdayStillCountsUntilTodayIsOver() {
        Progress p = Progress.of(List.of(run("a", TODAY.minusDays(1), 60)), TODAY, ZoneOffset.UTC);
        assertThat(p.streak()).isOne();
        assertThat(p.practisedToday()).isFalse();
    }

    @Test
    void habitsAreProblemsThatCameUpInMoreThanOneRun() {
        Progress p = Progress.of(
                List.of(
                        run("a", TODAY, 50, "hedging", "hedging"),
                        run("a", TODAY.minusDays(1), 60, "hedging", "blame")),
                TODAY,
                ZoneOffset.UTC);
        assertThat(p.habits()).singleElement().satisfies(h -> {
            assertThat(h.category()).isEqualTo(FindingCategory.HEDGING);
            assertThat(h.runs()).isEqualTo(2);
            assertThat(h.times()).isEqualTo(3);
            assertThat(h.example()).isEqualTo("I just think");
        });
    }

    @Test
    void aKeyPointNeverSaidIsShownByThePointNotByTheLineTheRunEndedOn() {
        String point = "I cannot guarantee Saturday.";
        Progress p = Progress.of(
                List.of(
                        run("a", TODAY, 50, Optional.of(point), "unsaid-key-point"),
                        run("a", TODAY.minusDays(1), 60, Optional.of(point), "unsaid-key-point")),
                TODAY,
                ZoneOffset.UTC);
        assertThat(p.habits()).singleElement().satisfies(h -> {
            assertThat(h.category()).isEqualTo(FindingCategory.UNSAID_KEY_POINT);
            assertThat(h.example()).isEqualTo(point);
        });
    }

    @Test
    void scoresPerSkillAreInRunOrderAndRunsAreCountedPerScenario() {
        Progress p = Progress.of(
                List.of(run("a", TODAY, 80), run("a", TODAY.minusDays(3), 40), run("b", TODAY.minusDays(2), 65)),
                TODAY,
                ZoneOffset.UTC);
        assertThat(p.runs()).extracting(Progress.Run::score).containsExactly(40, 65, 80);
        assertThat(p.skillSeries().get(Skill.EMPATHY.title())).containsExactly(40, 65, 80);
        assertThat(p.scenarios().getFirst()).satisfies(s -> {
            assertThat(s.scenarioId()).isEqualTo("a");
            assertThat(s.runs()).isEqualTo(2);
            assertThat(s.best()).isEqualTo(80);
            assertThat(s.last()).isEqualTo(80);
        });
    }
}
