package dev.spar.web.pages;

import dev.spar.simulation.ReplySink;
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
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
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
    /** Long enough for a slow local model to write a reply; the model's own timeout ends a stalled one sooner. */
    private static final long STREAM_TIMEOUT_MS = 300_000;

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
        SessionView v = practice.viewAsItStands(user.name(), Limits.sessionId(id));
        model.addAttribute("v", v);
        model.addAttribute("them", v.practice().scenario().persona().name());
        model.addAttribute("themInASentence", v.practice().scenario().persona().nameInASentence());
        model.addAttribute("learnerNumbers", learnerNumbers(v));
        model.addAttribute("retriedTurn", retriedTurn(v).orElse(null));
        model.addAttribute("voice", practice.voiceName());
        model.addAttribute("usesModel", practice.usesModel());
        model.addAttribute("modelSpeaks", practice.modelSpeaks(v));
        model.addAttribute(
                "waiting",
                v.pendingReply()
                        .map(n -> StoredTurn.awaitedReply(n, v.session().updatedAt()))
                        .orElse(null));
        return "spar";
    }

    /** Stores the learner's line and shows it, with a reply that streams in from {@link #stream}. */
    @PostMapping("/s/{id}/say")
    String say(@PathVariable String id, @RequestParam(defaultValue = "") String text, Model model) {
        var accepted = practice.accept(user.name(), Limits.sessionId(id), text);
        SessionView v = accepted.session();
        model.addAttribute("v", v);
        model.addAttribute("them", v.practice().scenario().persona().name());
        model.addAttribute("themInASentence", v.practice().scenario().persona().nameInASentence());
        model.addAttribute("said", accepted.learner());
        model.addAttribute("learnerNumber", v.learnerTurns().size());
        model.addAttribute(
                "reply",
                StoredTurn.awaitedReply(
                        accepted.replyNumber(), accepted.learner().createdAt()));
        return "spar :: said";
    }

    /**
     * Streams a reply as server-sent events: {@code token} events with each piece as it is spoken (as JSON, so
     * leading spaces survive), {@code retract} when a model's line had to be replaced (with the reason), then
     * {@code done} with the person's state, or {@code failed}. A reply still to be spoken is spoken now, by the
     * model when one is configured; one already stored is sent again.
     */
    @GetMapping(path = "/s/{id}/stream/{turn}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String id, @PathVariable int turn) {
        String owner = user.name();
        String sessionId = Limits.sessionId(id);
        SessionView before = practice.viewAsItStands(owner, sessionId);
        boolean toSpeak = before.pendingReply().equals(Optional.of(turn));
        if (!toSpeak && reply(before, turn).isEmpty()) {
            throw new IllegalArgumentException("There is no reply " + turn + " in this session.");
        }
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MS);
        Events events = new Events(emitter, settings.wordDelayMs());
        streams.submit(() -> {
            try {
                SessionView after = toSpeak ? practice.speak(owner, sessionId, events) : before;
                Optional<StoredTurn> reply = reply(after, turn);
                if (!events.spoke()) {
                    reply.ifPresent(r -> events.token(r.text()));
                }
                events.send("done", done(after, reply, practice.modelSpeaks(after)));
                emitter.complete();
            } catch (DataAccessException | TransactionException e) {
                events.send("failed", Map.of("message", "The reply could not be saved: the database refused it."));
                emitter.complete();
            } catch (RuntimeException e) {
                events.send("failed", Map.of("message", "The reply could not be spoken: " + e.getMessage()));
                emitter.complete();
            }
        });
        return emitter;
    }

    /** Returns the counterpart's stored turn with this number. */
    private static Optional<StoredTurn> reply(SessionView v, int turn) {
        return v.turns().stream()
                .filter(t -> t.number() == turn && !t.byLearner())
                .findFirst();
    }

    private static Map<String, Object> done(SessionView v, Optional<StoredTurn> reply, boolean modelSpeaks) {
        int emotion = reply.flatMap(StoredTurn::emotion).orElse(v.state().anger());
        return Map.of(
                "modelSpeaks", modelSpeaks,
                "emotion", emotion,
                "trust", reply.flatMap(StoredTurn::trust).orElse(v.state().trust()),
                "mood", dev.spar.simulation.CounterpartState.moodWord(emotion),
                "ended", v.ended(),
                "outcome", v.outcome().description(),
                "reviewed", v.outcome().isReviewed(),
                "safety",
                        reply.isEmpty()
                                ? v.practice()
                                        .safetyConcern()
                                        .map(c -> c.message())
                                        .orElse("")
                                : "");
    }

    /**
     * Sends a reply's pieces to the browser as they are spoken. A browser that went away stops nothing: the reply
     * is still spoken and stored, and shown when the page is opened again.
     */
    private static final class Events implements ReplySink {
        private final SseEmitter emitter;
        private final int wordDelayMs;
        private boolean spoke;
        private boolean gone;

        Events(SseEmitter emitter, int wordDelayMs) {
            this.emitter = emitter;
            this.wordDelayMs = wordDelayMs;
        }

        /** Sends a piece word by word: a whole line (the simulator's) reads as if typed; a model's token goes at once. */
        @Override
        public void token(String piece) {
            spoke = true;
            List<String> words = chunks(piece);
            for (int i = 0; i < words.size(); i++) {
                send("token", Map.of("t", words.get(i)));
                if (i < words.size() - 1 && wordDelayMs > 0 && !gone) {
                    try {
                        Thread.sleep(wordDelayMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        gone = true;
                    }
                }
            }
        }

        @Override
        public void retract(String reason) {
            send("retract", Map.of("reason", reason));
        }

        boolean spoke() {
            return spoke;
        }

        void send(String name, Object data) {
            if (gone) {
                return;
            }
            try {
                emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                gone = true;
            }
        }
    }

    /** Hands the rest of the conversation to the built-in simulator, or back to the model. */
    @PostMapping("/s/{id}/voice")
    ResponseEntity<Void> voice(
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean simulator,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        practice.speakWith(user.name(), Limits.sessionId(id), simulator);
        return go("/s/" + id, htmx);
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

    /**
     * Returns the number, as the pages show it, of the turn a branch tries again. The branch keeps what came before
     * that turn, so it is the branch's own learner turn of that place, or the next turn while it is still to be said.
     */
    static Optional<Integer> retriedTurn(SessionView v) {
        return v.session().branchedAt().map(k -> {
            List<StoredTurn> learner = v.learnerTurns();
            if (k <= learner.size()) {
                return learner.get(k - 1).number();
            }
            return v.turns().isEmpty() ? 1 : v.turns().getLast().number() + 1;
        });
    }

    /**
     * Numbers each learner turn by its place among the learner's turns, which is how a branch names the turn it
     * tries again; the pages show the turn's own number instead.
     */
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
