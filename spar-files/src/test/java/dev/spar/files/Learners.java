package dev.spar.files;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scripted learners for whole-library runs: a skilled one that does what the craft says (acknowledges,
 * asks, says it back, is honest about limits, offers what is allowed, gives a next step, checks), and an
 * unskilled one that brushes off, blames and quotes policy.
 */
final class Learners {
    static final RuleAnalyzer ANALYZER = new RuleAnalyzer();

    private Learners() {}

    /** Plays a skilled learner until the run ends or the turn limit, and returns the run. */
    static Practice skilled(Scenario scenario, PracticeSettings settings) {
        Practice run = Practice.start(scenario, settings, ANALYZER);
        List<String> offers = offersOf(scenario);
        List<String> points = scenario.learner().keyPoints().stream()
                .map(p -> scenario.withFacts(lowerFirst(p.text())))
                .toList();
        String known = scenario.decisionMap()
                .filter(m -> !m.knownFacts().isEmpty())
                .map(m -> lowerFirst(m.knownFacts().getFirst()))
                .orElse(points.getFirst());
        List<String> opening = List.of(
                "Thank you for telling me. I can hear how much this matters to you, and I'm sorry it's come to this.",
                "Can you tell me more about what happened from your side?",
                "So if I've got it right, " + gist(scenario) + ". Is that right?",
                "Let me explain what I know so far: " + known + ".",
                "I want to be honest about what I can and can't do, so you know exactly where you stand.");
        List<String> closing = new ArrayList<>(List.of(
                "I'll put it in writing by 5pm today and call you tomorrow morning to confirm.",
                "Does that work for you?"));
        for (String point : points) {
            closing.add("The reason I'm raising it is this: " + point + ".");
        }
        closing.addAll(List.of(
                "I understand why that's hard to hear.",
                "I'll send the details tonight and check in with you on Friday.",
                "How does that sound?"));
        int offer = 0;
        int next = 0;
        for (int turn = 0; turn < 20 && !run.outcome().isFinal(); turn++) {
            Intent last = lastIntent(run).orElse(Intent.OPEN);
            String line;
            if (turn < opening.size()) {
                line = opening.get(turn);
            } else if (last == Intent.REJECT_OPTION || (turn == opening.size())) {
                String lead = last == Intent.REJECT_OPTION ? "I hear that doesn't work for you. " : "";
                line = lead + "What I can do is " + offers.get(offer++ % offers.size()) + ".";
            } else {
                line = closing.get(next++ % closing.size());
            }
            run.say(line);
        }
        return run;
    }

    /** Plays an unskilled learner that keeps failing them, and returns the run. */
    static Practice unskilled(Scenario scenario, PracticeSettings settings) {
        Practice run = Practice.start(scenario, settings, ANALYZER);
        List<String> lines = List.of(
                "Calm down, it's not a big deal.",
                "Well, that's just our policy, there's nothing I can do.",
                "You should have thought about that earlier.",
                "Honestly, you're being completely unreasonable.",
                "Whatever. It's not my fault.",
                "Look, I don't have time for this.",
                "That's not my problem.",
                "You're overreacting.");
        for (int turn = 0; turn < 20 && !run.outcome().isFinal(); turn++) {
            run.say(lines.get(turn % lines.size()));
        }
        return run;
    }

    /** Plays a library scenario with the rule analyser, saying each line while the conversation goes on. */
    static Practice saying(String scenario, PracticeSettings settings, String... lines) {
        Practice run = Practice.start(ScenarioLibrary.bundled().find(scenario).orElseThrow(), settings, ANALYZER);
        for (String line : lines) {
            if (!run.outcome().isFinal()) {
                run.say(line);
            }
        }
        return run;
    }

    /** Returns the counterpart's last reply of a run. */
    static Turn lastReply(Practice run) {
        Turn last = run.turns().getLast();
        org.assertj.core.api.Assertions.assertThat(last.speaker()).isEqualTo(Speaker.COUNTERPART);
        return last;
    }

    /** Returns the counterpart's lines of a run, in order. */
    static List<String> counterpartLines(Practice run) {
        return run.turns().stream()
                .filter(t -> t.speaker() == Speaker.COUNTERPART)
                .map(Turn::text)
                .toList();
    }

    /** Returns whether the counterpart agreed to something during the run. */
    static boolean accepted(Practice run) {
        return run.turns().stream()
                .anyMatch(t -> t.intent().filter(i -> i == Intent.ACCEPT).isPresent());
    }

    private static Optional<Intent> lastIntent(Practice run) {
        List<Turn> turns = run.turns();
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).speaker() == Speaker.COUNTERPART) {
                return turns.get(i).intent();
            }
        }
        return Optional.empty();
    }

    private static List<String> offersOf(Scenario scenario) {
        List<String> offers = new ArrayList<>();
        scenario.decisionMap().ifPresent(m -> m.mayOffer().forEach(o -> offers.add(scenario.withFacts(lowerFirst(o)))));
        if (offers.isEmpty()) {
            scenario.learner()
                    .keyPoints()
                    .forEach(p -> offers.add("this: " + scenario.withFacts(lowerFirst(p.text()))));
        }
        return offers;
    }

    private static String gist(Scenario scenario) {
        String concern = scenario.decisionMap().map(m -> m.concern()).orElse("");
        String what = concern.isBlank() ? scenario.persona().needs().getFirst().text() : concern;
        return "what matters to you is this: " + lowerFirst(what.replaceAll("[.]$", ""));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty()
                ? s
                : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1).replaceAll("[.]$", "");
    }
}
