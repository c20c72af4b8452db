package dev.spar.files;

import dev.spar.coaching.Answer;
import dev.spar.coaching.Critique;
import dev.spar.coaching.Finding;
import dev.spar.coaching.Skill;
import dev.spar.coaching.TurningPoint;
import dev.spar.simulation.Practice;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.List;

/**
 * Writes a run and its review as Markdown, to keep or share: the transcript, the findings with their
 * quotes and rewrites, the scores and what to focus on. Text the learner or the scenario wrote is escaped so
 * it reads as itself, never as formatting.
 */
public final class RunMarkdown {

    /** Returns the run and its review as Markdown; a run stopped for safety has its transcript and no review. */
    public String write(Practice practice, Critique critique) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(practice.scenario().title())).append("\n\n");
        md.append("- Outcome: ").append(critique.outcome().description()).append('\n');
        if (critique.isReviewed()) {
            md.append("- Score: ").append(critique.score()).append("/100\n");
        }
        md.append("- Seed ")
                .append(practice.settings().seed())
                .append(", difficulty ")
                .append(practice.settings().difficulty());
        practice.version().ifPresent(v -> md.append(", ").append(escape(v.name())));
        md.append("\n\n## Transcript\n\n");
        String them = escape(practice.scenario().persona().name());
        for (Turn turn : practice.turns()) {
            md.append(turn.number())
                    .append(". **")
                    .append(turn.speaker() == Speaker.LEARNER ? "You" : them)
                    .append(":** ")
                    .append(escape(turn.text()));
            turn.emotion().ifPresent(e -> md.append(" _(anger ").append(e).append(")_"));
            md.append('\n');
        }
        practice.safetyConcern()
                .ifPresent(c -> md.append("\n> ").append(escape(c.message())).append('\n'));
        if (!critique.isReviewed()) {
            md.append("\nThis run is not reviewed or scored: it stopped for safety.\n");
            return md.toString();
        }
        md.append("\n## Skills\n\n| Skill | Score |\n|---|---|\n");
        for (Skill skill : Skill.values()) {
            md.append("| ")
                    .append(skill.title())
                    .append(" | ")
                    .append(critique.skills().get(skill))
                    .append(" |\n");
        }
        findings(md, "What to fix", critique.problems());
        findings(md, "What worked", critique.strengths());
        if (!critique.turningPoints().isEmpty()) {
            md.append("\n## Turning points\n\n");
            for (TurningPoint p : critique.turningPoints()) {
                md.append("- Turn ")
                        .append(p.turn())
                        .append(p.calmer() ? ": calmer (" : ": angrier (")
                        .append(p.before())
                        .append(" → ")
                        .append(p.after())
                        .append(") after \"")
                        .append(escape(p.learnerQuote()))
                        .append("\"");
                if (!p.movedBy().isEmpty()) {
                    md.append(": ").append(escape(String.join("; ", p.movedBy())));
                }
                md.append('\n');
            }
        }
        md.append("\n## Focus next run\n\n");
        for (int i = 0; i < critique.focus().size(); i++) {
            md.append(i + 1)
                    .append(". ")
                    .append(escape(critique.focus().get(i)))
                    .append('\n');
        }
        if (!critique.answers().isEmpty()) {
            md.append("\n## Your questions\n\n");
            for (Answer a : critique.answers()) {
                md.append("**").append(escape(a.question())).append("**  \n");
                md.append(escape(a.answer())).append("\n\n");
            }
        }
        return md.toString();
    }

    private static void findings(StringBuilder md, String heading, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("\n## ").append(heading).append("\n\n");
        for (Finding f : findings) {
            md.append("- **")
                    .append(f.category().title())
                    .append("**, turn ")
                    .append(f.turn())
                    .append(": \"")
                    .append(escape(f.quote()))
                    .append("\"  \n  ")
                    .append(escape(f.why()))
                    .append('\n');
            f.rewrite().ifPresent(r -> md.append("  Try: \"").append(escape(r)).append("\"\n"));
        }
    }

    /** Escapes the characters Markdown would read as formatting or markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            if ("\\`*_[]<>|#~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
