package dev.spar.web.pages;

import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Outcome;
import dev.spar.web.practice.SessionRecord;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Small formatting helpers every page can use as {@code fmt}. */
@ControllerAdvice(basePackages = "dev.spar.web")
class Formats {
    @ModelAttribute("fmt")
    Formats fmt() {
        return this;
    }

    /** A word for the other person's anger. */
    public String mood(int anger) {
        return CounterpartState.moodWord(anger);
    }

    /** How a run stands or ended, in words. */
    public String outcome(String id) {
        for (Outcome o : Outcome.values()) {
            if (o.id().equals(id)) {
                return o.description();
            }
        }
        return id;
    }

    /** A day, as 2026-12-31 (UTC). */
    public String day(java.time.Instant at) {
        return at.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    /** A moment, as 2026-12-31 14:05 (UTC). */
    public String when(java.time.Instant at) {
        return at.toString().substring(0, 16).replace('T', ' ');
    }

    /** An assignment status as a class name for its colour, such as {@code status-not-started}. */
    public String statusClass(dev.spar.teams.AssignmentStatus status) {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A run's date and time, with the version of the person it played. */
    public String label(SessionRecord r) {
        return ReviewPage.label(r);
    }
}
