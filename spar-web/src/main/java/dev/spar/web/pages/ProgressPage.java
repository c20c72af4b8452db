package dev.spar.web.pages;

import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.practice.PracticeService;
import dev.spar.web.practice.Progress;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Progress: scores per skill over time, runs per scenario, recurring habits and the streak. */
@Controller
class ProgressPage {
    private final PracticeService practice;
    private final CurrentUser user;
    private final Clock clock;

    ProgressPage(PracticeService practice, CurrentUser user, Clock clock) {
        this.practice = practice;
        this.user = user;
        this.clock = clock;
    }

    @GetMapping("/progress")
    String progress(Model model) {
        // the latest runs tell the progress; a history of thousands is not read whole on every visit
        Progress p = Progress.of(practice.recent(user.name()), LocalDate.now(clock), clock.getZone());
        model.addAttribute("p", p);
        model.addAttribute("chart", Charts.progress(p));
        return "progress";
    }
}
