package dev.spar.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scenarios built in code for tests: an upset customer with enough lines for long runs. */
public final class ScenarioFixtures {
    private ScenarioFixtures() {}

    /** An upset customer asking for a refund past the window; reacts badly to policy and brush-offs. */
    public static Scenario refundCustomer() {
        return refundCustomer(List.of(
                new Reaction("cite-policy", 3, "Being read the rules"),
                new Reaction("dismissal", 3, "Being brushed off")));
    }

    /** The same customer with other triggers. */
    public static Scenario refundCustomer(List<Reaction> triggers) {
        Map<Intent, List<Line>> lines = new EnumMap<>(Intent.class);
        numbered(lines, Intent.OPEN, "I want my money back for order {order_number}.", 3);
        numbered(lines, Intent.VENT, "This laptop has wasted my whole week.", 6);
        numbered(lines, Intent.DEMAND, "I want a full refund of {amount}.", 6);
        numbered(lines, Intent.CHALLENGE, "That is not good enough.", 6);
        lines.get(Intent.CHALLENGE).add(new Line("Don't tell me to calm down.", List.of("dismissal"), List.of()));
        lines.get(Intent.CHALLENGE).add(new Line("'{echo}'? Really?", List.of("dismissal", "blame"), List.of()));
        lines.get(Intent.CHALLENGE).add(new Line("I don't care about your policy.", List.of("cite-policy"), List.of()));
        numbered(lines, Intent.ANSWER, "I'm not sure what else to tell you.", 3);
        lines.get(Intent.ANSWER)
                .add(new Line("It started crashing last Tuesday.", List.of(), List.of("when", "start")));
        lines.get(Intent.ANSWER)
                .add(new Line("Yes, I tried restarting it. Twice.", List.of(), List.of("tried", "restart")));
        numbered(lines, Intent.CURVEBALL, "And your chat agent hung up on me yesterday.", 6);
        numbered(lines, Intent.REJECT_OPTION, "A repair? No. I want my money.", 3);
        numbered(lines, Intent.SOFTEN, "Okay. That's fair.", 6);
        lines.get(Intent.SOFTEN).add(new Line("Yes, that's exactly it.", List.of("paraphrase"), List.of()));
        numbered(lines, Intent.ACCEPT, "Alright, let's do the repair.", 3);
        numbered(lines, Intent.ESCALATE, "Get me your manager.", 3);
        numbered(lines, Intent.END_RESOLVED, "Fine. I'll wait for your email.", 2);
        numbered(lines, Intent.END_ESCALATED, "I'm done. Put me through to your manager.", 2);
        numbered(lines, Intent.END_WALKED_AWAY, "Forget it. I'm going elsewhere.", 2);
        return new Scenario(
                "test-refund",
                "Refund past the window",
                Scenario.Category.CUSTOMER_SERVICE,
                "A customer wants a refund 45 days after buying a laptop.",
                3,
                Scenario.Opener.COUNTERPART,
                new LearnerBrief(
                        "Support rep",
                        "Keep the customer while holding the policy.",
                        List.of(
                                new KeyPoint("review", "A refund past 30 days needs a review.", List.of("review")),
                                new KeyPoint("repair", "A warranty repair is available now.", List.of("repair"))),
                        List.of("They ask for my manager")),
                new Persona(
                        "Dana",
                        "Customer for three years",
                        "Short and direct",
                        "Bought a laptop 45 days ago; it crashes.",
                        new dev.spar.scenario.Mood(60, 35, 60),
                        triggers,
                        List.of(new Reaction("paraphrase", 2, "Hearing the problem said back")),
                        List.of(
                                new Need("heard", "To feel heard", List.of("acknowledge", "paraphrase", "empathise")),
                                new Need("path", "A way forward", List.of("offer-option", "next-step")))),
                Optional.of(new DecisionMap(
                        "The laptop crashes and they feel stuck",
                        List.of("Order BL-1, $1,249"),
                        List.of("When the crashes started"),
                        List.of("No refund before review"),
                        List.of("Warranty repair"))),
                List.of(),
                Map.of("order_number", "BL-1", "amount", "$1,249"),
                List.of(
                        new PersonaVersion("Curt", "Short on time", new dev.spar.scenario.Mood(10, 0, -20), List.of()),
                        new PersonaVersion(
                                "Tearful", "Close to tears", new dev.spar.scenario.Mood(-10, 5, 0), List.of()),
                        new PersonaVersion(
                                "Lawyerly",
                                "Quotes consumer law",
                                new dev.spar.scenario.Mood(5, -10, 0),
                                List.of(new Reaction("hedging", 2, "Smells weakness")))),
                Lines.of(lines));
    }

    private static void numbered(Map<Intent, List<Line>> lines, Intent intent, String text, int count) {
        List<Line> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(Line.of(i == 1 ? text : text + " (" + i + ")"));
        }
        lines.put(intent, list);
    }

    /** Returns a copy of a scenario where the other side opens. */
    public static Scenario withOpener(Scenario s, Scenario.Opener opener) {
        return copy(s, s.situation(), opener, s.facts());
    }

    /** Returns a copy of a scenario whose situation says something else. */
    public static Scenario withSituation(Scenario s, String situation) {
        return copy(s, situation, s.opener(), s.facts());
    }

    /** Returns a copy of a scenario with these facts ("Saturday" for the day it is all about). */
    public static Scenario withFacts(Scenario s, Map<String, String> facts) {
        return copy(s, s.situation(), s.opener(), facts);
    }

    /** Returns a copy of a scenario in which the learner comes to make these points. */
    public static Scenario withKeyPoints(Scenario s, KeyPoint... points) {
        LearnerBrief learner = new LearnerBrief(
                s.learner().role(),
                s.learner().goal(),
                List.of(points),
                s.learner().fears());
        return copy(s, s.situation(), s.opener(), s.facts(), learner);
    }

    /** Returns a copy of a scenario in which the other person calms at these soothers and has these needs. */
    public static Scenario withSoothersAndNeeds(Scenario s, List<Reaction> soothers, List<Need> needs) {
        Persona p = s.persona();
        Persona persona = new Persona(
                p.name(), p.relationship(), p.style(), p.history(), p.mood(), p.triggers(), soothers, needs);
        return copy(s, s.situation(), s.opener(), s.facts(), s.learner(), persona);
    }

    private static Scenario copy(Scenario s, String situation, Scenario.Opener opener, Map<String, String> facts) {
        return copy(s, situation, opener, facts, s.learner());
    }

    private static Scenario copy(
            Scenario s, String situation, Scenario.Opener opener, Map<String, String> facts, LearnerBrief learner) {
        return copy(s, situation, opener, facts, learner, s.persona());
    }

    private static Scenario copy(
            Scenario s,
            String situation,
            Scenario.Opener opener,
            Map<String, String> facts,
            LearnerBrief learner,
            Persona persona) {
        return new Scenario(
                s.id(),
                s.title(),
                s.category(),
                situation,
                s.difficulty(),
                opener,
                learner,
                persona,
                s.decisionMap(),
                s.checklist(),
                facts,
                s.versions(),
                s.lines());
    }

    /** Returns a copy of a scenario with more lines for an intent. */
    public static Scenario withMoreLines(Scenario s, Intent intent, Line... more) {
        Map<Intent, List<Line>> byIntent = new EnumMap<>(Intent.class);
        for (Intent i : Intent.values()) {
            byIntent.put(i, new ArrayList<>(s.lines().forIntent(i)));
        }
        byIntent.get(intent).addAll(List.of(more));
        return new Scenario(
                s.id(),
                s.title(),
                s.category(),
                s.situation(),
                s.difficulty(),
                s.opener(),
                s.learner(),
                s.persona(),
                s.decisionMap(),
                s.checklist(),
                s.facts(),
                s.versions(),
                Lines.of(byIntent));
    }
}
