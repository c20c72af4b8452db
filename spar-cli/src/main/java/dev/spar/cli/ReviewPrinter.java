package dev.spar.cli;

import dev.spar.coaching.Answer;
import dev.spar.coaching.Critique;
import dev.spar.coaching.Finding;
import dev.spar.coaching.Skill;
import dev.spar.coaching.TurningPoint;
import dev.spar.simulation.Practice;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.io.PrintWriter;
import java.util.List;

/** Prints a run and its critique for a person to read in a terminal. */
final class ReviewPrinter {
    private final PrintWriter out;
    private final Terminal term;

    ReviewPrinter(PrintWriter out, Terminal term) {
        this.out = out;
        this.term = term;
    }

    void transcript(Practice practice) {
        out.println(term.bold(practice.scenario().title())
                + term.dim("  (seed " + practice.settings().seed()
                        + ", difficulty " + practice.settings().difficulty()
                        + practice.version().map(v -> ", " + v.name()).orElse("") + ")"));
        for (Turn turn : practice.turns()) {
            String who = turn.speaker() == Speaker.LEARNER
                    ? "You"
                    : practice.scenario().persona().name();
            String mood = turn.emotion()
                    .map(a -> term.dim("  [" + Conversation.moodWord(a) + ", anger " + a + "]"))
                    .orElse("");
            out.println(String.format("%3d %s: %s%s", turn.number(), who, turn.text(), mood));
        }
        practice.safetyConcern().ifPresent(c -> out.println(term.red(c.message())));
        out.println();
    }

    void review(Practice practice, Critique critique) {
        if (!critique.isReviewed()) {
            out.println(term.bold("No review") + "  " + practice.scenario().title());
            out.println("This run stopped for safety: it is not reviewed or scored, and it is not kept in your"
                    + " history.");
            return;
        }
        out.println(term.bold("Review") + "  " + practice.scenario().title());
        out.println("Outcome: " + critique.outcome().description());
        out.println(term.bold("Score " + critique.score() + "/100"));
        for (Skill skill : Skill.values()) {
            int value = critique.skills().get(skill);
            out.println(String.format("  %-28s %s %3d", skill.title(), Terminal.bar(value), value));
        }
        List<Finding> problems = critique.problems();
        if (!problems.isEmpty()) {
            out.println();
            out.println(term.bold("What to fix"));
            for (Finding f : problems) {
                out.println("  " + term.red(f.category().title()) + "  turn " + f.turn() + ": \"" + f.quote() + "\"");
                out.println("    " + term.dim(f.why()));
                f.rewrite().ifPresent(r -> out.println("    Try: \"" + r + "\""));
            }
        }
        List<Finding> strengths = critique.strengths();
        if (!strengths.isEmpty()) {
            out.println();
            out.println(term.bold("What worked (reuse it)"));
            for (Finding f : strengths) {
                out.println("  " + term.green(f.category().title()) + "  turn " + f.turn() + ": \"" + f.quote() + "\"");
                // Which point was made, say: one line can make two, and the same quote twice reads as a glitch.
                out.println("    " + term.dim(f.why()));
            }
        }
        if (!critique.turningPoints().isEmpty()) {
            out.println();
            out.println(term.bold("Turning points"));
            for (TurningPoint p : critique.turningPoints()) {
                String direction = p.calmer() ? term.green("calmer") : term.red("angrier");
                out.println("  turn " + p.turn() + ": " + direction + " (" + p.before() + " → " + p.after()
                        + ") after you said \"" + p.learnerQuote() + "\"");
                if (!p.movedBy().isEmpty()) {
                    out.println("    " + term.dim(String.join("; ", p.movedBy())));
                }
            }
        }
        out.println();
        out.println(term.bold("Focus next run"));
        for (int i = 0; i < critique.focus().size(); i++) {
            out.println("  " + (i + 1) + ". " + critique.focus().get(i));
        }
        out.println();
        out.println(term.bold("Your questions"));
        for (Answer a : critique.answers()) {
            out.println("  " + a.question());
            out.println("    " + a.answer());
        }
        out.println();
    }
}
