package dev.spar.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The JSON the API takes and returns. */
final class ApiModels {
    private ApiModels() {}

    @Schema(description = "Starts a practice session.")
    record StartRequest(
            @Schema(description = "Scenario id from GET /api/scenarios", example = "refund-outside-window")
            String scenarioId,

            @Schema(description = "Seed: the same seed and lines give the same run. Omit for a new one.")
            Long seed,

            @Schema(description = "1 (gentle) to 5 (hard); omit for the scenario's own", example = "3")
            Integer difficulty,

            @Schema(description = "Pushes back harder: more curveballs, always refuses the first option")
            Boolean surpriseMe,

            @Schema(description = "Answers one of your assignments (GET /api/assignments): its scenario, as assigned")
            String assignmentId) {}

    @Schema(description = "One learner turn.")
    record TurnRequest(
            @Schema(description = "What the learner says, up to 2000 characters")
            String text) {}

    @Schema(description = "Which learner turn to try again.")
    record BranchRequest(
            @Schema(description = "The learner's turn, from 1", example = "2")
            Integer learnerTurn) {}

    @Schema(description = "A scenario in the library.")
    record ScenarioJson(
            String id,
            String title,
            String category,
            String categoryTitle,
            int difficulty,
            String situation,
            String opener,
            boolean own,
            List<String> versions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One turn of a session.")
    record TurnJson(
            int turn,
            @Schema(description = "learner or counterpart") String speaker,
            String text,

            @Schema(description = "For the counterpart: anger or distress after this turn, 0-100")
            Integer emotion,

            @Schema(description = "For the counterpart: trust after this turn, 0-100")
            Integer trust) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A practice session.")
    record SessionJson(
            String id,
            String scenarioId,
            String scenarioTitle,
            long seed,
            int difficulty,
            boolean surpriseMe,
            String version,
            String parentId,
            Integer branchedAt,
            @Schema(description = "active or ended") String status,

            @Schema(description = "in-progress, resolved, escalated, walked-away, ended-by-learner, stopped-for-safety")
            String outcome,

            @Schema(description = "The counterpart's anger or distress now, 0-100")
            int emotion,

            @Schema(description = "The counterpart's trust now, 0-100")
            int trust,

            @Schema(description = "The counterpart's opening line, if they speak first")
            TurnJson opening,

            List<TurnJson> turns,

            @Schema(
                    description = "Once ended: the review, the same shape as `spar practice --format json`'s;"
                            + " absent for a run stopped for safety, which is not reviewed or scored")
            Map<String, Object> critique,

            @Schema(description = "Why the role-play stopped for safety, with where to find help; absent otherwise")
            String safety,

            String createdAt,

            @Schema(description = "Who the run is of, when it is not yours (a coach reading a learner's run)")
            String owner,

            @Schema(description = "Whether it is shared with the coaches of the owner's teams")
            Boolean shared,

            @Schema(description = "The assignment it answers, if any")
            String assignmentId,

            @Schema(description = "Comments on its turns, oldest first (accounts mode)")
            List<CommentJson> comments) {}

    @Schema(description = "A comment on one turn of a run.")
    record CommentJson(String id, int turn, String author, String text, String at) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "What a learner turn produced.")
    record SaidJson(
            @Schema(description = "The learner's turn as stored")
            TurnJson said,

            @Schema(description = "The counterpart's reply; absent when the role-play stopped for safety")
            TurnJson reply,

            @Schema(description = "The counterpart's anger or distress now, 0-100")
            int emotion,

            int trust,
            String outcome,
            boolean ended,

            @Schema(description = "Why the role-play stopped, with where to find help, if it did")
            String safety) {}

    @Schema(description = "A suggestion for the learner's next move.")
    record HintJson(String hint) {}

    @Schema(description = "A short list entry for a session.")
    record SessionSummaryJson(
            String id,
            String scenarioId,
            String scenarioTitle,
            @JsonProperty("status") String status,
            String outcome,
            Integer score,
            String createdAt) {}
}
