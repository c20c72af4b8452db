package dev.spar.scenario;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that a scenario makes sense before anyone practises it, and says how to fix what does not. */
public final class ScenarioValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SLOT = Pattern.compile("\\{([a-z][a-z0-9_]*)}");
    private static final Set<String> BUILT_IN_SLOTS = Set.of("echo", "name");
    private static final int MAX_TEXT = 1_000;
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9_-]*");

    /** Returns every problem found; an empty list means the scenario is usable. */
    public List<ScenarioProblem> validate(Scenario s) {
        List<ScenarioProblem> problems = new ArrayList<>();
        if (s.id() == null || !ID.matcher(s.id()).matches()) {
            problems.add(new ScenarioProblem(
                    "id",
                    "'" + s.id() + "' is not a valid id.",
                    "use lower-case letters, digits and dashes, like refund-outside-window."));
        }
        requireText(problems, "title", s.title());
        requireText(problems, "situation", s.situation());
        if (s.difficulty() < 1 || s.difficulty() > 5) {
            problems.add(new ScenarioProblem(
                    "difficulty", "is " + s.difficulty() + ".", "use a whole number from 1 (gentle) to 5 (hard)."));
        }
        requireText(problems, "learner.role", s.learner().role());
        requireText(problems, "learner.goal", s.learner().goal());
        if (s.learner().keyPoints().isEmpty()) {
            problems.add(new ScenarioProblem(
                    "learner.keyPoints",
                    "is empty, so Spar cannot tell whether you said what you came to say.",
                    "add at least one key point with the words (cues) that show it was said."));
        }
        for (int i = 0; i < s.learner().keyPoints().size(); i++) {
            KeyPoint p = s.learner().keyPoints().get(i);
            String at = "learner.keyPoints[" + i + "]";
            requireText(problems, at + ".text", p.text());
            if (p.cues().stream().allMatch(String::isBlank)) {
                problems.add(new ScenarioProblem(
                        at + ".cues",
                        "has no words to recognise the point by.",
                        "list words or short phrases you would use when making it, like [\"refund\", \"review\"]."));
            }
        }
        Persona persona = s.persona();
        requireText(problems, "persona.name", persona.name());
        checkMood(problems, "persona.mood", persona.mood(), 0, 100);
        checkReactions(problems, "persona.triggers", persona.triggers());
        checkReactions(problems, "persona.soothers", persona.soothers());
        Set<String> needIds = new HashSet<>();
        for (int i = 0; i < persona.needs().size(); i++) {
            Need need = persona.needs().get(i);
            String at = "persona.needs[" + i + "]";
            if (!needIds.add(need.id())) {
                problems.add(new ScenarioProblem(
                        at + ".id", "'" + need.id() + "' is used twice.", "give each need its own id."));
            }
            for (String id : need.metBy()) {
                if (!knownId(id)) {
                    problems.add(unknownId(at + ".metBy", id));
                }
            }
        }
        for (int i = 0; i < s.versions().size(); i++) {
            PersonaVersion v = s.versions().get(i);
            String at = "versions[" + i + "]";
            requireText(problems, at + ".name", v.name());
            checkMood(problems, at + ".mood", v.moodShift(), -100, 100);
            checkReactions(problems, at + ".extraTriggers", v.extraTriggers());
            checkReactions(problems, at + ".extraSoothers", v.extraSoothers());
            checkLines(problems, at + ".lines", v.lines(), s);
        }
        checkLines(problems, "lines", s.lines(), s);
        for (Intent needed : List.of(Intent.VENT, Intent.DEMAND, Intent.CHALLENGE)) {
            if (s.lines().forIntent(needed).isEmpty()) {
                problems.add(new ScenarioProblem(
                        "lines." + needed.id(),
                        "has no lines, so this person would only speak in stock phrases.",
                        "write at least one " + needed.id() + " line in their voice."));
            }
        }
        if (s.opener() == Scenario.Opener.COUNTERPART
                && s.lines().forIntent(Intent.OPEN).isEmpty()) {
            problems.add(new ScenarioProblem(
                    "lines.open",
                    "is empty but opener is counterpart.",
                    "write their first line, or set opener: learner."));
        }
        return problems;
    }

    private static void checkLines(List<ScenarioProblem> problems, String field, Lines all, Scenario s) {
        Map<String, String> examplesSeen = new HashMap<>();
        for (Intent intent : Intent.values()) {
            List<Line> lines = all.forIntent(intent);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                String at = field + "." + intent.id() + "[" + i + "]";
                if (line.text() == null || line.text().isBlank()) {
                    problems.add(new ScenarioProblem(at, "is empty.", "write the line, or remove it."));
                    continue;
                }
                if (line.text().length() > MAX_TEXT) {
                    problems.add(new ScenarioProblem(
                            at,
                            "is " + line.text().length() + " characters long.",
                            "keep a line under " + MAX_TEXT + "."));
                }
                if (!seen.add(line.text())) {
                    problems.add(new ScenarioProblem(
                            at,
                            "repeats an earlier line word for word.",
                            "vary it or remove it: lines never repeat in a run."));
                }
                Matcher m = SLOT.matcher(line.text());
                while (m.find()) {
                    String slot = m.group(1);
                    if (!BUILT_IN_SLOTS.contains(slot) && !s.facts().containsKey(slot)) {
                        problems.add(new ScenarioProblem(
                                at,
                                "uses the slot {" + slot + "} but facts has no '" + slot + "'.",
                                "add '" + slot + ": ...' under facts, or use one of "
                                        + s.facts().keySet() + "."));
                    }
                }
                for (String id : line.on()) {
                    if (!knownId(id)) {
                        problems.add(unknownId(at + ".on", id));
                    }
                }
                checkTopic(problems, at, line, examplesSeen);
            }
        }
    }

    private static void checkTopic(
            List<ScenarioProblem> problems, String at, Line line, Map<String, String> examplesSeen) {
        if (line.topic().isPresent() && !TOPIC.matcher(line.topic().get()).matches()) {
            problems.add(new ScenarioProblem(
                    at + ".topic",
                    "'" + line.topic().get() + "' is not a topic name.",
                    "use a fact key such as order_number, or lower-case words joined by - or _."));
        }
        if (line.examples().isEmpty()) {
            return;
        }
        if (line.topic().isEmpty()) {
            problems.add(new ScenarioProblem(
                    at + ".examples",
                    "has example questions but no topic.",
                    "add 'topic: ...' (a fact key such as order_number) so the examples say what they ask."));
            return;
        }
        for (int i = 0; i < line.examples().size(); i++) {
            String example = line.examples().get(i).strip().toLowerCase(Locale.ROOT);
            if (example.isEmpty()) {
                problems.add(new ScenarioProblem(
                        at + ".examples[" + i + "]", "is empty.", "write a question, or remove it."));
                continue;
            }
            String earlier = examplesSeen.putIfAbsent(example, line.topic().get());
            if (earlier != null && !earlier.equals(line.topic().get())) {
                problems.add(new ScenarioProblem(
                        at + ".examples[" + i + "]",
                        "'" + line.examples().get(i) + "' is also an example of the topic '" + earlier + "'.",
                        "give each example question to one topic."));
            }
        }
    }

    /** Returns whether an id names a conversation move or a finding category. */
    public static boolean knownId(String id) {
        return Move.byId(id).isPresent() || FindingCategory.byId(id).isPresent();
    }

    private static ScenarioProblem unknownId(String field, String id) {
        return new ScenarioProblem(
                field,
                "'" + id + "' is not a move or habit Spar knows.",
                "use a move (acknowledge, paraphrase, cite-policy, offer-option, ...) or a habit (dismissal,"
                        + " hedging, over-apology, ...); the README lists them all.");
    }

    private static void checkReactions(List<ScenarioProblem> problems, String field, List<Reaction> reactions) {
        for (int i = 0; i < reactions.size(); i++) {
            Reaction r = reactions.get(i);
            String at = field + "[" + i + "]";
            if (!knownId(r.on())) {
                problems.add(unknownId(at + ".on", r.on()));
            }
            if (r.strength() < 1 || r.strength() > 3) {
                problems.add(new ScenarioProblem(
                        at + ".strength", "is " + r.strength() + ".", "use 1 (mild), 2 (strong) or 3 (severe)."));
            }
        }
    }

    private static void checkMood(List<ScenarioProblem> problems, String field, Mood mood, int min, int max) {
        check(problems, field + ".anger", mood.anger(), min, max);
        check(problems, field + ".trust", mood.trust(), min, max);
        check(problems, field + ".patience", mood.patience(), min, max);
    }

    private static void check(List<ScenarioProblem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new ScenarioProblem(
                    field, "is " + value + ".", "use a whole number from " + min + " to " + max + "."));
        }
    }

    private static void requireText(List<ScenarioProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new ScenarioProblem(field, "is missing.", "write it in a sentence."));
        } else if (value.length() > MAX_TEXT) {
            problems.add(new ScenarioProblem(
                    field, "is " + value.length() + " characters long.", "keep it under " + MAX_TEXT + "."));
        }
    }
}
