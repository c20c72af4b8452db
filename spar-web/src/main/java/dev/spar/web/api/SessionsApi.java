package dev.spar.web.api;

import dev.spar.simulation.Outcome;
import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.api.ApiModels.BranchRequest;
import dev.spar.web.api.ApiModels.CommentJson;
import dev.spar.web.api.ApiModels.HintJson;
import dev.spar.web.api.ApiModels.SaidJson;
import dev.spar.web.api.ApiModels.ScenarioJson;
import dev.spar.web.api.ApiModels.SessionJson;
import dev.spar.web.api.ApiModels.SessionSummaryJson;
import dev.spar.web.api.ApiModels.StartRequest;
import dev.spar.web.api.ApiModels.TurnRequest;
import dev.spar.web.practice.Exports;
import dev.spar.web.practice.Limits;
import dev.spar.web.practice.NotFound;
import dev.spar.web.practice.PracticeService;
import dev.spar.web.practice.ScenarioCatalog;
import dev.spar.web.practice.SessionView;
import dev.spar.web.teams.AssignmentBook;
import dev.spar.web.teams.Feedback;
import dev.spar.web.teams.TeamAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API: the practice loop for scripts and other clients. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Practice", description = "Scenarios, sessions, turns and reviews")
class SessionsApi {
    private final PracticeService practice;
    private final ScenarioCatalog catalog;
    private final CurrentUser user;
    private final AssignmentBook assignments;
    private final TeamAccess access;
    private final Feedback feedback;

    SessionsApi(
            PracticeService practice,
            ScenarioCatalog catalog,
            CurrentUser user,
            AssignmentBook assignments,
            TeamAccess access,
            Feedback feedback) {
        this.practice = practice;
        this.catalog = catalog;
        this.user = user;
        this.assignments = assignments;
        this.access = access;
        this.feedback = feedback;
    }

    @GetMapping("/scenarios")
    @Operation(summary = "Lists the scenarios: the library and your own")
    List<ScenarioJson> scenarios() {
        return catalog.all(user.name()).stream().map(Json::scenario).toList();
    }

    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts a session; returns its id and the counterpart's opening line if they speak first")
    SessionJson start(@RequestBody StartRequest request) {
        if (request.assignmentId() != null) {
            if (request.scenarioId() != null || request.seed() != null || request.difficulty() != null) {
                throw new IllegalArgumentException(
                        "An assignment sets the scenario and its difficulty: send only {\"assignmentId\": \"...\"}.");
            }
            return Json.session(assignments.start(request.assignmentId()));
        }
        if (request.scenarioId() == null || request.scenarioId().isBlank()) {
            throw new IllegalArgumentException("Say which scenario: {\"scenarioId\": \"refund-outside-window\"}.");
        }
        return Json.session(practice.start(
                user.name(),
                Limits.id(request.scenarioId()),
                Optional.ofNullable(request.seed()),
                Optional.ofNullable(request.difficulty()),
                Boolean.TRUE.equals(request.surpriseMe())));
    }

    @GetMapping("/sessions")
    @Operation(
            summary = "Lists your sessions, newest first, a page at a time",
            description = "page counts from 0; size is 1 to 200 (default 50). The total is in the X-Total-Count"
                    + " header, and a Link header names the next page while there is one.")
    ResponseEntity<List<SessionSummaryJson>> sessions(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PracticeService.Page p = practice.page(user.name(), page, size);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", Integer.toString(p.total()));
        if (p.more()) {
            answer.header("Link", "</api/sessions?page=" + (page + 1) + "&size=" + size + ">; rel=\"next\"");
        }
        return answer.body(p.items().stream().map(Json::summary).toList());
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "Returns a session with its turns and, once ended, its critique")
    SessionJson session(@PathVariable String id) {
        String session = Limits.sessionId(id);
        if (!user.accounts()) {
            return Json.session(practice.view(user.name(), session));
        }
        String owner = access.runOwner(session);
        boolean mine = owner.equals(user.name());
        SessionView v = mine ? practice.view(owner, session) : practice.viewAsItStands(owner, session);
        List<CommentJson> comments = feedback.comments(session).stream()
                .map(c -> new CommentJson(c.id(), c.turn(), c.author(), c.text(), c.at().toString()))
                .toList();
        return Json.session(v, mine ? Optional.empty() : Optional.of(owner), feedback.sharing(session), comments);
    }

    @GetMapping("/sessions/{id}/review")
    @Operation(
            summary = "Returns the review of an ended session",
            description = "The session's \"critique\" on its own, read by whoever may read the session: its owner,"
                    + " or with accounts on a coach it was shared with. A session not ended, or stopped for safety (which"
                    + " is not reviewed), answers 404.")
    Map<String, Object> review(@PathVariable String id) {
        SessionJson v = session(id);
        if (v.critique() == null && Outcome.STOPPED_FOR_SAFETY.id().equals(v.outcome())) {
            throw new NotFound("Session " + v.id() + " stopped for safety, so it is not reviewed or scored; \"safety\""
                    + " on the session says what to do instead.");
        }
        if (v.critique() == null) {
            throw new NotFound("Session " + v.id() + " has not ended, so it has no review yet: end it with POST"
                    + " /api/sessions/" + v.id() + "/end.");
        }
        return v.critique();
    }

    @PostMapping(path = "/sessions/{id}/turns", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Says a learner line; returns the counterpart's reply and emotion")
    SaidJson say(@PathVariable String id, @RequestBody TurnRequest request) {
        if (request.text() == null) {
            throw new IllegalArgumentException("Send the line as {\"text\": \"...\"}.");
        }
        var said = practice.say(user.name(), Limits.sessionId(id), request.text());
        return new SaidJson(
                Json.turn(said.learner()),
                said.reply().map(Json::turn).orElse(null),
                said.state().anger(),
                said.state().trust(),
                said.outcome().id(),
                said.ended(),
                said.safetyConcern().map(c -> c.message()).orElse(null));
    }

    @PostMapping("/sessions/{id}/end")
    @Operation(summary = "Ends a session and returns it with its critique")
    SessionJson end(@PathVariable String id) {
        return Json.session(practice.end(user.name(), Limits.sessionId(id)));
    }

    @PostMapping("/sessions/{id}/hint")
    @Operation(summary = "Suggests the learner's next move")
    HintJson hint(@PathVariable String id) {
        return new HintJson(practice.hint(user.name(), Limits.sessionId(id)));
    }

    @PostMapping(path = "/sessions/{id}/branches", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts a branch that tries one of your turns again; the original is kept")
    SessionJson branch(@PathVariable String id, @RequestBody BranchRequest request) {
        if (request.learnerTurn() == null) {
            throw new IllegalArgumentException("Say which of your turns to try again: {\"learnerTurn\": 2}.");
        }
        return Json.session(practice.branch(user.name(), Limits.sessionId(id), request.learnerTurn()));
    }

    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a session")
    void delete(@PathVariable String id) {
        practice.delete(user.name(), Limits.sessionId(id));
    }

    @GetMapping(
            path = "/sessions/{id}/export",
            produces = {"text/markdown", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Exports a session as Markdown or JSON (format=markdown|json)")
    ResponseEntity<String> export(@PathVariable String id, @RequestParam(defaultValue = "json") String format) {
        return Exports.export(practice, practice.view(user.name(), Limits.sessionId(id)), format);
    }
}
