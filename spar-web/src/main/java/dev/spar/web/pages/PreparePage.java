package dev.spar.web.pages;

import dev.spar.files.ScenarioFileException;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioProblem;
import dev.spar.scenario.ScenarioValidator;
import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.practice.Limits;
import dev.spar.web.practice.NotFound;
import dev.spar.web.practice.PracticeService;
import dev.spar.web.practice.ScenarioCatalog;
import dev.spar.web.practice.SessionView;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Prepare: describe the person and the stakes, from a library scenario or from scratch; start or save. */
@Controller
class PreparePage {
    private final ScenarioCatalog catalog;
    private final PracticeService practice;
    private final CurrentUser user;
    private final ScenarioValidator validator = new ScenarioValidator();

    PreparePage(ScenarioCatalog catalog, PracticeService practice, CurrentUser user) {
        this.catalog = catalog;
        this.practice = practice;
        this.user = user;
    }

    @GetMapping("/prepare")
    String prepare(@RequestParam(defaultValue = "") String from, Model model) {
        ScenarioForm form = from.isEmpty()
                ? ScenarioForm.blank()
                : ScenarioForm.of(catalog.find(user.name(), Limits.id(from))
                        .orElseThrow(() -> new NotFound("There is no scenario '" + Limits.shorten(from) + "'.")));
        return page(model, form, List.of(), Optional.empty());
    }

    @PostMapping("/prepare")
    String submit(
            @ModelAttribute ScenarioForm form,
            @RequestParam(defaultValue = "start") String action,
            Model model,
            HttpServletResponse response) {
        List<String> problems = new ArrayList<>(form.problems());
        if (!problems.isEmpty()) {
            return page(model, form, problems, Optional.empty());
        }
        Optional<Scenario> base = form.from() == null || form.from().isBlank()
                ? Optional.empty()
                : catalog.find(user.name(), Limits.id(form.from()));
        Scenario scenario = form.scenario(base);
        for (ScenarioProblem p : validator.validate(scenario)) {
            problems.add(p.describe());
        }
        if (!problems.isEmpty()) {
            return page(model, form, problems, Optional.empty());
        }
        try {
            catalog.save(user.name(), scenario);
        } catch (ScenarioFileException e) {
            // a field the scenario file or the database cannot hold: nothing was written, the form keeps it all
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            e.problems().forEach(p -> problems.add(p.describe()));
            return page(model, form, problems, Optional.empty());
        } catch (IllegalArgumentException e) {
            // Too long for the database, say: nothing was written, and what was typed stays in the form.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            problems.add(e.getMessage());
            return page(model, form, problems, Optional.empty());
        }
        if ("save".equals(action)) {
            return page(
                    model,
                    ScenarioForm.of(scenario),
                    List.of(),
                    Optional.of("Saved as your scenario '" + scenario.id() + "'."
                            + catalog.file(scenario.id())
                                    .map(f -> " It is also in " + f + ", where spar practice finds it.")
                                    .orElse("")));
        }
        SessionView v = practice.start(
                user.name(), scenario.id(), Optional.empty(), Optional.of(form.difficulty()), form.surprise());
        return "redirect:/s/" + v.session().id();
    }

    @GetMapping("/scenarios/{id}.yaml")
    ResponseEntity<String> download(@PathVariable String id) {
        Scenario s = catalog.find(user.name(), Limits.id(id))
                .orElseThrow(() -> new NotFound("There is no scenario '" + Limits.shorten(id) + "'."));
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(s.id() + ".yaml")
                                .build()
                                .toString())
                .body(catalog.yaml(s));
    }

    @PostMapping("/scenarios/{id}/delete")
    String delete(@PathVariable String id) {
        if (!catalog.delete(user.name(), Limits.id(id))) {
            throw new NotFound("You have no scenario '" + Limits.shorten(id) + "' to delete.");
        }
        return "redirect:/?removed";
    }

    private String page(Model model, ScenarioForm form, List<String> problems, Optional<String> saved) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("saved", saved.orElse(null));
        model.addAttribute("categories", Scenario.Category.values());
        model.addAttribute("triggers", ScenarioForm.TRIGGERS);
        model.addAttribute("moods", List.of(ScenarioForm.AS_DESCRIBED, "calm", "guarded", "upset", "furious"));
        return "prepare";
    }
}
