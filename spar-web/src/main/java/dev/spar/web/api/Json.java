package dev.spar.web.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.files.RunJson;
import dev.spar.scenario.PersonaVersion;
import dev.spar.web.api.ApiModels.CommentJson;
import dev.spar.web.api.ApiModels.ScenarioJson;
import dev.spar.web.api.ApiModels.SessionJson;
import dev.spar.web.api.ApiModels.SessionSummaryJson;
import dev.spar.web.api.ApiModels.TurnJson;
import dev.spar.web.practice.ScenarioCatalog;
import dev.spar.web.practice.SessionRecord;
import dev.spar.web.practice.SessionRepository;
import dev.spar.web.practice.SessionView;
import dev.spar.web.practice.StoredTurn;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns sessions and scenarios into the API's JSON. */
final class Json {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ScenarioJson scenario(ScenarioCatalog.Entry e) {
        var s = e.scenario();
        return new ScenarioJson(
                s.id(),
                s.title(),
                s.category().id(),
                s.category().title(),
                s.difficulty(),
                s.situation(),
                s.opener().name().toLowerCase(java.util.Locale.ROOT),
                e.own(),
                s.versions().stream().map(PersonaVersion::name).toList());
    }

    static TurnJson turn(StoredTurn t) {
        return new TurnJson(
                t.number(),
                t.speaker(),
                t.text(),
                t.emotion().orElse(null),
                t.trust().orElse(null));
    }

    static SessionJson session(SessionView v) {
        SessionRecord r = v.session();
        List<TurnJson> turns = v.turns().stream().map(Json::turn).toList();
        TurnJson opening = v.turns().isEmpty() || v.turns().getFirst().byLearner() ? null : turns.getFirst();
        Map<String, Object> critique = v.critique()
                .map(c -> critique(new RunJson().tree(v.practice(), c).get("critique")))
                .orElse(null);
        return new SessionJson(
                r.id(),
                r.scenarioId(),
                r.scenarioTitle(),
                r.seed(),
                r.difficulty(),
                r.surpriseMe(),
                r.versionName().orElse(null),
                r.parentId().orElse(null),
                r.branchedAt().orElse(null),
                v.ended() ? "ended" : "active",
                v.outcome().id(),
                v.state().anger(),
                v.state().trust(),
                opening,
                turns,
                critique,
                v.practice().safetyConcern().map(c -> c.message()).orElse(null),
                r.createdAt().toString(),
                null,
                null,
                null,
                null);
    }

    /** Returns a session with who it is of (when not the caller), how it is shared, and the comments on it. */
    static SessionJson session(
            SessionView v, Optional<String> owner, SessionRepository.Sharing sharing, List<CommentJson> comments) {
        SessionJson s = session(v);
        return new SessionJson(
                s.id(),
                s.scenarioId(),
                s.scenarioTitle(),
                s.seed(),
                s.difficulty(),
                s.surpriseMe(),
                s.version(),
                s.parentId(),
                s.branchedAt(),
                s.status(),
                s.outcome(),
                s.emotion(),
                s.trust(),
                s.opening(),
                s.turns(),
                s.critique(),
                s.safety(),
                s.createdAt(),
                owner.orElse(null),
                sharing.shared(),
                sharing.assignmentId().orElse(null),
                comments);
    }

    static SessionSummaryJson summary(SessionRecord r) {
        return new SessionSummaryJson(
                r.id(),
                r.scenarioId(),
                r.scenarioTitle(),
                r.ended() ? "ended" : "active",
                r.outcome(),
                r.score().orElse(null),
                r.createdAt().toString());
    }

    private static Map<String, Object> critique(JsonNode node) {
        return MAPPER.convertValue(node, MAP);
    }
}
