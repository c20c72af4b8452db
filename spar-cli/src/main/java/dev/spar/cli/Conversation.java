package dev.spar.cli;

import dev.spar.coaching.Coach;
import dev.spar.llm.EngineConfig;
import dev.spar.llm.ModelEngine;
import dev.spar.llm.ModelVoice;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Counterpart;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.CounterpartVoice;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The interactive practice loop in a terminal; the counterpart's replies stream in as they are spoken. */
final class Conversation {
    private final Scenario scenario;
    private final PracticeSettings settings;
    private final PrintWriter out;
    private final Terminal term;
    private final Coach coach = new Coach();
    private final ModelEngine engine;

    Conversation(Scenario scenario, PracticeSettings settings, PrintWriter out, Terminal term) {
        this(scenario, settings, out, term, ModelEngine.open(EngineConfig.simulator()));
    }

    Conversation(Scenario scenario, PracticeSettings settings, PrintWriter out, Terminal term, ModelEngine engine) {
        this.scenario = scenario;
        this.settings = settings;
        this.out = out;
        this.term = term;
        this.engine = engine;
    }

    /** Runs the conversation until it ends, the learner ends it or input runs out. */
    Practice run(BufferedReader in) {
        introduce(Counterpart.meet(scenario, settings).version());
        TerminalSink opening = sink();
        Practice practice = Practice.start(scenario, settings, Spar.analyzer(), engine.voice(), opening);
        practice.turns().forEach(this::endReply);
        if (stoppedForSafety(practice)) {
            return practice;
        }
        // The run whose ending was last announced: the ending is said once, not again before every line.
        Practice announced = null;
        try {
            while (true) {
                boolean over = practice.outcome().isFinal();
                if (over && announced != practice) {
                    announced = practice;
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
                    // Piped lines go on after the other person has ended it: say so, rather than swallow them.
                    out.println(term.dim("Not sent, the conversation is over: \"" + line + "\""));
                    continue;
                }
                try {
                    Practice.Response response = practice.say(line, sink());
                    switch (response) {
                        case Practice.Replied replied -> endReply(replied.reply());
                        case Practice.Stopped stopped -> {
                            // Nothing more is offered after this: no review, no rewinding to try the line again.
                            out.println(term.red(stopped.concern().message()));
                            out.println();
                            return practice;
                        }
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
            case "/simulator" -> {
                practice.voiceWith(CounterpartVoice.SIMULATOR);
                out.println(term.dim("The built-in simulator speaks from here on; /model to go back to the model."));
            }
            case "/model" -> {
                if (engine.voice() instanceof ModelVoice voice) {
                    voice.tryAgain();
                    practice.voiceWith(voice);
                    out.println(term.dim(
                            "The model speaks again: " + engine.config().describe() + "."));
                } else {
                    out.println(term.dim("No model is set up: see 'spar practice --help' for --engine."));
                }
            }
            default -> out.println(term.dim(commands()));
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

    private String commands() {
        return engine.usesModel()
                ? "Commands: /hint, /restart, /rewind N, /simulator, /model, /end."
                : "Commands: /hint, /restart, /rewind N, /end.";
    }

    private TerminalSink sink() {
        return new TerminalSink(out, term, scenario.persona().name());
    }

    private void introduce(Optional<PersonaVersion> runVersion) {
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
        String version = runVersion.map(v -> "this run: " + v.name() + " · ").orElse("");
        out.println(term.dim(version + "seed " + settings.seed() + " · difficulty " + settings.difficulty()
                + (settings.surpriseMe() ? " · surprise me" : "")));
        if (engine.usesModel()) {
            out.println(term.dim("Voiced by " + engine.config().describe()
                    + "; the simulation still decides how they feel and what they do."));
        }
        out.println(term.dim(commands() + " Press Enter after each line."));
        out.println();
    }

    private void show(Turn turn) {
        if (turn.speaker() == Speaker.LEARNER) {
            out.println(term.bold("you> ") + turn.text());
            return;
        }
        out.print(term.bold(scenario.persona().name() + ": ") + turn.text());
        endReply(turn);
    }

    /** Ends a counterpart's streamed reply with their mood. */
    private void endReply(Turn turn) {
        int anger = turn.emotion().orElse(0);
        out.println(term.dim("   [mood " + Terminal.bar(100 - anger) + " " + moodWord(anger) + "]"));
        out.flush();
    }

    static String moodWord(int anger) {
        return CounterpartState.moodWord(anger);
    }
}
