package dev.spar.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.coaching.Answer;
import dev.spar.coaching.Critique;
import dev.spar.coaching.Finding;
import dev.spar.coaching.Skill;
import dev.spar.coaching.TurningPoint;
import dev.spar.simulation.Practice;
import dev.spar.simulation.Turn;

/**
 * A run as one JSON object: the contract scripts rely on.
 *
 * <p>Fields: {@code scenario}, {@code seed}, {@code turns} (each with {@code speaker}, {@code text} and,
 * for the counterpart, {@code emotion} 0-100), {@code outcome}, and {@code critique} with {@code score} and
 * {@code findings} (each with {@code turn}, {@code quote}, {@code category}); more fields may follow. A run stopped
 * for safety has {@code safety} (what to tell the person, with where to find help) and no {@code critique}: it is not
 * scored or critiqued. Nothing in it depends on the clock, so the same run always gives the same bytes.
 */
public final class RunJson {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Returns the run and its critique as a JSON tree. */
    public ObjectNode tree(Practice practice, Critique critique) {
        ObjectNode root = json.createObjectNode();
        root.put("scenario", practice.scenario().id());
        root.put("seed", practice.settings().seed());
        root.put("difficulty", practice.settings().difficulty());
        root.put("surpriseMe", practice.settings().surpriseMe());
        practice.version().ifPresent(v -> root.put("version", v.name()));
        ArrayNode turns = root.putArray("turns");
        for (Turn turn : practice.turns()) {
            ObjectNode t = turns.addObject();
            t.put("turn", turn.number());
            t.put("speaker", turn.speaker().id());
            t.put("text", turn.text());
            turn.emotion().ifPresent(e -> t.put("emotion", e));
            turn.intent().ifPresent(i -> t.put("intent", i.id()));
            turn.analysis().ifPresent(a -> {
                ArrayNode moves = t.putArray("moves");
                a.moves().forEach(m -> moves.add(m.move().id()));
            });
        }
        root.put("outcome", practice.outcome().id());
        practice.safetyConcern().ifPresent(c -> root.put("safety", c.message()));
        if (critique.isReviewed()) {
            root.set("critique", critique(critique));
        }
        return root;
    }

    /** Returns the run and its critique as indented JSON text. */
    public String write(Practice practice, Critique critique) {
        try {
            return json.writeValueAsString(tree(practice, critique));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run tree always serialises", e);
        }
    }

    private ObjectNode critique(Critique c) {
        ObjectNode node = json.createObjectNode();
        node.put("score", c.score());
        ObjectNode skills = node.putObject("skills");
        for (Skill skill : Skill.values()) {
            skills.put(skill.id(), c.skills().get(skill));
        }
        ArrayNode findings = node.putArray("findings");
        for (Finding f : c.findings()) {
            ObjectNode n = findings.addObject();
            n.put("turn", f.turn());
            n.put("quote", f.quote());
            n.put("category", f.category().id());
            n.put("kind", f.isProblem() ? "problem" : "strength");
            n.put("why", f.why());
            f.rewrite().ifPresent(r -> n.put("rewrite", r));
        }
        ArrayNode points = node.putArray("turningPoints");
        for (TurningPoint p : c.turningPoints()) {
            ObjectNode n = points.addObject();
            n.put("turn", p.turn());
            n.put("learnerTurn", p.learnerTurn());
            n.put("learnerQuote", p.learnerQuote());
            n.put("before", p.before());
            n.put("after", p.after());
            ArrayNode why = n.putArray("movedBy");
            p.movedBy().forEach(why::add);
        }
        ArrayNode focus = node.putArray("focus");
        c.focus().forEach(focus::add);
        ArrayNode answers = node.putArray("answers");
        for (Answer a : c.answers()) {
            answers.addObject().put("question", a.question()).put("answer", a.answer());
        }
        return node;
    }
}
