package dev.spar.web.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.analysis.FindingCategory;
import dev.spar.coaching.Skill;
import dev.spar.teams.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ended run's review as stored with it (the run report's JSON): its findings as evidence for scorecards, disputes
 * and the team's habits, and its skill scores, read without replaying the run.
 */
record StoredRun(List<Evidence> evidence, Map<Skill, Integer> skills) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a stored report; a run with no report (not ended) has no evidence. */
    static StoredRun read(Optional<String> report) {
        if (report.isEmpty()) {
            return new StoredRun(List.of(), Map.of());
        }
        JsonNode critique;
        try {
            critique = JSON.readTree(report.get()).path("critique");
        } catch (JsonProcessingException e) {
            return new StoredRun(List.of(), Map.of());
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode f : critique.path("findings")) {
            FindingCategory.byId(f.path("category").asText())
                    .ifPresent(c -> evidence.add(new Evidence(
                            f.path("turn").asInt(), c, f.path("quote").asText())));
        }
        Map<Skill, Integer> skills = new LinkedHashMap<>();
        for (Skill s : Skill.values()) {
            JsonNode v = critique.path("skills").path(s.id());
            if (v.isNumber()) {
                skills.put(s, v.asInt());
            }
        }
        return new StoredRun(List.copyOf(evidence), skills);
    }
}
