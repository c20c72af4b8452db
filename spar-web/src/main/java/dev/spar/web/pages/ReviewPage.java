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
import dev.spar.web.teams.Feedback;
import dev.spar.web.teams.Scorecards;
import dev.spar.web.teams.TeamAccess;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review of a run, runs side by side, the list of runs, export and delete. */
@Controller
class ReviewPage {
    private final PracticeService practice;
    private final CurrentUser user;
    private final TeamAccess access;
    private final Feedback feedback;
    private final Scorecards scorecards;

    ReviewPage(
            PracticeService practice, CurrentUser user, TeamAccess access, Feedback feedback, Scorecards scorecards) {
        this.practice = practice;
        this.user = user;
        this.access = access;
        this.feedback = feedback;
        this.scorecards = scorecards;
    }

    /** The user's runs, newest first, 50 to a page: a long history stays quick. */
    @GetMapping("/runs")
    String runs(@RequestParam(defaultValue = "0") int page, Model model) {
        PracticeService.Page p = practice.page(user.name(), Math.max(0, page), RUNS_PAGE);
        model.addAttribute("runs", p.items());
        model.addAttribute("page", p);
        return "runs";
    }

    private static final int RUNS_PAGE = 50;

    /**
     * The review of a run: the owner's, or, with accounts on, one a learner shared or made for an assignment, read
     * by a coach of their team (read-only but for comments and settling disputes; private practice stays not found).
     */
    @GetMapping("/runs/{id}")
    String review(@PathVariable String id, Model model) {
        String session = Limits.sessionId(id);
        String owner = user.accounts() ? access.runOwner(session) : user.name();
        boolean mine = owner.equals(user.name());
        SessionView v = mine ? practice.view(owner, session) : practice.viewAsItStands(owner, session);
        Critique critique = practice.critique(v);
        model.addAttribute("mine", mine);
        model.addAttribute("owner", owner);
        model.addAttribute("teamMode", user.accounts());
        if (user.accounts()) {
            model.addAttribute(
                    "comments",
                    feedback.comments(session).stream().collect(Collectors.groupingBy(Feedback.Comment::turn)));
            model.addAttribute(
                    "disputes",
                    feedback.disputes(session).stream()
                            .collect(Collectors.groupingBy(
                                    x -> x.turn() + ":" + x.category().id())));
            model.addAttribute("sharing", feedback.sharing(session));
            model.addAttribute(
                    "scorecards", v.ended() && critique.isReviewed() ? scorecards.resultsFor(session) : List.of());
        }
        model.addAttribute("v", v);
        model.addAttribute("c", critique);
        model.addAttribute("them", v.practice().scenario().persona().name());
        model.addAttribute("themInASentence", v.practice().scenario().persona().nameInASentence());
        model.addAttribute("skills", Skill.values());
        model.addAttribute("byTurn", byTurn(critique));
        model.addAttribute("learnerNumbers", SparPage.learnerNumbers(v));
        model.addAttribute("chart", Charts.emotion(List.of(v), List.of("This run")));
        model.addAttribute("others", mine ? others(v.session()) : List.of());
        model.addAttribute(
                "notesWanted",
                mine
                        && practice.usesModel()
                        && v.ended()
                        && critique.isReviewed()
                        && !v.learnerTurns().isEmpty());
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
        List<String> labels = labels(left.session(), right.session());
        model.addAttribute("labels", labels);
        model.addAttribute("chart", Charts.emotion(List.of(left, right), labels));
        return "compare";
    }

    /** Comments on a turn: by a coach who may read the run, or by its owner. */
    @PostMapping("/runs/{id}/comments")
    String comment(
            @PathVariable String id,
            @RequestParam(required = false) Integer turn,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes flash) {
        String session = Limits.sessionId(id);
        try {
            feedback.comment(session, turn, text);
        } catch (IllegalArgumentException e) {
            problem(flash, e, "comment-" + turn, text);
        }
        return "redirect:/runs/" + session + "#turn-" + (turn == null ? 1 : turn);
    }

    /** A coach marks a criterion of the team's scorecard on a run by hand, or overrides Spar's mark with a reason. */
    @PostMapping("/runs/{id}/scorecard/{teamId}")
    String mark(
            @PathVariable String id,
            @PathVariable String teamId,
            @RequestParam(defaultValue = "") String criterion,
            @RequestParam(defaultValue = "") String mark,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean override,
            RedirectAttributes flash) {
        String session = Limits.sessionId(id);
        access.runOwner(session);
        try {
            scorecards.mark(TeamAccess.checkedId(teamId), session, criterion, mark, reason, override);
        } catch (IllegalArgumentException e) {
            problem(flash, e, "mark-" + teamId + "-" + criterion, reason);
        }
        return "redirect:/runs/" + session + "#card-" + teamId;
    }

    /** Shares the owner's run with the coaches of their teams, or makes it private again. */
    @PostMapping("/runs/{id}/share")
    String share(@PathVariable String id, @RequestParam(defaultValue = "false") boolean shared) {
        String session = Limits.sessionId(id);
        feedback.share(session, shared);
        return "redirect:/runs/" + session + "#sharing";
    }

    /** The owner says a finding is not what they meant; a coach settles it. */
    @PostMapping("/runs/{id}/disputes")
    String dispute(
            @PathVariable String id,
            @RequestParam(required = false) Integer turn,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        String session = Limits.sessionId(id);
        try {
            feedback.dispute(session, turn, category, reason);
        } catch (IllegalArgumentException | IllegalStateException e) {
            problem(flash, e, "dispute-" + turn + ":" + category, reason);
        }
        return "redirect:/runs/" + session + "#turn-" + (turn == null ? 1 : turn);
    }

    /** A coach settles a dispute on a run they read: upheld (the finding stands) or overturned. */
    @PostMapping("/runs/{id}/disputes/{disputeId}/settle")
    String settle(
            @PathVariable String id,
            @PathVariable String disputeId,
            @RequestParam(defaultValue = "0") int turn,
            @RequestParam(defaultValue = "") String verdict,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes flash) {
        String session = Limits.sessionId(id);
        // someone who may not read the run gets a 404 before anything they sent is looked at
        access.runOwner(session);
        try {
            Boolean upheld = TeamsPage.verdict(verdict);
            if (upheld == null) {
                throw new IllegalArgumentException("Press Upheld (the finding stands) or Overturned (it was wrong).");
            }
            feedback.settle(disputeId, upheld, note);
        } catch (IllegalArgumentException | IllegalStateException e) {
            problem(flash, e, "settle-" + disputeId, note);
        }
        return "redirect:/runs/" + session + "#turn-" + Math.max(1, turn);
    }

    private static void problem(RedirectAttributes flash, RuntimeException e, String form, String typed) {
        flash.addFlashAttribute("problem", e.getMessage());
        flash.addFlashAttribute("form", form);
        flash.addFlashAttribute("typed", typed);
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

    /**
     * The other finished runs of the scenario: a run still going has no review to compare with, nor one stopped for
     * safety.
     */
    private List<SessionRecord> others(SessionRecord run) {
        return practice.ofScenario(user.name(), run.scenarioId()).stream()
                .filter(s -> !s.id().equals(run.id()) && s.ended() && PracticeService.reviewed(s))
                .toList();
    }

    static String label(SessionRecord r) {
        return label(r, 16);
    }

    /** Returns a label for each of two runs that tells them apart: to the second, or numbered, if need be. */
    static List<String> labels(SessionRecord a, SessionRecord b) {
        if (!label(a).equals(label(b))) {
            return List.of(label(a), label(b));
        }
        if (!label(a, 19).equals(label(b, 19))) {
            return List.of(label(a, 19), label(b, 19));
        }
        return List.of(label(a) + " (1)", label(b) + " (2)");
    }

    private static String label(SessionRecord r, int length) {
        String when = r.createdAt().toString().replace('T', ' ');
        return when.substring(0, Math.min(length, when.length()))
                + r.versionName().map(n -> ", " + n).orElse("");
    }

    private static Map<Integer, List<Finding>> byTurn(Critique c) {
        return c.findings().stream().collect(Collectors.groupingBy(Finding::turn));
    }
}
