package dev.spar.web.teams;

import dev.spar.web.practice.Limits;
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

/** A run in a team: sharing it with one's coaches, comments on its turns, disputed findings and their settling. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Teams", description = "Teams, assignments, scorecards, drills and dashboards (accounts mode)")
class RunFeedbackApi {
    private final Feedback feedback;

    RunFeedbackApi(Feedback feedback) {
        this.feedback = feedback;
    }

    @Schema(description = "A comment on one turn.")
    record CommentRequest(@Schema(example = "3") Integer turn, String text) {}

    @Schema(description = "A finding the learner disputes: its turn and category as the review gives them, and why.")
    record DisputeRequest(
            Integer turn, @Schema(example = "hedging") String category, String reason) {}

    @Schema(description = "How a coach settles a dispute: upheld (the finding stands) or not, with a note.")
    record SettleRequest(Boolean upheld, String note) {}

    @PostMapping("/sessions/{id}/share")
    @Operation(summary = "Shares your run with the coaches of your teams")
    Map<String, Object> share(@PathVariable String id) {
        return sharing(id, true);
    }

    @DeleteMapping("/sessions/{id}/share")
    @Operation(summary = "Makes your run private again (a run made for an assignment stays visible to its coaches)")
    Map<String, Object> unshare(@PathVariable String id) {
        return sharing(id, false);
    }

    @PostMapping(path = "/sessions/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comments on a turn of a run you may see (yours, or a shared or assigned run you coach)")
    Feedback.Comment comment(@PathVariable String id, @RequestBody CommentRequest request) {
        return feedback.comment(Limits.sessionId(id), request.turn(), request.text());
    }

    @GetMapping("/sessions/{id}/comments")
    @Operation(summary = "Lists the comments on a run you may see, oldest first")
    List<Feedback.Comment> comments(@PathVariable String id) {
        return feedback.comments(Limits.sessionId(id));
    }

    @PostMapping(path = "/sessions/{id}/disputes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Disputes a finding of your ended run (\"that is not what I meant\"); a coach settles it")
    Feedback.DisputeView dispute(@PathVariable String id, @RequestBody DisputeRequest request) {
        return feedback.dispute(Limits.sessionId(id), request.turn(), request.category(), request.reason());
    }

    @GetMapping("/sessions/{id}/disputes")
    @Operation(summary = "Lists the disputed findings of a run you may see")
    List<Feedback.DisputeView> disputes(@PathVariable String id) {
        return feedback.disputes(Limits.sessionId(id));
    }

    @PostMapping(path = "/disputes/{id}/settle", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Settles a dispute on a run you coach: upheld (the finding stands) or overturned")
    Feedback.DisputeView settle(@PathVariable String id, @RequestBody SettleRequest request) {
        return feedback.settle(id, request.upheld(), request.note());
    }

    private Map<String, Object> sharing(String id, boolean shared) {
        String session = Limits.sessionId(id);
        SessionRepository.Sharing now = feedback.share(session, shared);
        return Map.of(
                "id",
                session,
                "shared",
                now.shared(),
                "assigned",
                now.assignmentId().isPresent());
    }
}
