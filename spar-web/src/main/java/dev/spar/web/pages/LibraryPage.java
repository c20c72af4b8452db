package dev.spar.web.pages;

import dev.spar.scenario.Scenario;
import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.practice.ScenarioCatalog;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The library: scenarios by shelf, with search and filters that update as you type. */
@Controller
class LibraryPage {
    private final ScenarioCatalog catalog;
    private final CurrentUser user;

    LibraryPage(ScenarioCatalog catalog, CurrentUser user) {
        this.catalog = catalog;
        this.user = user;
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
        return "true".equals(htmx) ? "library :: results" : "library";
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
