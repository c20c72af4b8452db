package dev.spar.web.teams;

import dev.spar.teams.Check;
import dev.spar.web.teams.TeamJson.MineJson;
import dev.spar.web.teams.TeamJson.ProgressJson;
import dev.spar.web.teams.TeamJson.ResultJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team API (accounts mode): teams and people, assignments, scorecards, the weekly rhythm and the dashboards, so a
 * script can run a team's week. Run-level calls (share, comments, disputes) are in {@link RunFeedbackApi}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Teams", description = "Teams, assignments, scorecards, drills and dashboards (accounts mode)")
class TeamsApi {
    private static final int LIST = 20;

    private final Teams teams;
    private final AssignmentBook assignments;
    private final Scorecards scorecards;
    private final WeeklyRhythm weekly;
    private final TeamDashboard dashboard;
    private final TeamData data;
    private final Feedback feedback;
    private final AuditLog audit;
    private final TeamAccess access;

    TeamsApi(
            Teams teams,
            AssignmentBook assignments,
            Scorecards scorecards,
            WeeklyRhythm weekly,
            TeamDashboard dashboard,
            TeamData data,
            Feedback feedback,
            AuditLog audit,
            TeamAccess access) {
        this.teams = teams;
        this.assignments = assignments;
        this.scorecards = scorecards;
        this.weekly = weekly;
        this.dashboard = dashboard;
        this.data = data;
        this.feedback = feedback;
        this.audit = audit;
        this.access = access;
    }

    @Schema(description = "A new team.")
    record TeamRequest(@Schema(example = "Support, EMEA") String name) {}

    @Schema(description = "An invitation into a team: the person's name and their role.")
    record InvitationRequest(
            String name,
            @Schema(description = "learner or coach") String role) {}

    @Schema(description = "People to invite: CSV lines of name,email,role (email is not kept; role learner if empty).")
    record CsvRequest(String csv) {}

    @Schema(description = "A person with an account, added to the team.")
    record MemberRequest(
            String username,
            @Schema(description = "learner or coach") String role) {}

    @Schema(description = "A one-time sign-up link into the team.")
    record InvitationJson(String code, String link, String name, String role, String expiresAt, String status) {}

    @Schema(description = "A team and the caller's role in it (absent for an administrator who is not in it).")
    record TeamView(String id, String name, String role, String createdAt) {}

    @Schema(description = "A coach's mark on one criterion of a run: by hand, or overriding Spar's (with a reason).")
    record MarkRequest(
            String criterion,
            @Schema(description = "yes, no, n/a, or 1 to 5") String mark,
            String reason,
            Boolean override) {}

    @Schema(description = "A rewrite of a drill's reply.")
    record RewriteRequest(String text) {}

    @Schema(description = "An automatic check a scorecard criterion can use.")
    record CheckJson(String id, String name, String description) {}

    // Teams and people

    @PostMapping(path = "/teams", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Creates a team (administrators)")
    TeamView create(@RequestBody TeamRequest request) {
        Teams.Team t = teams.create(request.name());
        return new TeamView(t.id(), t.name(), null, t.createdAt().toString());
    }

    @GetMapping("/teams")
    @Operation(summary = "Lists your teams with your role in each (administrators: every team)")
    List<TeamView> teams() {
        return teams.mine().stream().map(TeamsApi::team).toList();
    }

    @GetMapping("/teams/{id}")
    @Operation(summary = "Returns a team you are in")
    TeamView team(@PathVariable String id) {
        return team(teams.get(id));
    }

    @GetMapping("/teams/{id}/members")
    @Operation(summary = "Lists a team's members (coaches and administrators)")
    List<Teams.Member> members(@PathVariable String id) {
        return teams.members(id);
    }

    @PostMapping(path = "/teams/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Adds a person who has an account, or changes their role (administrators)")
    Teams.Member add(@PathVariable String id, @RequestBody MemberRequest request) {
        return teams.add(id, request.username(), request.role());
    }

    @DeleteMapping("/teams/{id}/members/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes a person from the team; their runs stay theirs (administrators)")
    void remove(@PathVariable String id, @PathVariable String username) {
        teams.remove(id, username);
    }

    @DeleteMapping("/teams/{id}/members/{username}/data")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a member's data on request; with account=true, their account too (administrators)")
    void forget(
            @PathVariable String id,
            @PathVariable String username,
            @RequestParam(defaultValue = "false") boolean account) {
        data.forget(id, username, account);
    }

    @PostMapping(path = "/teams/{id}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invites a person as learner or coach; returns a one-time sign-up link (administrators)")
    InvitationJson invite(@PathVariable String id, @RequestBody InvitationRequest request, HttpServletRequest http) {
        return invitation(teams.invite(id, request.name(), request.role()), http);
    }

    @PostMapping(path = "/teams/{id}/invitations/csv", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invites everyone in a CSV of name,email,role, all or none (administrators)")
    List<InvitationJson> inviteAll(@PathVariable String id, @RequestBody CsvRequest request, HttpServletRequest http) {
        return teams.inviteAll(id, request.csv()).stream()
                .map(i -> invitation(i, http))
                .toList();
    }

    @GetMapping("/teams/{id}/invitations")
    @Operation(summary = "Lists the team's invitations and whether each is open, used, revoked or expired")
    List<InvitationJson> invitations(@PathVariable String id, HttpServletRequest http) {
        return teams.invitations(id).stream().map(i -> invitation(i, http)).toList();
    }

    @DeleteMapping("/teams/{id}/invitations/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revokes an unused invitation (administrators)")
    void revoke(@PathVariable String id, @PathVariable String code) {
        teams.revoke(id, code);
    }

    // Assignments

    @PostMapping(path = "/teams/{id}/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Assigns a scenario (scenarioId) or a team drill (drillId) with a due date and an optional pass"
                    + " rule (minScore, attempts) to the team or some of its learners (people); coaches")
    AssignmentBook.Assignment assign(@PathVariable String id, @RequestBody AssignmentBook.Request request) {
        return assignments.create(id, request);
    }

    @GetMapping("/teams/{id}/assignments")
    @Operation(summary = "Lists the team's assignments with where each person stands (coaches)")
    List<ProgressJson> assignments(@PathVariable String id) {
        return assignments.ofTeam(id).stream().map(TeamJson::progress).toList();
    }

    @GetMapping("/teams/{id}/assignments/{assignmentId}")
    @Operation(summary = "Returns one assignment: per person status, runs and scores (coaches)")
    ProgressJson assignment(@PathVariable String id, @PathVariable String assignmentId) {
        return TeamJson.progress(assignments.get(id, assignmentId));
    }

    @DeleteMapping("/teams/{id}/assignments/{assignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes an assignment; the runs made for it stay their owners' (coaches)")
    void unassign(@PathVariable String id, @PathVariable String assignmentId) {
        assignments.delete(id, assignmentId);
    }

    @GetMapping("/assignments")
    @Operation(summary = "Lists your assignments in all your teams, soonest due first, with your status")
    List<MineJson> mine() {
        return assignments.mine().stream().map(TeamJson::mine).toList();
    }

    // Scorecards

    @GetMapping("/teams/{id}/scorecard")
    @Operation(summary = "Returns the team's scorecard (a default one until a coach sets it)")
    Scorecards.CardJson scorecard(@PathVariable String id) {
        return Scorecards.json(scorecards.card(id));
    }

    @PutMapping(path = "/teams/{id}/scorecard", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sets the team's scorecard: criteria with weights, scales, automatic checks (coaches)")
    Scorecards.CardJson setScorecard(@PathVariable String id, @RequestBody Scorecards.CardJson card) {
        return Scorecards.json(scorecards.set(id, card));
    }

    @GetMapping("/scorecard-checks")
    @Operation(summary = "Lists the automatic checks a scorecard criterion can use")
    List<CheckJson> checks() {
        return java.util.Arrays.stream(Check.values())
                .map(c -> new CheckJson(Scorecards.id(c), c.title(), c.description()))
                .toList();
    }

    @GetMapping("/teams/{id}/sessions/{sessionId}/scorecard")
    @Operation(summary = "Scores a run on the team's card (the team's coaches who may see it, and its owner)")
    ResultJson result(@PathVariable String id, @PathVariable String sessionId) {
        return TeamJson.result(scorecards.result(id, dev.spar.web.practice.Limits.sessionId(sessionId)));
    }

    @PostMapping(path = "/teams/{id}/sessions/{sessionId}/scorecard/marks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Marks a criterion of a run by hand or overrides Spar's mark with a reason (coaches)")
    ResultJson mark(@PathVariable String id, @PathVariable String sessionId, @RequestBody MarkRequest request) {
        return TeamJson.result(scorecards.mark(
                id,
                dev.spar.web.practice.Limits.sessionId(sessionId),
                request.criterion(),
                request.mark(),
                request.reason(),
                Boolean.TRUE.equals(request.override())));
    }

    // The weekly rhythm

    @PostMapping(path = "/teams/{id}/highlights", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Shares a moment (a turn of a run or of your reviewed real conversation) as the team's"
                    + " conversation of the week, with a note (coaches)")
    WeeklyRhythm.Highlight highlight(@PathVariable String id, @RequestBody WeeklyRhythm.HighlightRequest request) {
        return weekly.highlight(id, request);
    }

    @GetMapping("/teams/{id}/highlights")
    @Operation(summary = "Lists the team's conversations of the week, newest first")
    List<WeeklyRhythm.Highlight> highlights(@PathVariable String id) {
        return weekly.highlights(id, LIST);
    }

    @PostMapping(path = "/teams/{id}/drills", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Sets a Monday drill: a real reply to rewrite with one pattern (personal data removed);"
                    + " coaches")
    WeeklyRhythm.TeamDrill drill(@PathVariable String id, @RequestBody WeeklyRhythm.DrillRequest request) {
        return weekly.createDrill(id, request);
    }

    @GetMapping("/teams/{id}/drills")
    @Operation(summary = "Lists the team's drills, newest first")
    List<WeeklyRhythm.TeamDrill> drills(@PathVariable String id) {
        return weekly.drills(id, LIST);
    }

    @PostMapping(path = "/drills/{drillId}/rewrites", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rewrites a drill's reply; returns the analysis' score and feedback")
    WeeklyRhythm.Rewrite rewrite(@PathVariable String drillId, @RequestBody RewriteRequest request) {
        return weekly.rewrite(drillId, request.text());
    }

    @GetMapping("/drills/{drillId}")
    @Operation(summary = "Returns a drill with the team's rewrites side by side (coaches) or your own (learners)")
    WeeklyRhythm.DrillRewrites rewrites(@PathVariable String drillId) {
        return weekly.rewrites(drillId);
    }

    // Dashboards and records

    @GetMapping("/teams/{id}/dashboard")
    @Operation(
            summary = "The coach's dashboard: completion, scores over time, skills by week, habits, disputes"
                    + " upheld per category, scorecard; shared and assigned runs only")
    TeamDashboard.Dashboard dashboard(@PathVariable String id) {
        return dashboard.of(id);
    }

    @GetMapping("/teams/{id}/disputes")
    @Operation(summary = "Lists the disputed findings on the team's visible runs (coaches)")
    List<Feedback.DisputeView> disputes(@PathVariable String id) {
        return feedback.ofTeam(id);
    }

    @GetMapping("/home")
    @Operation(
            summary = "A learner's home: assignments with status, comments waiting, the teams' latest moments and"
                    + " drills")
    Map<String, Object> home() {
        access.me();
        List<Map<String, Object>> weeklies = teams.mine().stream()
                .filter(m -> m.role().isPresent())
                .map(m -> Map.<String, Object>of(
                        "team", team(m),
                        "highlights", weekly.highlights(m.team().id(), 1),
                        "drills", weekly.drills(m.team().id(), 3)))
                .toList();
        return Map.of(
                "assignments",
                assignments.mine().stream().map(TeamJson::mine).toList(),
                "commentsWaiting",
                feedback.waiting(),
                "teams",
                weeklies);
    }

    @GetMapping("/teams/{id}/export")
    @Operation(summary = "Exports everything the team holds as JSON; never private practice (administrators)")
    org.springframework.http.ResponseEntity<Map<String, Object>> export(@PathVariable String id) {
        Map<String, Object> all = data.export(id);
        String name = ((Teams.Team) all.get("team"))
                .name()
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"team-" + name.replaceAll("^-|-$", "") + "-"
                                + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".json\"")
                .body(all);
    }

    @GetMapping("/teams/{id}/audit")
    @Operation(
            summary = "The audit log of what coaches and administrators did in the team, newest first"
                    + " (administrators)")
    List<AuditLog.Entry> audit(@PathVariable String id, @RequestParam(defaultValue = "100") int limit) {
        access.requireAdminOf(id);
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("The limit is 1 to 1000.");
        }
        return audit.of(id, limit);
    }

    private static TeamView team(Teams.Membership m) {
        return new TeamView(
                m.team().id(),
                m.team().name(),
                m.role().map(Role::id).orElse(null),
                m.team().createdAt().toString());
    }

    private static InvitationJson invitation(Teams.TeamInvitation i, HttpServletRequest http) {
        String status = i.status(java.time.Instant.now());
        String base = http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort();
        return new InvitationJson(
                i.code(),
                base + "/signup?code=" + i.code(),
                i.name(),
                i.role().id(),
                i.expiresAt().toString(),
                status);
    }
}
