package dev.spar.web.pages;

import dev.spar.web.SparSettings;
import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.practice.Limits;
import dev.spar.web.practice.PracticeService;
import dev.spar.web.practice.SessionView;
import dev.spar.web.practice.StoredTurn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The conversation itself: the chat, the live mood gauge, hint, restart, rewind and end. */
@Controller
class SparPage {
    private static final long STREAM_TIMEOUT_MS = 60_000;

    private final PracticeService practice;
    private final CurrentUser user;
    private final SparSettings settings;
    private final ExecutorService streams = Executors.newVirtualThreadPerTaskExecutor();

    SparPage(PracticeService practice, CurrentUser user, SparSettings settings) {
        this.practice = practice;
        this.user = user;
        this.settings = settings;
    }

    @PostMapping("/practice")
    String start(
            @RequestParam String scenarioId,
            @RequestParam(required = false) Integer difficulty,
            @RequestParam(defaultValue = "false") boolean surpriseMe) {
        SessionView v = practice.start(
                user.name(), Limits.id(scenarioId), Optional.empty(), Optional.ofNullable(difficulty), surpriseMe);
        return "redirect:/s/" + v.session().id();
    }

    @GetMapping("/s/{id}")
    String chat(@PathVariable String id, Model model) {
        SessionView v = practice.view(user.name(), Limits.sessionId(id));
        model.addAttribute("v", v);
        model.addAttribute("them", v.practice().scenario().persona().name());
        model.addAttribute("learnerNumbers", learnerNumbers(v));
        return "spar";
    }

    @PostMapping("/s/{id}/say")
    String say(@PathVariable String id, @RequestParam(defaultValue = "") String text, Model model) {
        var said = practice.say(user.name(), Limits.sessionId(id), text);
        SessionView v = said.session();
        model.addAttribute("v", v);
        model.addAttribute("them", v.practice().scenario().persona().name());
        model.addAttribute("said", said.learner());
        model.addAttribute("learnerNumber", v.learnerTurns().size());
        model.addAttribute("reply", said.reply().orElse(null));
        model.addAttribute(
                "safety", v.practice().safetyConcern().map(c -> c.message()).orElse(""));
        return "spar :: said";
    }

    @GetMapping(path = "/s/{id}/stream/{turn}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String id, @PathVariable int turn) {
        SessionView v = practice.view(user.name(), Limits.sessionId(id));
        StoredTurn reply = v.turns().stream()
                .filter(t -> t.number() == turn && !t.byLearner())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no reply " + turn + " in this session."));
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MS);
        Map<String, Object> done = Map.of(
                "emotion", reply.emotion().orElse(v.state().anger()),
                "trust", reply.trust().orElse(v.state().trust()),
                "mood",
                        dev.spar.simulation.CounterpartState.moodWord(
                                reply.emotion().orElse(0)),
                "ended", v.ended(),
                "outcome", v.outcome().description());
        streams.submit(() -> {
            try {
                for (String chunk : chunks(reply.text())) {
                    emitter.send(SseEmitter.event().name("token").data(Map.of("t", chunk), MediaType.APPLICATION_JSON));
                    if (settings.wordDelayMs() > 0) {
                        Thread.sleep(settings.wordDelayMs());
                    }
                }
                emitter.send(SseEmitter.event().name("done").data(done, MediaType.APPLICATION_JSON));
                emitter.complete();
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                emitter.complete();
            }
        });
        return emitter;
    }

    @PostMapping("/s/{id}/hint")
    String hint(@PathVariable String id, Model model) {
        model.addAttribute("hint", practice.hint(user.name(), Limits.sessionId(id)));
        return "spar :: hint";
    }

    @PostMapping("/s/{id}/restart")
    ResponseEntity<Void> restart(
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean anotherVersion,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        SessionView v = practice.again(user.name(), Limits.sessionId(id), anotherVersion);
        return go("/s/" + v.session().id(), htmx);
    }

    @PostMapping("/s/{id}/branch/{learnerTurn}")
    ResponseEntity<Void> branch(
            @PathVariable String id,
            @PathVariable int learnerTurn,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        SessionView v = practice.branch(user.name(), Limits.sessionId(id), learnerTurn);
        return go("/s/" + v.session().id(), htmx);
    }

    @PostMapping("/s/{id}/end")
    ResponseEntity<Void> end(
            @PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        practice.end(user.name(), Limits.sessionId(id));
        return go("/runs/" + id, htmx);
    }

    /** Redirects a plain form post, or tells htmx to go there. */
    static ResponseEntity<Void> go(String where, String htmx) {
        if ("true".equals(htmx)) {
            return ResponseEntity.noContent().header("HX-Redirect", where).build();
        }
        return ResponseEntity.status(303).header(HttpHeaders.LOCATION, where).build();
    }

    /** Splits a reply into words with the space before each, so the browser rebuilds it exactly. */
    static List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || (text.charAt(i) == ' ' && text.charAt(i - 1) != ' ')) {
                out.add(text.substring(start, i));
                start = i;
            }
        }
        return out;
    }

    /** Numbers each learner turn by its place among the learner's turns, for "try this turn again". */
    static Map<Integer, Integer> learnerNumbers(SessionView v) {
        Map<Integer, Integer> numbers = new java.util.HashMap<>();
        int n = 0;
        for (StoredTurn t : v.turns()) {
            if (t.byLearner()) {
                numbers.put(t.number(), ++n);
            }
        }
        return numbers;
    }
}
