package dev.spar.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.spar.simulation.ReplySink;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One streaming chat model, asked one prompt at a time: pieces go to a sink on the caller's thread as they
 * arrive, and every failure becomes a {@link ModelFault}, after bounded retries where they can help.
 */
final class ModelClient {
    /** Waits between attempts; tests pass one that only records. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** How often and how long to try again. */
    record Retries(int attempts, Duration firstWait, Duration longestWait) {
        static final Retries USUAL = new Retries(3, Duration.ofMillis(500), Duration.ofSeconds(20));

        Duration waitBefore(int attempt) {
            long millis = firstWait.toMillis() << Math.min(10, attempt - 1);
            return Duration.ofMillis(Math.min(millis, longestWait.toMillis()));
        }
    }

    /**
     * A prompt in two parts.
     *
     * @param system the rules and the material that does not change within a run
     * @param user this turn's material and request
     * @param maxTokens the longest answer wanted
     * @param json whether the answer must be a JSON object following this schema (null for plain text)
     */
    record Prompt(String system, String user, int maxTokens, ResponseFormat json) {}

    /** What came of one prompt. */
    sealed interface Completion {}

    /** The whole answer, exactly as handed to the sink since its last retraction. */
    record Done(String text) implements Completion {}

    /** No answer; the sink may have been handed part of one. */
    record Failed(ModelFault fault) implements Completion {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 160;
    /** The longest answer read, whatever the server does with the token limit. */
    static final int MAX_ANSWER_CHARS = 32_000;

    private final StreamingChatModel model;
    private final Duration idle;
    private final Optional<String> secret;
    private final Retries retries;
    private final Pause pause;

    ModelClient(StreamingChatModel model, Duration idle, Optional<String> secret, Retries retries, Pause pause) {
        this.model = model;
        this.idle = idle;
        this.secret = secret;
        this.retries = retries;
        this.pause = pause;
    }

    /**
     * Asks the prompt, trying again after a fault that may pass: the sink is told why before each new try,
     * and what it was handed before is void.
     */
    Completion complete(Prompt prompt, ReplySink sink) {
        for (int attempt = 1; ; attempt++) {
            Completion completion = once(prompt, sink);
            if (!(completion instanceof Failed(ModelFault fault))) {
                return completion;
            }
            Duration wait = fault.retryAfter().orElse(retries.waitBefore(attempt));
            if (!fault.kind().retriable()
                    || attempt >= retries.attempts()
                    || wait.compareTo(retries.longestWait()) > 0) {
                return completion;
            }
            sink.retract(fault.message() + "; trying again in " + seconds(wait));
            try {
                pause.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return completion;
            }
        }
    }

    private Completion once(Prompt prompt, ReplySink sink) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Exchange exchange = Exchange.attach(() -> events.add(new Ended()));
        try {
            ChatRequest.Builder request = ChatRequest.builder()
                    .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                    .maxOutputTokens(prompt.maxTokens());
            if (prompt.json() != null) {
                request.responseFormat(prompt.json());
            }
            model.chat(request.build(), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String piece) {
                    events.add(new Piece(piece));
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    events.add(new Complete(response.finishReason() != null));
                }

                @Override
                public void onError(Throwable error) {
                    events.add(new Error(error));
                }
            });
        } catch (RuntimeException e) {
            events.add(new Error(e));
        } finally {
            Exchange.detach();
        }
        StringBuilder text = new StringBuilder();
        try {
            while (true) {
                Event event = events.poll(idle.toMillis(), TimeUnit.MILLISECONDS);
                switch (event) {
                    case null -> {
                        exchange.hangUp();
                        return new Failed(ModelFault.of(
                                ModelFault.Kind.TIMEOUT,
                                (text.isEmpty() ? "no answer" : "no new words") + " for " + seconds(idle)));
                    }
                    case Piece(String piece) -> {
                        text.append(piece);
                        if (text.length() > MAX_ANSWER_CHARS) {
                            exchange.hangUp();
                            return new Failed(ModelFault.of(
                                    ModelFault.Kind.MALFORMED,
                                    "the answer ran past " + MAX_ANSWER_CHARS + " characters"));
                        }
                        sink.token(piece);
                    }
                    case Complete(boolean finished) -> {
                        if (finished || exchange.isClosedProperly()) {
                            return new Done(text.toString());
                        }
                        return cutOff(exchange);
                    }
                    case Error(Throwable error) -> {
                        exchange.hangUp();
                        return new Failed(fault(error, exchange));
                    }
                    case Ended() -> {
                        // The provider's client finishes after the stream ends; a stream that ended without
                        // its closing event never finishes, so give it a moment and call it cut.
                        Event next = events.poll(200, TimeUnit.MILLISECONDS);
                        if (next != null) {
                            events.add(next);
                            continue;
                        }
                        return cutOff(exchange);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.hangUp();
            return new Failed(ModelFault.of(ModelFault.Kind.CUT_OFF, "interrupted"));
        }
    }

    private static Completion cutOff(Exchange exchange) {
        exchange.hangUp();
        return new Failed(ModelFault.of(ModelFault.Kind.CUT_OFF, "the stream ended before its last event"));
    }

    private ModelFault fault(Throwable error, Exchange exchange) {
        int status = exchange.failedStatus();
        Optional<HttpException> http = cause(error, HttpException.class);
        if (status == 0 && http.isPresent()) {
            status = http.get().statusCode();
        }
        if (status != 0) {
            String detail = http.map(h -> detail(h.getMessage())).orElse("");
            ModelFault.Kind kind = status == 429
                    ? ModelFault.Kind.RATE_LIMITED
                    : status >= 500
                            ? ModelFault.Kind.SERVER_ERROR
                            : status == 401 || status == 403
                                    ? ModelFault.Kind.REFUSED
                                    : status == 404
                                            ? ModelFault.Kind.NOT_FOUND
                                            : status == 408 ? ModelFault.Kind.TIMEOUT : ModelFault.Kind.BAD_REQUEST;
            return new ModelFault(
                    kind, "HTTP " + status + (detail.isEmpty() ? "" : ", " + detail), exchange.retryAfter());
        }
        if (cause(error, TimeoutException.class).isPresent()
                || cause(error, HttpTimeoutException.class).isPresent()) {
            return ModelFault.of(ModelFault.Kind.TIMEOUT, "no answer for " + seconds(idle));
        }
        if (cause(error, ConnectException.class).isPresent()
                || cause(error, UnresolvedAddressException.class).isPresent()
                || cause(error, UnresolvedModelServerException.class).isPresent()) {
            return ModelFault.of(ModelFault.Kind.UNREACHABLE, "is it running, and is the base URL right?");
        }
        if (cause(error, IOException.class).isPresent()) {
            return ModelFault.of(ModelFault.Kind.CUT_OFF, "the connection dropped");
        }
        return ModelFault.of(ModelFault.Kind.MALFORMED, detail(String.valueOf(error.getMessage())));
    }

    /** Returns the server's own message from an error body, short, single-line and without the key. */
    String detail(String body) {
        String message = body == null ? "" : body.strip();
        try {
            JsonNode node = JSON.readTree(message);
            JsonNode error = node.path("error");
            JsonNode text = error.isTextual() ? error : error.path("message");
            if (text.isMissingNode() || !text.isTextual()) {
                text = node.path("message");
            }
            if (text.isTextual()) {
                message = text.asText();
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON: keep the text as it is.
        }
        if (secret.isPresent() && !secret.get().isBlank()) {
            message = message.replace(secret.get(), "***");
        }
        message = message.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL) + "...";
    }

    private static <T> Optional<T> cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis < 1000 ? millis + " ms" : Math.round(millis / 1000.0) + " s";
    }

    private sealed interface Event {}

    private record Piece(String text) implements Event {}

    private record Complete(boolean finished) implements Event {}

    private record Error(Throwable error) implements Event {}

    private record Ended() implements Event {}
}
