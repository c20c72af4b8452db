package dev.spar.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient.Version;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * LangChain4j's HTTP client on the JDK's, speaking HTTP/1.1 only (the {@code Upgrade: h2c} header the JDK
 * sends otherwise breaks vLLM and LM Studio), and telling the {@link Exchange} of the calling thread what the
 * provider's client does not: the status and {@code Retry-After} of a failed answer, whether a stream ended
 * with its closing event, and a way to hang up on a stalled stream.
 */
final class ProviderHttpClient implements HttpClient {
    private static final int MAX_ERROR_BODY = 4_096;

    private final java.net.http.HttpClient http;
    private final Duration timeout;

    ProviderHttpClient(Duration timeout) {
        this.timeout = timeout;
        this.http = java.net.http.HttpClient.newBuilder()
                .version(Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /** Builds the client for LangChain4j's model builders. */
    static HttpClientBuilder builder(Duration timeout) {
        return new HttpClientBuilder() {
            @Override
            public Duration connectTimeout() {
                return timeout;
            }

            @Override
            public HttpClientBuilder connectTimeout(Duration ignored) {
                return this;
            }

            @Override
            public Duration readTimeout() {
                return timeout;
            }

            @Override
            public HttpClientBuilder readTimeout(Duration ignored) {
                return this;
            }

            @Override
            public HttpClient build() {
                return new ProviderHttpClient(timeout);
            }
        };
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        Exchange exchange = Exchange.current();
        try {
            HttpResponse<byte[]> response = http.sendAsync(toJdk(request), BodyHandlers.ofByteArray())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!successful(response.statusCode())) {
                byte[] body = response.body();
                String text = new String(body, 0, Math.min(body.length, MAX_ERROR_BODY), StandardCharsets.UTF_8);
                exchange.failed(response.statusCode(), retryAfter(response));
                throw new HttpException(response.statusCode(), text);
            }
            exchange.ended(true);
            return SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(response.headers().map())
                    .body(new String(response.body(), StandardCharsets.UTF_8))
                    .build();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new TimeoutException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the model", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof HttpTimeoutException t
                    ? new TimeoutException(t)
                    : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        Exchange exchange = Exchange.current();
        http.sendAsync(toJdk(request), BodyHandlers.ofInputStream())
                .thenAccept(response -> {
                    if (!successful(response.statusCode())) {
                        exchange.failed(response.statusCode(), retryAfter(response));
                        listener.onError(new HttpException(response.statusCode(), errorBody(response.body())));
                        return;
                    }
                    listener.onOpen(SuccessfulHttpResponse.builder()
                            .statusCode(response.statusCode())
                            .headers(response.headers().map())
                            .build());
                    try (InputStream body = response.body()) {
                        exchange.streaming(body);
                        parser.parse(body, new Watching(listener, exchange));
                        listener.onClose();
                    } catch (IOException e) {
                        listener.onError(e);
                    } finally {
                        exchange.ended(false);
                    }
                })
                .exceptionally(failure -> {
                    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                    listener.onError(cause instanceof HttpTimeoutException ? new TimeoutException(cause) : cause);
                    exchange.ended(false);
                    return null;
                });
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder =
                java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(timeout);
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        builder.method(
                request.method().name(),
                request.body() == null
                        ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        return builder.build();
    }

    private static boolean successful(int status) {
        return status >= 200 && status < 300;
    }

    private static String errorBody(InputStream body) {
        try (body) {
            return new String(body.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Reads {@code Retry-After} in seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(ProviderHttpClient::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        if (v.matches("\\d{1,6}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        if (v.matches("\\d{1,6}\\.\\d+")) {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(v) * 1000)));
        }
        try {
            Instant at =
                    ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(Instant.now(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Notes the events that close a stream properly: OpenAI's {@code [DONE]} and Anthropic's message_stop. */
    private record Watching(ServerSentEventListener listener, Exchange exchange) implements ServerSentEventListener {
        @Override
        public void onEvent(ServerSentEvent event) {
            onEvent(event, null);
        }

        @Override
        public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
            if ("[DONE]".equals(event.data().strip()) || "message_stop".equals(event.event())) {
                exchange.closedProperly();
            }
            if (context == null) {
                listener.onEvent(event);
            } else {
                listener.onEvent(event, context);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            listener.onError(throwable);
        }
    }
}
