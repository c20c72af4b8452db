package dev.spar.web.pages;

import dev.spar.simulation.CounterpartState;
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

    /** A run's date and time, with the version of the person it played. */
    public String label(SessionRecord r) {
        return ReviewPage.label(r);
    }
}
