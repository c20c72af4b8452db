package dev.spar.web.pages;

import dev.spar.coaching.Critique;
import dev.spar.coaching.Finding;
import dev.spar.coaching.Skill;
import dev.spar.llm.Narrative;
import dev.spar.llm.NarrativeResult;
import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.practice.Exports;
import dev.spar.web.practice.Limits;
import dev.spar.web.practice.PracticeService;
import dev.spar.web.practice.SessionRecord;
import dev.spar.web.practice.SessionView;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review of a run, runs side by side, the list of runs, export and delete. */
@Controller
class ReviewPage {
    private final PracticeService practice;
    private final CurrentUser user;

    ReviewPage(PracticeService practice, CurrentUser user) {
        this.practice = practice;
        this.user = user;
    }

    @GetMapping("/runs")
    String runs(Model model) {
        model.addAttribute("runs", practice.list(user.name()));
        return "runs";
    }

    @GetMapping("/runs/{id}")
    String review(@PathVariable String id, Model model) {
        SessionView v = practice.view(user.name(), Limits.sessionId(id));
        Critique critique = practice.critique(v);
        model.addAttribute("v", v);
        model.addAttribute("c", critique);
        model.addAttribute("them", v.practice().scenario().persona().name());
        model.addAttribute("skills", Skill.values());
        model.addAttribute("byTurn", byTurn(critique));
        model.addAttribute("learnerNumbers", SparPage.learnerNumbers(v));
        model.addAttribute("chart", Charts.emotion(List.of(v), List.of("This run")));
        model.addAttribute("others", others(v.session()));
        model.addAttribute(
                "notesWanted",
                practice.usesModel() && v.ended() && !v.learnerTurns().isEmpty());
        model.addAttribute("voice", practice.voiceName());
        return "review";
    }

    /** The coach's notes a model writes around the findings, loaded after the page so it shows at once. */
    @GetMapping("/runs/{id}/notes")
    String notes(@PathVariable String id, Model model) {
        NotesView notes = practice.coachNotes(user.name(), Limits.sessionId(id))
                .map(NotesView::of)
                .orElseGet(() -> NotesView.none("no language model is configured, or the run has not ended"));
        model.addAttribute("notes", notes);
        model.addAttribute("voice", practice.voiceName());
        return "review :: notes";
    }

    /** The coach's notes as the page shows them. */
    record NotesView(
            boolean written,
            String summary,
            List<Narrative.Rewrite> rewrites,
            List<String> nextTime,
            List<Narrative.Finding> findings,
            int dropped,
            String reason) {
        static NotesView of(NarrativeResult result) {
            return switch (result) {
                case NarrativeResult.Written(Narrative n) ->
                    new NotesView(true, n.summary(), n.rewrites(), n.nextTime(), n.findings(), n.droppedQuotes(), "");
                case NarrativeResult.Unavailable(String reason) -> none(reason);
            };
        }

        static NotesView none(String reason) {
            return new NotesView(false, "", List.of(), List.of(), List.of(), 0, reason);
        }
    }

    @GetMapping("/runs/compare")
    String compare(@RequestParam String a, @RequestParam String b, Model model) {
        SessionView left = practice.view(user.name(), Limits.sessionId(a));
        SessionView right = practice.view(user.name(), Limits.sessionId(b));
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("lc", practice.critique(left));
        model.addAttribute("rc", practice.critique(right));
        model.addAttribute("skills", Skill.values());
        model.addAttribute(
                "chart", Charts.emotion(List.of(left, right), List.of(label(left.session()), label(right.session()))));
        return "compare";
    }

    @GetMapping("/runs/{id}/export")
    ResponseEntity<String> export(@PathVariable String id, @RequestParam(defaultValue = "markdown") String format) {
        return Exports.export(practice, practice.view(user.name(), Limits.sessionId(id)), format);
    }

    @PostMapping("/runs/{id}/delete")
    String delete(@PathVariable String id) {
        practice.delete(user.name(), Limits.sessionId(id));
        return "redirect:/runs?deleted";
    }

    private List<SessionRecord> others(SessionRecord run) {
        return practice.list(user.name()).stream()
                .filter(s -> s.scenarioId().equals(run.scenarioId()) && !s.id().equals(run.id()))
                .toList();
    }

    static String label(SessionRecord r) {
        return r.createdAt().toString().substring(0, 16).replace('T', ' ')
                + r.versionName().map(n -> ", " + n).orElse("");
    }

    private static Map<Integer, List<Finding>> byTurn(Critique c) {
        return c.findings().stream().collect(Collectors.groupingBy(Finding::turn));
    }
}
