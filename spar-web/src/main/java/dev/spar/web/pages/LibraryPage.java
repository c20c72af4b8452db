package dev.spar.web.pages;

import dev.spar.scenario.Scenario;
import dev.spar.teams.AssignmentStatus;
import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.practice.ScenarioCatalog;
import dev.spar.web.teams.AssignmentBook;
import dev.spar.web.teams.Feedback;
import dev.spar.web.teams.Teams;
import dev.spar.web.teams.WeeklyRhythm;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The library: scenarios by shelf, with search and filters that update as you type; with accounts on, what is due
 * for the caller and the comments waiting for them above it.
 */
@Controller
class LibraryPage {
    private final ScenarioCatalog catalog;
    private final CurrentUser user;
    private final AssignmentBook assignments;
    private final Feedback feedback;
    private final Clock clock;
    private final Teams teams;
    private final WeeklyRhythm weekly;

    /** A team's conversation of the week, on the home page of its members. */
    record Week(String team, WeeklyRhythm.Highlight highlight) {}

    LibraryPage(
            ScenarioCatalog catalog,
            CurrentUser user,
            AssignmentBook assignments,
            Feedback feedback,
            Teams teams,
            WeeklyRhythm weekly,
            Clock clock) {
        this.teams = teams;
        this.weekly = weekly;
        this.catalog = catalog;
        this.user = user;
        this.assignments = assignments;
        this.feedback = feedback;
        this.clock = clock;
    }

    @GetMapping("/")
    String library(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "0") int difficulty,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        List<ScenarioCatalog.Entry> shown = catalog.all(user.name()).stream()
                .filter(e -> category.isEmpty() || e.scenario().category().id().equals(category))
                .filter(e -> difficulty == 0 || e.scenario().difficulty() == difficulty)
                .filter(e -> matches(e.scenario(), query))
                .toList();
        model.addAttribute("entries", shown);
        model.addAttribute(
                "shelves",
                java.util.Arrays.stream(Scenario.Category.values())
                        .map(c -> new Shelf(
                                c,
                                shown.stream()
                                        .filter(e -> e.scenario().category() == c)
                                        .toList()))
                        .filter(shelf -> !shelf.entries().isEmpty())
                        .toList());
        model.addAttribute("q", query);
        model.addAttribute("category", category);
        model.addAttribute("difficulty", difficulty);
        model.addAttribute("categories", Scenario.Category.values());
        model.addAttribute("broken", catalog.broken());
        if ("true".equals(htmx)) {
            return "library :: results";
        }
        if (user.accounts()) {
            Instant now = clock.instant();
            List<AssignmentBook.Mine> due = assignments.mine().stream()
                    .filter(m -> !complete(m.standing().status())
                            || m.assignment().due().isAfter(now))
                    .toList();
            model.addAttribute("due", due);
            if (due.stream().anyMatch(m -> m.assignment().kind() == AssignmentBook.Kind.REVIEW)) {
                model.addAttribute("reviewable", assignments.reviewable());
            }
            model.addAttribute("waiting", feedback.waiting());
            model.addAttribute(
                    "weeks",
                    teams.mine().stream()
                            .filter(m -> m.role().isPresent())
                            .flatMap(m -> weekly.highlights(m.team().id(), 1).stream()
                                    .filter(h -> h.at().isAfter(now.minus(java.time.Duration.ofDays(8))))
                                    .map(h -> new Week(m.team().name(), h)))
                            .toList());
        }
        return "library";
    }

    private static boolean complete(AssignmentStatus status) {
        return status == AssignmentStatus.PASSED || status == AssignmentStatus.DONE;
    }

    /** One shelf of the library. */
    record Shelf(Scenario.Category category, List<ScenarioCatalog.Entry> entries) {}

    private static boolean matches(Scenario s, String query) {
        if (query.isBlank()) {
            return true;
        }
        String haystack = (s.title() + " " + s.situation() + " " + s.persona().name() + " "
                        + s.persona().relationship() + " " + s.category().title())
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
