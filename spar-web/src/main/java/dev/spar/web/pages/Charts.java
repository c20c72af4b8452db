package dev.spar.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.review.ConversationReview;
import dev.spar.review.IntensityPoint;
import dev.spar.review.TurningPoint;
import dev.spar.web.practice.Progress;
import dev.spar.web.practice.SessionView;
import dev.spar.web.practice.StoredTurn;
import java.util.List;
import java.util.Map;

/** The data behind the pages' charts, as JSON for a data attribute that the page's script draws. */
final class Charts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {}

    /**
     * The other person's anger and trust, turn by turn, from before anyone spoke; one line per run. Each point is
     * labelled with the number its turn shows in the chat and the review.
     */
    static String emotion(List<SessionView> runs, List<String> names) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode series = root.putArray("runs");
        for (int i = 0; i < runs.size(); i++) {
            SessionView v = runs.get(i);
            ObjectNode run = series.addObject();
            run.put("name", names.get(i));
            ArrayNode labels = run.putArray("labels");
            ArrayNode anger = run.putArray("anger");
            ArrayNode trust = run.putArray("trust");
            labels.add("start");
            anger.add(v.practice().startingState().anger());
            trust.add(v.practice().startingState().trust());
            for (StoredTurn t : v.turns()) {
                if (t.emotion().isPresent()) {
                    labels.add("Turn " + t.number());
                    anger.add(t.emotion().get());
                    trust.add(t.trust().orElse(0));
                }
            }
        }
        return write(root);
    }

    /** Scores per skill over the learner's finished runs. */
    static String progress(Progress progress) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode labels = root.putArray("labels");
        progress.runs().forEach(r -> labels.add(r.day().toString()));
        ArrayNode overall = root.putArray("overall");
        progress.runs().forEach(r -> overall.add(r.score()));
        ObjectNode skills = root.putObject("skills");
        for (Map.Entry<String, List<Integer>> e : progress.skillSeries().entrySet()) {
            ArrayNode values = skills.putArray(e.getKey());
            e.getValue().forEach(values::add);
        }
        return write(root);
    }

    /**
     * The customer's intensity after each of their turns, labelled with the turn's number, and the turning points
     * with the agent's words just before them.
     */
    static String intensity(ConversationReview review) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode labels = root.putArray("labels");
        ArrayNode values = root.putArray("intensity");
        for (IntensityPoint p : review.intensity()) {
            labels.add("Turn " + p.turn());
            values.add(p.intensity());
        }
        ArrayNode points = root.putArray("points");
        for (TurningPoint t : review.turningPoints()) {
            points.addObject()
                    .put("label", "Turn " + t.turn())
                    .put("angrier", t.angrier())
                    .put("agentTurn", t.agentTurn())
                    .put("agentWords", t.agentWords());
        }
        return write(root);
    }

    /**
     * Each learner's scores over time on one line each (the last score of a day counts), for a coach's dashboard:
     * {@code labels} are the days, {@code series} one per learner with {@code null} on days they have none.
     */
    static String teamScores(List<dev.spar.web.teams.TeamDashboard.Learner> learners) {
        java.util.SortedSet<java.time.LocalDate> days = new java.util.TreeSet<>();
        learners.forEach(l -> l.scores().forEach(p -> days.add(p.day())));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode labels = root.putArray("labels");
        days.forEach(d -> labels.add(d.toString()));
        ArrayNode series = root.putArray("series");
        for (var l : learners) {
            Map<java.time.LocalDate, Integer> byDay = new java.util.HashMap<>();
            l.scores().forEach(p -> byDay.put(p.day(), p.score()));
            ObjectNode line = series.addObject();
            line.put("name", l.username());
            ArrayNode values = line.putArray("values");
            days.forEach(d -> {
                Integer v = byDay.get(d);
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            });
        }
        return write(root);
    }

    /** The team's average per skill week by week: {@code labels} are the weeks' Mondays, one series per skill. */
    static String teamSkills(List<dev.spar.web.teams.TeamDashboard.WeekSkill> skills) {
        java.util.SortedSet<java.time.LocalDate> weeks = new java.util.TreeSet<>();
        skills.forEach(w -> weeks.add(w.week()));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode labels = root.putArray("labels");
        weeks.forEach(w -> labels.add("Week of " + w));
        ArrayNode series = root.putArray("series");
        for (dev.spar.coaching.Skill skill : dev.spar.coaching.Skill.values()) {
            Map<java.time.LocalDate, Integer> byWeek = new java.util.HashMap<>();
            skills.stream().filter(w -> w.skill() == skill).forEach(w -> byWeek.put(w.week(), w.average()));
            if (byWeek.isEmpty()) {
                continue;
            }
            ObjectNode line = series.addObject();
            line.put("name", skill.title());
            ArrayNode values = line.putArray("values");
            weeks.forEach(w -> {
                Integer v = byWeek.get(w);
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            });
        }
        return write(root);
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart always serialises", e);
        }
    }
}
