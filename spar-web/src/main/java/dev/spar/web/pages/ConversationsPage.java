package dev.spar.web.pages;

import dev.spar.review.ConversationReview;
import dev.spar.review.Drill;
import dev.spar.review.ReviewFinding;
import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.conversations.ConversationExport;
import dev.spar.web.conversations.ConversationService;
import dev.spar.web.conversations.ConversationView;
import dev.spar.web.conversations.TooLarge;
import dev.spar.web.practice.PracticeService;
import dev.spar.web.practice.SessionView;
import dev.spar.web.teams.Feedback;
import dev.spar.web.teams.TeamAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Real conversations: paste or upload one, read its review beside the transcript, correct who the agent is,
 * export it, delete it; and the list of the user's conversations.
 */
@Controller
class ConversationsPage {
    /** The longest conversation taken from the paste box, in characters: the server's form limit. */
    static final int MAX_PASTE = 60_000;

    private static final int PAGE = 20;

    private final ConversationService conversations;
    private final PracticeService practice;
    private final CurrentUser user;
    private final TeamAccess access;
    private final Feedback feedback;

    ConversationsPage(
            ConversationService conversations,
            PracticeService practice,
            CurrentUser user,
            TeamAccess access,
            Feedback feedback) {
        this.conversations = conversations;
        this.practice = practice;
        this.user = user;
        this.access = access;
        this.feedback = feedback;
    }

    @GetMapping("/conversations")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("list", conversations.list(user.name(), Math.max(0, page), PAGE));
        model.addAttribute("maxPaste", MAX_PASTE);
        model.addAttribute("maxBytes", ConversationService.MAX_BYTES / (1024 * 1024));
        return "conversations";
    }

    @PostMapping("/conversations")
    String add(
            @RequestParam(defaultValue = "") String content,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String agent,
            @RequestParam(defaultValue = "false") boolean keepOriginal,
            Model model) {
        boolean uploaded = file != null && !file.isEmpty();
        try {
            if (!uploaded && content.isBlank()) {
                throw new IllegalArgumentException("Paste a conversation or choose a file.");
            }
            if (!uploaded && content.length() > MAX_PASTE) {
                throw new TooLarge("The pasted conversation is " + content.length() + " characters; up to "
                        + MAX_PASTE + " can be pasted. Upload it as a file instead (up to "
                        + ConversationService.MAX_BYTES / (1024 * 1024) + " MB).");
            }
            ConversationView v = uploaded
                    ? conversations.importConversation(
                            user.name(), file.getOriginalFilename(), bytes(file), agent(agent), keepOriginal)
                    : conversations.importConversation(
                            user.name(),
                            ConversationService.PASTED,
                            content.getBytes(StandardCharsets.UTF_8),
                            agent(agent),
                            keepOriginal);
            return "redirect:/conversations/" + v.record().id();
        } catch (IllegalArgumentException | TooLarge e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("content", content.length() > MAX_PASTE ? "" : content);
            model.addAttribute("agent", agent);
            model.addAttribute("keepOriginal", keepOriginal);
            return list(0, model);
        }
    }

    /**
     * One reviewed conversation: the owner's, or, with accounts on, one a learner shared or submitted for an
     * assignment, read by a coach of their team (read-only but for comments; anything else stays not found).
     */
    @GetMapping("/conversations/{id}")
    String one(@PathVariable String id, Model model) {
        String owner = user.accounts() ? access.conversationOwner(id) : user.name();
        return show(conversations.view(owner, id), model);
    }

    /** Comments on a turn: by a coach who may read the conversation, or by its owner. */
    @PostMapping("/conversations/{id}/comments")
    String comment(
            @PathVariable String id,
            @RequestParam(required = false) Integer turn,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes flash) {
        String conversation = TeamAccess.checkedId(id);
        try {
            feedback.comment(conversation, turn, text);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            flash.addFlashAttribute("form", "comment-" + turn);
            flash.addFlashAttribute("typed", text);
        }
        return "redirect:/conversations/" + conversation + "#turn-" + (turn == null ? 1 : turn);
    }

    /** Shares the owner's conversation with the coaches of their teams, or makes it private again. */
    @PostMapping("/conversations/{id}/share")
    String share(@PathVariable String id, @RequestParam(defaultValue = "false") boolean shared) {
        String conversation = TeamAccess.checkedId(id);
        feedback.share(conversation, shared);
        return "redirect:/conversations/" + conversation + "#sharing";
    }

    /** Saves the customer as the user's own scenario and starts practising with them. */
    @PostMapping("/conversations/{id}/practise")
    String practise(@PathVariable String id) {
        String scenarioId = conversations.saveAsScenario(user.name(), id);
        SessionView v = practice.start(user.name(), scenarioId, Optional.empty(), Optional.empty(), false);
        return "redirect:/s/" + v.session().id();
    }

    /** Reads a rewrite of one agent reply for one pattern, and shows the feedback beside that reply. */
    @PostMapping("/conversations/{id}/drill")
    String drill(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int turn,
            @RequestParam(defaultValue = "") String pattern,
            @RequestParam(defaultValue = "") String rewrite,
            Model model) {
        ConversationView v = conversations.view(user.name(), id);
        model.addAttribute("drillTurn", turn);
        model.addAttribute("drillPattern", pattern);
        model.addAttribute("drillRewrite", rewrite);
        try {
            model.addAttribute("drill", conversations.drill(user.name(), id, turn, pattern, rewrite));
        } catch (IllegalArgumentException e) {
            model.addAttribute("drillProblem", e.getMessage());
        }
        return show(v, model);
    }

    private String show(ConversationView v, Model model) {
        ConversationReview r = v.review();
        boolean mine = v.record().owner().equals(user.name());
        model.addAttribute("mine", mine);
        model.addAttribute("owner", v.record().owner());
        model.addAttribute("teamMode", user.accounts());
        if (user.accounts()) {
            String id = v.record().id();
            model.addAttribute(
                    "comments", feedback.comments(id).stream().collect(Collectors.groupingBy(Feedback.Comment::turn)));
            model.addAttribute("sharing", feedback.sharing(id));
        }
        model.addAttribute("patterns", Drill.Pattern.values());
        model.addAttribute("v", v);
        model.addAttribute("r", r);
        model.addAttribute("byTurn", r.findings().stream().collect(Collectors.groupingBy(ReviewFinding::turn)));
        model.addAttribute("marked", marked(r));
        model.addAttribute("chart", Charts.intensity(r));
        model.addAttribute("style", r.customerStyle().name().toLowerCase(java.util.Locale.ROOT));
        return "conversation";
    }

    @PostMapping("/conversations/{id}/agent")
    String agent(@PathVariable String id, @RequestParam(defaultValue = "") String agent) {
        conversations.changeAgent(user.name(), id, agent);
        return "redirect:/conversations/" + id + "?agent";
    }

    @GetMapping("/conversations/{id}/export")
    ResponseEntity<String> export(@PathVariable String id) {
        return ConversationExport.download(conversations, conversations.view(user.name(), id));
    }

    @PostMapping("/conversations/{id}/delete")
    String delete(@PathVariable String id) {
        conversations.delete(user.name(), id);
        return "redirect:/conversations?deleted";
    }

    private static Optional<String> agent(String agent) {
        return Optional.of(agent.strip()).filter(a -> !a.isEmpty());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A piece of a turn's text, marked when a finding quotes it.
     *
     * @param text the words
     * @param mark empty, {@code problem} or {@code strength}
     */
    record Piece(String text, String mark) {}

    /** Each turn's text cut into pieces, the quoted words marked, by turn number. */
    static Map<Integer, List<Piece>> marked(ConversationReview r) {
        Map<Integer, List<Piece>> out = new java.util.HashMap<>();
        for (Map.Entry<Integer, List<ReviewFinding>> e : r.findings().stream()
                .collect(Collectors.groupingBy(ReviewFinding::turn))
                .entrySet()) {
            String text = r.transcript().turns().get(e.getKey() - 1).text();
            out.put(e.getKey(), pieces(text, e.getValue()));
        }
        return out;
    }

    static List<Piece> pieces(String text, List<ReviewFinding> findings) {
        record Span(int start, int end, String mark) {}
        List<Span> spans = new ArrayList<>();
        for (ReviewFinding f : findings) {
            int at = f.quote().isEmpty() ? -1 : text.indexOf(f.quote());
            if (at >= 0) {
                spans.add(new Span(at, at + f.quote().length(), f.isProblem() ? "problem" : "strength"));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Piece> out = new ArrayList<>();
        int done = 0;
        for (Span s : spans) {
            if (s.start() < done) {
                continue;
            }
            if (s.start() > done) {
                out.add(new Piece(text.substring(done, s.start()), ""));
            }
            out.add(new Piece(text.substring(s.start(), s.end()), s.mark()));
            done = s.end();
        }
        if (done < text.length()) {
            out.add(new Piece(text.substring(done), ""));
        }
        return out;
    }
}
