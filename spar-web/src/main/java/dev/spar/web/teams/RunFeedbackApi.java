package dev.spar.web.teams;

import dev.spar.web.practice.SessionRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A run or reviewed real conversation in a team: sharing it with one's coaches, comments on its turns, disputed
 * findings and their settling, and submitting a conversation for a review assignment.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Teams", description = "Teams, assignments, scorecards, drills and dashboards (accounts mode)")
class RunFeedbackApi {
    private final Feedback feedback;
    private final AssignmentBook assignments;

    RunFeedbackApi(Feedback feedback, AssignmentBook assignments) {
        this.feedback = feedback;
        this.assignments = assignments;
    }

    @Schema(description = "A comment on one turn.")
    record CommentRequest(@Schema(example = "3") Integer turn, String text) {}

    @Schema(description = "A finding the learner disputes: its turn and category as the review gives them, and why.")
    record DisputeRequest(
            Integer turn, @Schema(example = "hedging") String category, String reason) {}

    @Schema(description = "How a coach settles a dispute: upheld (the finding stands) or not, with a note.")
    record SettleRequest(Boolean upheld, String note) {}

    @PostMapping({"/sessions/{id}/share", "/reviews/{id}/share"})
    @Operation(summary = "Shares your run or reviewed conversation with the coaches of your teams")
    Map<String, Object> share(@PathVariable String id) {
        return sharing(id, true);
    }

    @DeleteMapping({"/sessions/{id}/share", "/reviews/{id}/share"})
    @Operation(
            summary = "Makes your run or reviewed conversation private again (one that answers an assignment stays"
                    + " visible to that team's coaches)")
    Map<String, Object> unshare(@PathVariable String id) {
        return sharing(id, false);
    }

    @PostMapping(
            path = {"/sessions/{id}/comments", "/reviews/{id}/comments"},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Comments on a turn of a run or reviewed conversation you may see (yours, or a shared or"
                    + " assigned one you coach)")
    Feedback.Comment comment(@PathVariable String id, @RequestBody CommentRequest request) {
        return feedback.comment(TeamAccess.checkedId(id), request.turn(), request.text());
    }

    @GetMapping({"/sessions/{id}/comments", "/reviews/{id}/comments"})
    @Operation(summary = "Lists the comments on a run or reviewed conversation you may see, oldest first")
    List<Feedback.Comment> comments(@PathVariable String id) {
        return feedback.comments(TeamAccess.checkedId(id));
    }

    @PostMapping(
            path = {"/sessions/{id}/disputes", "/reviews/{id}/disputes"},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Disputes a finding of your run or reviewed conversation (\"that is not what I meant\");"
                    + " a coach settles it")
    Feedback.DisputeView dispute(@PathVariable String id, @RequestBody DisputeRequest request) {
        return feedback.dispute(TeamAccess.checkedId(id), request.turn(), request.category(), request.reason());
    }

    @GetMapping({"/sessions/{id}/disputes", "/reviews/{id}/disputes"})
    @Operation(summary = "Lists the disputed findings of a run or reviewed conversation you may see")
    List<Feedback.DisputeView> disputes(@PathVariable String id) {
        return feedback.disputes(TeamAccess.checkedId(id));
    }

    @PostMapping(path = "/disputes/{id}/settle", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Settles a dispute on a run or conversation you coach: upheld (the finding stands) or"
                    + " overturned")
    Feedback.DisputeView settle(@PathVariable String id, @RequestBody SettleRequest request) {
        return feedback.settle(id, request.upheld(), request.note());
    }

    @PostMapping(path = "/assignments/{id}/conversations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submits one of your reviewed real conversations as an attempt at a review assignment")
    TeamJson.MineJson submit(@PathVariable String id, @RequestBody SubmitRequest request) {
        return TeamJson.mine(assignments.submit(TeamAccess.checkedId(id), request.conversationId()));
    }

    @Schema(description = "A reviewed conversation of yours (POST /api/reviews) that answers a review assignment.")
    record SubmitRequest(String conversationId) {}

    private Map<String, Object> sharing(String id, boolean shared) {
        String subject = TeamAccess.checkedId(id);
        SessionRepository.Sharing now = feedback.share(subject, shared);
        return Map.of(
                "id",
                subject,
                "shared",
                now.shared(),
                "assigned",
                now.assignmentId().isPresent());
    }
}
