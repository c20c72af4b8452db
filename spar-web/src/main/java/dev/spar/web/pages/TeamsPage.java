package dev.spar.web.pages;

import dev.spar.review.Drill;
import dev.spar.teams.Check;
import dev.spar.teams.DisputeState;
import dev.spar.teams.Scale;
import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.practice.Limits;
import dev.spar.web.practice.ScenarioCatalog;
import dev.spar.web.teams.AssignmentBook;
import dev.spar.web.teams.AuditLog;
import dev.spar.web.teams.Feedback;
import dev.spar.web.teams.Role;
import dev.spar.web.teams.Scorecards;
import dev.spar.web.teams.TeamAccess;
import dev.spar.web.teams.TeamDashboard;
import dev.spar.web.teams.TeamData;
import dev.spar.web.teams.Teams;
import dev.spar.web.teams.WeeklyRhythm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team pages (accounts mode): my teams, and one team's page whose sections follow the caller's role: an
 * administrator manages people and invitations, a coach sees the dashboard and sets the team's work, a learner sees
 * the week's conversation and the open drills. Each form answers with the page again; a form the services refuse
 * comes back with the reason beside it and everything typed still in it.
 */
@Controller
class TeamsPage {
    private static final int AUDIT = 50;
    private static final int WEEKLY = 5;

    private final Teams teams;
    private final AssignmentBook assignments;
    private final Scorecards scorecards;
    private final WeeklyRhythm weekly;
    private final TeamDashboard dashboard;
    private final TeamData data;
    private final Feedback feedback;
    private final AuditLog audit;
    private final TeamAccess access;
    private final ScenarioCatalog catalog;
    private final CurrentUser user;

    TeamsPage(
            Teams teams,
            AssignmentBook assignments,
            Scorecards scorecards,
            WeeklyRhythm weekly,
            TeamDashboard dashboard,
            TeamData data,
            Feedback feedback,
            AuditLog audit,
            TeamAccess access,
            ScenarioCatalog catalog,
            CurrentUser user) {
        this.teams = teams;
        this.assignments = assignments;
        this.scorecards = scorecards;
        this.weekly = weekly;
        this.dashboard = dashboard;
        this.data = data;
        this.feedback = feedback;
        this.audit = audit;
        this.access = access;
        this.catalog = catalog;
        this.user = user;
    }

    /** An invitation as the administrator's list shows it. */
    record InvitationRow(Teams.TeamInvitation invitation, String status, String link) {}

    /** A drill with the rewrites the caller may see (a coach: everyone's; a learner: their own). */
    record DrillRow(WeeklyRhythm.TeamDrill drill, List<WeeklyRhythm.Rewrite> rewrites) {}

    /** One row of the scorecard editor. */
    record CriterionRow(String id, String name, String weight, String scale, String check, boolean critical) {}

    @GetMapping("/teams")
    String teams(Model model) {
        model.addAttribute("memberships", teams.mine());
        model.addAttribute("admin", access.admin());
        return "teams";
    }

    @PostMapping("/teams")
    String create(@RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        try {
            return "redirect:/teams/" + teams.create(name).id();
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            flash.addFlashAttribute("typedName", name);
            return "redirect:/teams";
        }
    }

    @GetMapping("/teams/{id}")
    String team(@PathVariable String id, Model model) {
        Teams.Membership m = teams.get(id);
        boolean admin = access.admin();
        Role role = m.role().orElse(null);
        model.addAttribute("team", m.team());
        model.addAttribute("role", role);
        model.addAttribute("admin", admin);
        model.addAttribute("coach", role == Role.COACH);
        model.addAttribute("learner", role == Role.LEARNER);
        model.addAttribute(
                "base",
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                        .toUriString());
        model.addAttribute("none", Map.of());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        if (admin) {
            Instant now = Instant.now();
            model.addAttribute("members", teams.members(id));
            model.addAttribute(
                    "invitations",
                    teams.invitations(id).stream()
                            .map(i -> new InvitationRow(i, i.status(now), "/signup?code=" + i.code()))
                            .toList());
            access.requireAdminOf(id);
            model.addAttribute("audit", audit.of(id, AUDIT));
        }
        if (role == Role.COACH) {
            TeamDashboard.Dashboard d = dashboard.of(id);
            model.addAttribute("d", d);
            model.addAttribute("scoresChart", Charts.teamScores(d.learners()));
            model.addAttribute("skillsChart", Charts.teamSkills(d.skills()));
            model.addAttribute(
                    "openDisputes",
                    feedback.ofTeam(id).stream()
                            .filter(x -> x.state() == DisputeState.OPEN)
                            .toList());
            model.addAttribute(
                    "learners",
                    d.learners().stream().map(TeamDashboard.Learner::username).toList());
            model.addAttribute("scenarios", catalog.all(user.name()));
            model.addAttribute("patterns", Drill.Pattern.values());
            model.addAttribute("checks", checks());
            model.addAttribute("scales", scales());
            var card = scorecards.card(id);
            model.addAttribute("card", card);
            model.addAttribute("criteria", criteria(model, Scorecards.json(card)));
            model.addAttribute("highlights", weekly.highlights(id, WEEKLY));
        }
        if (role == Role.LEARNER) {
            model.addAttribute(
                    "mine",
                    assignments.mine().stream()
                            .filter(a -> a.assignment().teamId().equals(id))
                            .toList());
        }
        if (role != null) {
            model.addAttribute(
                    "drills",
                    weekly.drills(id, WEEKLY).stream()
                            .map(x -> new DrillRow(x, weekly.rewrites(x.id()).rewrites()))
                            .toList());
            model.addAttribute(
                    "latest", weekly.highlights(id, 1).stream().findFirst().orElse(null));
        }
        return "team";
    }

    // administrators

    @PostMapping("/teams/{id}/invitations")
    String invite(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "learner") String role,
            RedirectAttributes flash) {
        return attempt(id, "invite", Map.of("name", name, "role", role), "invite", flash, () -> {
            flash.addFlashAttribute("invited", List.of(teams.invite(id, name, role)));
            return "invite";
        });
    }

    @PostMapping("/teams/{id}/invitations/csv")
    String inviteAll(@PathVariable String id, @RequestParam(defaultValue = "") String csv, RedirectAttributes flash) {
        return attempt(id, "csv", Map.of("csv", csv), "invite", flash, () -> {
            flash.addFlashAttribute("invited", teams.inviteAll(id, csv));
            return "invite";
        });
    }

    @PostMapping("/teams/{id}/invitations/{code}/revoke")
    String revoke(@PathVariable String id, @PathVariable String code, RedirectAttributes flash) {
        return attempt(id, "invitations", Map.of(), "invitations", flash, () -> {
            teams.revoke(id, code);
            return "invitations";
        });
    }

    @PostMapping("/teams/{id}/members/{username}/remove")
    String remove(@PathVariable String id, @PathVariable String username, RedirectAttributes flash) {
        return attempt(id, "members", Map.of(), "members", flash, () -> {
            teams.remove(id, username);
            flash.addFlashAttribute("done", username + " is no longer in the team; their runs stay theirs.");
            return "members";
        });
    }

    @PostMapping("/teams/{id}/members/{username}/forget")
    String forget(
            @PathVariable String id,
            @PathVariable String username,
            @RequestParam(defaultValue = "") String confirm,
            @RequestParam(defaultValue = "false") boolean account,
            RedirectAttributes flash) {
        return attempt(id, "forget-" + username, Map.of("confirm", confirm), "members", flash, () -> {
            if (!username.equals(confirm.strip())) {
                throw new IllegalArgumentException(
                        "Type their username, " + username + ", to delete their data; nothing was deleted.");
            }
            data.forget(id, username, account);
            flash.addFlashAttribute(
                    "done", username + "'s data" + (account ? " and account were" : " was") + " deleted.");
            return "members";
        });
    }

    // coaches

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @PostMapping("/teams/{id}/assignments")
    String assign(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        Map<String, Object> typed = typed(form);
        return attempt(id, "assign", typed, "assign", flash, () -> {
            assignments.create(
                    id,
                    new AssignmentBook.Request(
                            blankAsNull(form.getFirst("kind")),
                            blankAsNull(form.getFirst("title")),
                            blankAsNull(form.getFirst("scenarioId")),
                            blankAsNull(form.getFirst("drillId")),
                            form.getFirst("due"),
                            number(form.getFirst("minScore"), "The minimum score"),
                            number(form.getFirst("attempts"), "The attempts allowed"),
                            form.getFirst("note"),
                            form.getOrDefault("people", List.of())));
            flash.addFlashAttribute("done", "Assigned.");
            return "assignments";
        });
    }

    @PostMapping("/teams/{id}/assignments/{assignmentId}/delete")
    String unassign(@PathVariable String id, @PathVariable String assignmentId, RedirectAttributes flash) {
        return attempt(id, "assignments", Map.of(), "assignments", flash, () -> {
            assignments.delete(id, assignmentId);
            flash.addFlashAttribute("done", "The assignment is deleted; the runs made for it stay their owners'.");
            return "assignments";
        });
    }

    @PostMapping("/teams/{id}/highlights")
    String highlight(
            @PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        return attempt(id, "highlight", typed(form), "week", flash, () -> {
            weekly.highlight(
                    id,
                    new WeeklyRhythm.HighlightRequest(
                            form.getFirst("sessionId"),
                            null,
                            number(form.getFirst("turn"), "The turn"),
                            form.getFirst("note")));
            flash.addFlashAttribute("done", "Shared as the conversation of the week.");
            return "week";
        });
    }

    @PostMapping("/teams/{id}/drills")
    String drill(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        return attempt(id, "drill", typed(form), "drills", flash, () -> {
            weekly.createDrill(
                    id,
                    new WeeklyRhythm.DrillRequest(
                            form.getFirst("pattern"),
                            form.getFirst("customer"),
                            form.getFirst("reply"),
                            null,
                            null,
                            form.getFirst("note")));
            flash.addFlashAttribute("done", "The drill is set.");
            return "drills";
        });
    }

    @PostMapping("/teams/{id}/scorecard")
    String scorecard(
            @PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        List<CriterionRow> rows = rows(form);
        Map<String, Object> typed = new LinkedHashMap<>(typed(form));
        typed.put("rows", rows);
        return attempt(id, "scorecard", typed, "scorecard", flash, () -> {
            List<Scorecards.CriterionJson> criteria = new ArrayList<>();
            int n = 0;
            for (CriterionRow r : rows) {
                n++;
                if (r.name().isBlank() && r.id().isBlank()) {
                    continue;
                }
                String criterionId = r.id().isBlank() ? slug(r.name()) : r.id();
                criteria.add(new Scorecards.CriterionJson(
                        criterionId,
                        r.name().strip(),
                        number(r.weight(), "The weight on row " + n),
                        r.scale(),
                        r.check().isBlank() ? null : r.check(),
                        r.critical()));
            }
            scorecards.set(
                    id,
                    new Scorecards.CardJson(
                            Optional.ofNullable(form.getFirst("name")).orElse(""), criteria));
            flash.addFlashAttribute("done", "The scorecard is saved.");
            return "scorecard";
        });
    }

    @PostMapping("/teams/{id}/disputes/{disputeId}/settle")
    String settle(
            @PathVariable String id,
            @PathVariable String disputeId,
            @RequestParam(defaultValue = "") String verdict,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes flash) {
        return attempt(id, "settle-" + disputeId, Map.of("note", note), "disputes", flash, () -> {
            Boolean upheld = verdict(verdict);
            if (upheld == null) {
                throw new IllegalArgumentException("Press Upheld (the finding stands) or Overturned (it was wrong).");
            }
            feedback.settle(disputeId, upheld, note);
            flash.addFlashAttribute("done", "The dispute is settled.");
            return "disputes";
        });
    }

    // learners

    /** Starts a run that answers one of the caller's assignments, from "Due for you" on the home page. */
    @PostMapping("/assignments/{assignmentId}/start")
    String start(@PathVariable String assignmentId, RedirectAttributes flash) {
        try {
            return "redirect:/s/" + assignments.start(assignmentId).session().id();
        } catch (IllegalStateException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/#due";
        }
    }

    /** Submits one of the caller's reviewed conversations for a review assignment, from "Due for you". */
    @PostMapping("/assignments/{assignmentId}/conversation")
    String submit(
            @PathVariable String assignmentId,
            @RequestParam(defaultValue = "") String conversationId,
            RedirectAttributes flash) {
        try {
            assignments.submit(TeamAccess.checkedId(assignmentId), conversationId);
            flash.addFlashAttribute("done", "Submitted for review.");
        } catch (IllegalStateException | IllegalArgumentException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/#due";
    }

    @PostMapping("/teams/{id}/drills/{drillId}/rewrites")
    String rewrite(
            @PathVariable String id,
            @PathVariable String drillId,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes flash) {
        return attempt(id, "rewrite-" + drillId, Map.of("text", text), "drill-" + drillId, flash, () -> {
            weekly.rewrite(drillId, text);
            return "drill-" + drillId;
        });
    }

    /** Settling takes the button pressed: upheld (the finding stands) or overturned. */
    static Boolean verdict(String verdict) {
        return switch (verdict) {
            case "upheld" -> true;
            case "overturned" -> false;
            default -> null;
        };
    }

    /**
     * Runs a form's action and returns to the team's page at its section; what the services refuse comes back
     * beside the form, with what was typed.
     */
    private String attempt(
            String teamId,
            String form,
            Map<String, ?> typed,
            String section,
            RedirectAttributes flash,
            Supplier<String> action) {
        // someone outside the team gets a 404 before anything they sent is looked at
        access.requireMember(teamId);
        String at = section;
        try {
            at = action.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            flash.addFlashAttribute("form", form);
            flash.addFlashAttribute("typed", typed);
        }
        return "redirect:/teams/" + teamId.replaceAll("[^0-9a-f-]", "") + "#" + at;
    }

    private static Map<String, Object> typed(MultiValueMap<String, String> form) {
        Map<String, Object> typed = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (!"_csrf".equals(k)) {
                typed.put(k, v.size() == 1 && !"people".equals(k) ? v.getFirst() : List.copyOf(v));
            }
        });
        return typed;
    }

    private static Integer number(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is a whole number; '" + Limits.shorten(text) + "' is not.", e);
        }
    }

    /** Reads the editor's rows: parallel fields per row, and the critical boxes by row number. */
    private static List<CriterionRow> rows(MultiValueMap<String, String> form) {
        List<String> ids = form.getOrDefault("criterionId", List.of());
        List<String> names = form.getOrDefault("criterionName", List.of());
        List<String> weights = form.getOrDefault("weight", List.of());
        List<String> scales = form.getOrDefault("scale", List.of());
        List<String> checks = form.getOrDefault("check", List.of());
        Set<String> critical = new HashSet<>(form.getOrDefault("critical", List.of()));
        List<CriterionRow> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(new CriterionRow(
                    at(ids, i),
                    at(names, i),
                    at(weights, i),
                    at(scales, i),
                    at(checks, i),
                    critical.contains(String.valueOf(i))));
        }
        return rows;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    /** The editor's rows: what was typed when it came back with a problem, else the card and one empty row. */
    private static List<CriterionRow> criteria(Model model, Scorecards.CardJson card) {
        Object typed = model.getAttribute("typed");
        if ("scorecard".equals(model.getAttribute("form"))
                && typed instanceof Map<?, ?> map
                && map.get("rows") instanceof List<?> rows) {
            List<CriterionRow> out = new ArrayList<>();
            rows.forEach(r -> out.add((CriterionRow) r));
            return out;
        }
        List<CriterionRow> out = new ArrayList<>();
        for (Scorecards.CriterionJson c : card.criteria()) {
            out.add(new CriterionRow(
                    c.id(),
                    c.name(),
                    String.valueOf(c.weight()),
                    c.scale(),
                    c.check() == null ? "" : c.check(),
                    Boolean.TRUE.equals(c.critical())));
        }
        out.add(new CriterionRow("", "", "10", Scorecards.id(Scale.YES_NO), "", false));
        return out;
    }

    /** Makes a criterion's id from its name: "Stays calm!" becomes "stays-calm". */
    static String slug(String name) {
        String s = name.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s.isEmpty() ? "criterion" : s;
    }

    /** One choice of a select: what is sent, and what people read. */
    record Option(String value, String label) {}

    /** The scales as the editor's select offers them. */
    static List<Option> scales() {
        return Arrays.stream(Scale.values())
                .map(s -> new Option(Scorecards.id(s), s.label()))
                .toList();
    }

    /** The automatic checks as the editor's select offers them. */
    static List<Option> checks() {
        return Arrays.stream(Check.values())
                .map(c -> new Option(Scorecards.id(c), c.title()))
                .toList();
    }
}
