package dev.spar.cli;

import dev.spar.coaching.Coach;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The interactive practice loop in a terminal. */
final class Conversation {
    private final Scenario scenario;
    private final PracticeSettings settings;
    private final PrintWriter out;
    private final Terminal term;
    private final Coach coach = new Coach();

    Conversation(Scenario scenario, PracticeSettings settings, PrintWriter out, Terminal term) {
        this.scenario = scenario;
        this.settings = settings;
        this.out = out;
        this.term = term;
    }

    /** Runs the conversation until it ends, the learner ends it or input runs out. */
    Practice run(BufferedReader in) {
        Practice practice = Practice.start(scenario, settings, Spar.analyzer());
        introduce(practice);
        practice.turns().forEach(this::show);
        if (stoppedForSafety(practice)) {
            return practice;
        }
        try {
            while (true) {
                boolean over = practice.outcome().isFinal();
                if (over) {
                    out.println(
                            term.bold("Conversation over: " + practice.outcome().description() + "."));
                    out.println(term.dim("Press Enter for the review, or /rewind N to try one of your turns again,"
                            + " or /restart."));
                }
                out.print(term.bold(over ? "> " : "you> "));
                out.flush();
                String line = in.readLine();
                if (line == null) {
                    out.println();
                    break;
                }
                line = line.strip();
                if (line.isEmpty()) {
                    if (over) {
                        break;
                    }
                    continue;
                }
                if (line.startsWith("/")) {
                    Practice next = command(line, practice);
                    if (next == null) {
                        break;
                    }
                    practice = next;
                    continue;
                }
                if (over) {
                    continue;
                }
                try {
                    Practice.Response response = practice.say(line);
                    switch (response) {
                        case Practice.Replied replied -> show(replied.reply());
                        case Practice.Stopped stopped ->
                            out.println(term.red(stopped.concern().message()));
                    }
                } catch (IllegalArgumentException e) {
                    out.println(term.dim(e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        practice.end();
        out.println();
        return practice;
    }

    private Practice command(String line, Practice practice) {
        String[] words = line.split("\\s+");
        switch (words[0]) {
            case "/hint" -> out.println(term.dim("Hint: " + coach.hint(practice)));
            case "/restart" -> {
                out.println(term.dim("Starting again with the same person."));
                Practice fresh = practice.restart();
                fresh.turns().forEach(this::show);
                return fresh;
            }
            case "/rewind" -> {
                int learnerTurns = practice.learnerLines().size();
                if (words.length < 2 || !words[1].matches("\\d+")) {
                    out.println(term.dim(
                            "Say which of your turns to try again: /rewind 1 to /rewind " + learnerTurns + "."));
                    return practice;
                }
                try {
                    Practice branch = practice.rewindTo(Integer.parseInt(words[1]));
                    out.println(term.dim("Rewound: your turn " + words[1] + " again. So far:"));
                    branch.turns().forEach(this::show);
                    return branch;
                } catch (IllegalArgumentException e) {
                    out.println(term.dim(e.getMessage()));
                }
            }
            case "/end", "/quit", "/exit" -> {
                return null;
            }
            default -> out.println(term.dim("Commands: /hint, /restart, /rewind N, /end."));
        }
        return practice;
    }

    private boolean stoppedForSafety(Practice practice) {
        if (practice.safetyConcern().isPresent()) {
            out.println(term.red(practice.safetyConcern().get().message()));
            return true;
        }
        return false;
    }

    private void introduce(Practice practice) {
        out.println(term.bold(scenario.title()));
        out.println(scenario.situation());
        out.println("You: " + scenario.learner().role() + ". Goal: "
                + scenario.learner().goal());
        out.println("Make sure you say:");
        for (KeyPoint p : scenario.learner().keyPoints()) {
            out.println("  - " + scenario.withFacts(p.text()));
        }
        out.println(
                "Them: " + scenario.persona().name() + ", " + scenario.persona().relationship() + ".");
        String version =
                practice.version().map(v -> "this run: " + v.name() + " · ").orElse("");
        out.println(term.dim(version + "seed " + settings.seed() + " · difficulty " + settings.difficulty()
                + (settings.surpriseMe() ? " · surprise me" : "")));
        out.println(term.dim("Commands: /hint, /restart, /rewind N, /end. Press Enter after each line."));
        out.println();
    }

    private void show(Turn turn) {
        if (turn.speaker() == Speaker.LEARNER) {
            out.println(term.bold("you> ") + turn.text());
            return;
        }
        int anger = turn.emotion().orElse(0);
        String gauge = term.dim("   [mood " + Terminal.bar(100 - anger) + " " + moodWord(anger) + "]");
        out.println(term.bold(scenario.persona().name() + ": ") + turn.text() + gauge);
        out.flush();
    }

    static String moodWord(int anger) {
        return CounterpartState.moodWord(anger);
    }
}
