package dev.spar.web.teams;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.spar.teams.Attempt;
import dev.spar.teams.CriterionResult;
import dev.spar.teams.ScorecardResult;
import dev.spar.teams.Standing;
import java.util.List;
import java.util.Locale;

/** The JSON the team API returns where the domain's own records would not read well. */
final class TeamJson {
    private TeamJson() {}

    /** Where a person stands on an assignment. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StandingJson(
            String status,
            String label,
            int attemptsUsed,
            Integer bestScore,
            Integer attemptsLeft,
            boolean failed,
            String summary) {}

    /** One attempt: a run (or a drill rewrite) and its score once ended. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AttemptJson(String runId, String started, boolean ended, Integer score) {}

    /** A person's standing and attempts. */
    record PersonJson(String username, StandingJson standing, List<AttemptJson> runs) {}

    /** An assignment with where its people stand. */
    record ProgressJson(AssignmentBook.Assignment assignment, int complete, int people, List<PersonJson> standings) {}

    /** One of the caller's assignments. */
    record MineJson(AssignmentBook.Assignment assignment, String team, StandingJson standing) {}

    /** One criterion's result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CriterionJson(
            String id,
            String name,
            int weight,
            boolean critical,
            String mark,
            String label,
            String source,
            String explanation,
            List<QuoteJson> quotes,
            String overrideReason,
            String overrideBy) {}

    /** A quote that decided a criterion. */
    record QuoteJson(int turn, String category, String quote) {}

    /** A run scored on a card. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResultJson(
            String card,
            Integer percent,
            boolean failedCritical,
            List<String> unmarked,
            List<CriterionJson> criteria) {}

    static StandingJson standing(Standing s) {
        return new StandingJson(
                s.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                s.status().label(),
                s.attemptsUsed(),
                s.bestScore().isPresent() ? s.bestScore().getAsInt() : null,
                s.attemptsLeft().isPresent() ? s.attemptsLeft().getAsInt() : null,
                s.failed(),
                s.summary());
    }

    static AttemptJson attempt(Attempt a) {
        return new AttemptJson(
                a.runId(),
                a.started().toString(),
                a.ended(),
                a.score().isPresent() ? a.score().getAsInt() : null);
    }

    static ProgressJson progress(AssignmentBook.Progress p) {
        return new ProgressJson(
                p.assignment(),
                p.complete(),
                p.people().size(),
                p.people().stream()
                        .map(s -> new PersonJson(
                                s.username(),
                                standing(s.standing()),
                                s.attempts().stream().map(TeamJson::attempt).toList()))
                        .toList());
    }

    static MineJson mine(AssignmentBook.Mine m) {
        return new MineJson(m.assignment(), m.teamName(), standing(m.standing()));
    }

    static ResultJson result(ScorecardResult r) {
        return new ResultJson(
                r.card().name(),
                r.percent().isPresent() ? r.percent().getAsInt() : null,
                r.failedCritical(),
                r.unmarked(),
                r.results().stream().map(TeamJson::criterion).toList());
    }

    private static CriterionJson criterion(CriterionResult c) {
        return new CriterionJson(
                c.criterion().id(),
                c.criterion().name(),
                c.criterion().weight(),
                c.criterion().critical(),
                c.source() == CriterionResult.Source.UNMARKED ? null : Scorecards.id(c.mark()),
                c.source() == CriterionResult.Source.UNMARKED
                        ? "Not marked yet"
                        : c.mark().label(),
                c.source().name().toLowerCase(Locale.ROOT),
                c.explanation(),
                c.quotes().stream()
                        .map(e -> new QuoteJson(e.turn(), e.category().id(), e.quote()))
                        .toList(),
                c.override().map(o -> o.reason()).orElse(null),
                c.override().map(o -> o.by()).orElse(null));
    }
}
