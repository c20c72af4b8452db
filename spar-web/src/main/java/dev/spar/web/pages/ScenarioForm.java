package dev.spar.web.pages;

import dev.spar.analysis.FindingCategory;
import dev.spar.scenario.DecisionMap;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.LearnerBrief;
import dev.spar.scenario.Mood;
import dev.spar.scenario.Need;
import dev.spar.scenario.Persona;
import dev.spar.scenario.Reaction;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.Setup;
import dev.spar.scenario.StarterScenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Prepare page's form: who the other person is, what the learner wants, and how hard it should be. It
 * starts from a library scenario (keeping its authored lines and versions) or from scratch.
 *
 * <p>Lists are one item per line. Every field is bounded; {@link #problems()} says what to fix in words a
 * person can act on.
 */
record ScenarioForm(
        String from,
        String id,
        String title,
        String category,
        String situation,
        String name,
        String relationship,
        String style,
        String history,
        String startMood,
        List<String> triggers,
        String caresAbout,
        String role,
        String goal,
        String keyPoints,
        String fears,
        String concern,
        String knownFacts,
        String factsToFind,
        String linesNotToCross,
        String mayOffer,
        Integer difficulty,
        Boolean surpriseMe) {

    static final int MAX_TEXT = 600;

    /** The starting mood that follows from who they are and how the learner thinks they will react. */
    static final String AS_DESCRIBED = "as described";

    static final int MAX_ITEMS = 12;

    /** The triggers a learner can pick: problems the other person reacts badly to. */
    static final List<FindingCategory> TRIGGERS = List.of(
            FindingCategory.DISMISSAL,
            FindingCategory.BLAME,
            FindingCategory.POLICY_FIRST,
            FindingCategory.CONDESCENSION,
            FindingCategory.OVER_PROMISE,
            FindingCategory.HEDGING,
            FindingCategory.OVER_APOLOGY,
            FindingCategory.OVER_EXPLAINING,
            FindingCategory.CONCESSION,
            FindingCategory.CANNED_EMPATHY);

    ScenarioForm {
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
    }

    /** Returns the form filled in from a scenario. */
    static ScenarioForm of(Scenario s) {
        Optional<DecisionMap> map = s.decisionMap();
        return new ScenarioForm(
                s.id(),
                s.id(),
                s.title(),
                s.category().id(),
                s.situation(),
                s.persona().name(),
                s.persona().relationship(),
                s.persona().style(),
                s.persona().history(),
                startMood(s.persona().mood()),
                s.persona().triggers().stream().map(Reaction::on).toList(),
                String.join("\n", s.persona().needs().stream().map(Need::text).toList()),
                s.learner().role(),
                s.learner().goal(),
                String.join(
                        "\n",
                        s.learner().keyPoints().stream().map(KeyPoint::text).toList()),
                String.join("\n", s.learner().fears()),
                map.map(DecisionMap::concern).orElse(""),
                map.map(m -> String.join("\n", m.knownFacts())).orElse(""),
                map.map(m -> String.join("\n", m.factsToFind())).orElse(""),
                map.map(m -> String.join("\n", m.linesNotToCross())).orElse(""),
                map.map(m -> String.join("\n", m.mayOffer())).orElse(""),
                s.difficulty(),
                false);
    }

    /** Returns an empty form. */
    static ScenarioForm blank() {
        return new ScenarioForm(
                "",
                "",
                "",
                "customer-service",
                "",
                "",
                "",
                "",
                "",
                AS_DESCRIBED,
                List.of(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                3,
                false);
    }

    /** Returns what to fix before this form makes a scenario; empty when it is fine. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        require(out, title, "Give it a title.");
        require(out, name, "Say what to call the other person.");
        require(out, relationship, "Say who they are to you.");
        require(out, goal, "Say what you want from the conversation.");
        if (Scenario.Category.byId(text(category)).isEmpty()) {
            out.add("Pick a shelf for it.");
        }
        if (difficulty() < 1 || difficulty() > 5) {
            out.add("Difficulty is 1 (gentle) to 5 (hard).");
        }
        String[][] texts = {
            {"Title", title},
            {"In one line", situation},
            {"What you call them", name},
            {"Who they are to you", relationship},
            {"How they talk", style},
            {"History between you", history},
            {"Your role", role},
            {"What you want from it", goal},
            {"Their likely main concern", concern}
        };
        for (String[] field : texts) {
            int length = length(field[1]);
            if (length > MAX_TEXT) {
                out.add(field[0] + ": keep it to " + MAX_TEXT + " characters or fewer; it has " + length + ".");
            }
        }
        String[][] lists = {
            {"What they care about", caresAbout},
            {"What you came to say", keyPoints},
            {"What you are afraid will happen", fears},
            {"What you know going in", knownFacts},
            {"What you still need to find out", factsToFind},
            {"Lines not to cross", linesNotToCross},
            {"What you may offer", mayOffer}
        };
        for (String[] list : lists) {
            listProblem(list[0], list[1]).ifPresent(out::add);
        }
        if (triggers.size() > TRIGGERS.size()
                || !triggers.stream().allMatch(t -> TRIGGERS.stream().anyMatch(c -> c.id().equals(t)))) {
            out.add("Pick triggers from the list.");
        }
        return out;
    }

    /** Returns the difficulty chosen, 3 if none. */
    @Override
    public Integer difficulty() {
        return difficulty == null ? 3 : difficulty;
    }

    /** Returns whether "surprise me" is on. */
    boolean surprise() {
        return Boolean.TRUE.equals(surpriseMe);
    }

    /** Returns the scenario id this form saves under: the one given, or one made from the title. */
    String scenarioId() {
        String given = slug(text(id));
        return given.isEmpty() ? "my-" + slug(text(title)) : given;
    }

    /** Builds the scenario, on the base scenario's lines and versions where there is one. */
    Scenario scenario(Optional<Scenario> base) {
        Scenario.Category shelf = Scenario.Category.byId(text(category)).orElse(Scenario.Category.CUSTOMER_SERVICE);
        Scenario start = base.orElseGet(() -> StarterScenario.from(
                scenarioId(), new Setup(text(relationship), text(name), text(goal), first(fears), text(style), shelf)));
        Persona p = start.persona();
        Set<String> picked = new LinkedHashSet<>(triggers);
        List<Reaction> reactions = new ArrayList<>();
        p.triggers().stream().filter(r -> picked.remove(r.on())).forEach(reactions::add);
        for (String id : picked) {
            FindingCategory c = FindingCategory.byId(id).orElseThrow();
            reactions.add(new Reaction(id, 2, c.title()));
        }
        List<Need> needs = new ArrayList<>();
        List<String> cares = lines(caresAbout);
        for (int i = 0; i < cares.size(); i++) {
            String text = cares.get(i);
            Optional<Need> same =
                    p.needs().stream().filter(n -> n.text().equals(text)).findFirst();
            needs.add(same.orElse(new Need(
                    "need-" + (i + 1),
                    StarterScenario.sentence(text),
                    List.of("acknowledge", "paraphrase", "next-step"))));
        }
        if (needs.isEmpty()) {
            needs.addAll(p.needs());
        }
        Persona persona = new Persona(
                text(name),
                text(relationship),
                text(style).isEmpty() ? p.style() : text(style),
                text(history),
                mood(text(startMood), p.mood()),
                reactions,
                p.soothers(),
                needs);
        List<KeyPoint> points = new ArrayList<>();
        List<String> pointTexts = lines(keyPoints);
        for (int i = 0; i < pointTexts.size(); i++) {
            String text = pointTexts.get(i);
            Optional<KeyPoint> same = start.learner().keyPoints().stream()
                    .filter(k -> k.text().equals(text))
                    .findFirst();
            points.add(same.orElse(
                    new KeyPoint("point-" + (i + 1), StarterScenario.sentence(text), StarterScenario.cuesOf(text))));
        }
        if (points.isEmpty()) {
            // What they want from it, as something to say to them: "I need you to stick to the kitchen rota."
            points.add(StarterScenario.askOf(text(goal), text(name)));
        }
        LearnerBrief learner = new LearnerBrief(
                text(role).isEmpty() ? "Myself" : text(role),
                StarterScenario.sentence(text(goal)),
                points,
                lines(fears));
        Optional<DecisionMap> map = shelf == Scenario.Category.CUSTOMER_SERVICE
                        || !text(concern).isEmpty()
                ? Optional.of(new DecisionMap(
                        text(concern), lines(knownFacts), lines(factsToFind), lines(linesNotToCross), lines(mayOffer)))
                : Optional.empty();
        return new Scenario(
                scenarioId(),
                text(title),
                shelf,
                text(situation).isEmpty() ? StarterScenario.sentence(text(goal)) : text(situation),
                difficulty(),
                start.opener(),
                learner,
                persona,
                map,
                start.checklist(),
                start.facts(),
                start.versions(),
                start.lines());
    }

    static String startMood(Mood m) {
        if (m.anger() >= 70) {
            return "furious";
        }
        if (m.anger() >= 45) {
            return "upset";
        }
        if (m.anger() >= 25) {
            return "guarded";
        }
        return "calm";
    }

    private static Mood mood(String word, Mood current) {
        if (word.isEmpty() || word.equals(AS_DESCRIBED) || word.equals(startMood(current))) {
            return current;
        }
        return switch (word) {
            case "furious" -> new Mood(75, 20, 40);
            case "upset" -> new Mood(55, 35, 55);
            case "guarded" -> new Mood(35, 40, 60);
            default -> new Mood(15, 55, 70);
        };
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(l -> l.length() > MAX_TEXT ? l.substring(0, MAX_TEXT) : l)
                .toList();
    }

    private static String first(String text) {
        List<String> all = lines(text);
        return all.isEmpty() ? "" : all.getFirst();
    }

    private static String text(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }

    /** Returns how many characters a field holds as the person sees it: without the spaces around it. */
    private static int length(String value) {
        return value == null ? 0 : value.replace("\r\n", "\n").strip().length();
    }

    /** Returns what is wrong with a list field, naming it: too long, too many lines, or a line too long. */
    private static Optional<String> listProblem(String label, String value) {
        int length = length(value);
        if (length > MAX_TEXT * 4) {
            return Optional.of(label + ": keep it to " + MAX_TEXT * 4 + " characters or fewer; it has " + length + ".");
        }
        List<String> items = value == null
                ? List.of()
                : value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (items.size() > MAX_ITEMS) {
            return Optional.of(label + ": keep it to " + MAX_ITEMS + " lines or fewer; it has " + items.size() + ".");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).length() > MAX_TEXT) {
                return Optional.of(label + ": keep each line to " + MAX_TEXT + " characters or fewer; line " + (i + 1)
                        + " has " + items.get(i).length() + ".");
            }
        }
        return Optional.empty();
    }

    private static void require(List<String> out, String value, String message) {
        if (text(value).isEmpty()) {
            out.add(message);
        }
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }
}
