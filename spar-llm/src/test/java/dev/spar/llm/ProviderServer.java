package dev.spar.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback port that speaks a provider's wire protocol, OpenAI's chat completions or
 * Anthropic's messages, streaming included, answering each request with the next scripted reply. It keeps
 * every request, and the moment each streamed piece left it, for the overhead benchmark.
 */
public final class ProviderServer implements AutoCloseable {
    /** The wire protocol spoken. */
    public enum Protocol {
        OPENAI("/v1/chat/completions"),
        ANTHROPIC("/v1/messages");

        final String path;

        Protocol(String path) {
            this.path = path;
        }
    }

    /** One scripted reply. */
    public sealed interface Reply {}

    /** Streams these pieces, then the protocol's closing events unless {@code closed} is false. */
    public record Stream(List<String> pieces, boolean closed, Duration gap) implements Reply {}

    /** Streams these pieces, then drops the connection in the middle of the body. */
    public record Cut(List<String> pieces) implements Reply {}

    /** Streams these pieces, then says nothing for this long. */
    public record Stall(List<String> pieces, Duration silence) implements Reply {}

    /** Answers with an HTTP status, headers and body. */
    public record Status(int code, Map<String, String> headers, String body) implements Reply {}

    /** Sends one event whose data is not JSON. */
    public record Garbage(String data) implements Reply {}

    /**
     * A request as received.
     *
     * @param path the path
     * @param headers the headers, names in lower case, first value each
     * @param body the body
     */
    public record Request(String path, Map<String, String> headers, String body) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Protocol protocol;
    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Long> sentAt = new CopyOnWriteArrayList<>();
    private volatile java.util.function.Function<Request, Reply> otherwise = request -> null;

    /** Starts a server on an ephemeral loopback port. */
    public ProviderServer(Protocol protocol) {
        this.protocol = protocol;
        // Like the real servers (Go's and Python's set it by default), send each small write at once, without
        // Nagle's wait for the client's delayed acknowledgement.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test server", e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Returns the base URL to configure, such as {@code http://127.0.0.1:43210/v1}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort() + "/v1";
    }

    /** Adds replies to the script, answered in order. */
    public ProviderServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Answers each request the script does not cover with a function of it. */
    public ProviderServer otherwise(java.util.function.Function<Request, Reply> answer) {
        this.otherwise = answer;
        return this;
    }

    /** Streams these pieces and closes the stream properly. */
    public static Stream stream(String... pieces) {
        return new Stream(List.of(pieces), true, Duration.ZERO);
    }

    /** Returns the requests received so far. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Returns and forgets the {@link System#nanoTime()} at which each streamed piece was flushed. */
    public List<Long> drainSentAt() {
        List<Long> out = new ArrayList<>(sentAt);
        sentAt.clear();
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders()
                    .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.getFirst()));
            Request request = new Request(exchange.getRequestURI().getPath(), headers, body);
            requests.add(request);
            Reply reply = script.poll();
            if (reply == null) {
                reply = otherwise.apply(request);
            }
            if (reply == null || !exchange.getRequestURI().getPath().equals(protocol.path)) {
                send(exchange, 404, Map.of(), "{\"error\":{\"message\":\"nothing scripted for this request\"}}");
                return;
            }
            switch (reply) {
                case Status(int code, Map<String, String> extra, String text) -> send(exchange, code, extra, text);
                case Stream(List<String> pieces, boolean closed, Duration gap) -> {
                    OutputStream out = open(exchange, 0);
                    start(out);
                    for (String piece : pieces) {
                        piece(out, piece);
                        pause(gap);
                    }
                    if (closed) {
                        finish(out);
                    }
                }
                case Cut(List<String> pieces) -> {
                    OutputStream out = open(exchange, 1_000_000);
                    start(out);
                    for (String piece : pieces) {
                        piece(out, piece);
                    }
                    // Fewer bytes than promised: closing the exchange drops the connection mid-body.
                }
                case Stall(List<String> pieces, Duration silence) -> {
                    OutputStream out = open(exchange, 0);
                    start(out);
                    for (String piece : pieces) {
                        piece(out, piece);
                    }
                    pause(silence);
                }
                case Garbage(String data) -> {
                    OutputStream out = open(exchange, 0);
                    write(
                            out,
                            (protocol == Protocol.ANTHROPIC ? "event: content_block_delta\n" : "") + "data: " + data
                                    + "\n\n");
                    finish(out);
                }
            }
        } catch (IOException e) {
            // The client hung up: nothing more to send.
        }
    }

    private static OutputStream open(HttpExchange exchange, long length) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, length);
        return exchange.getResponseBody();
    }

    private static void send(HttpExchange exchange, int code, Map<String, String> headers, String body)
            throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private void start(OutputStream out) throws IOException {
        if (protocol == Protocol.ANTHROPIC) {
            event(
                    out,
                    "message_start",
                    "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
                            + "\"role\":\"assistant\",\"model\":\"test-model\",\"content\":[],\"stop_reason\":null,"
                            + "\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}");
            event(
                    out,
                    "content_block_start",
                    "{\"type\":\"content_block_start\",\"index\":0,"
                            + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
        } else {
            event(out, null, chunk(json -> json.putObject("delta").put("role", "assistant"), null));
        }
    }

    private void piece(OutputStream out, String piece) throws IOException {
        if (protocol == Protocol.ANTHROPIC) {
            ObjectNode data =
                    JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
            data.putObject("delta").put("type", "text_delta").put("text", piece);
            event(out, "content_block_delta", data.toString());
        } else {
            event(out, null, chunk(json -> json.putObject("delta").put("content", piece), null));
        }
        sentAt.add(System.nanoTime());
    }

    private void finish(OutputStream out) throws IOException {
        if (protocol == Protocol.ANTHROPIC) {
            event(out, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
            event(
                    out,
                    "message_delta",
                    "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                            + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":15}}");
            event(out, "message_stop", "{\"type\":\"message_stop\"}");
        } else {
            event(out, null, chunk(json -> json.putObject("delta"), "stop"));
            event(out, null, "[DONE]");
        }
    }

    private static String chunk(java.util.function.Consumer<ObjectNode> choice, String finish) {
        ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion.chunk")
                .put("created", 1)
                .put("model", "test-model");
        ObjectNode c = root.putArray("choices").addObject().put("index", 0);
        choice.accept(c);
        if (finish == null) {
            c.putNull("finish_reason");
        } else {
            c.put("finish_reason", finish);
        }
        return root.toString();
    }

    private static void event(OutputStream out, String name, String data) throws IOException {
        write(out, (name == null ? "" : "event: " + name + "\n") + "data: " + data + "\n\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
