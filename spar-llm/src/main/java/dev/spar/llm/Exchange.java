package dev.spar.llm;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * What the HTTP client saw of one request to a model, for the caller that started it on this thread: the
 * failed status and its {@code Retry-After}, whether the stream closed properly, and a way to hang up.
 */
final class Exchange {
    private static final ThreadLocal<Exchange> CURRENT = new ThreadLocal<>();
    private static final Exchange DETACHED = new Exchange(() -> {});

    private final Runnable onEnd;
    private volatile int failedStatus;
    private volatile Optional<Duration> retryAfter = Optional.empty();
    private volatile boolean closedProperly;
    private volatile boolean ended;
    private volatile boolean hungUp;
    private volatile InputStream body;

    private Exchange(Runnable onEnd) {
        this.onEnd = onEnd;
    }

    /** Opens an exchange for requests made on this thread until {@link #detach()}; onEnd runs when it ends. */
    static Exchange attach(Runnable onEnd) {
        Exchange exchange = new Exchange(onEnd);
        CURRENT.set(exchange);
        return exchange;
    }

    /** Stops routing this thread's requests to the exchange. */
    static void detach() {
        CURRENT.remove();
    }

    static Exchange current() {
        Exchange exchange = CURRENT.get();
        return exchange == null ? DETACHED : exchange;
    }

    void failed(int status, Optional<Duration> wait) {
        this.failedStatus = status;
        this.retryAfter = wait;
    }

    void streaming(InputStream stream) {
        this.body = stream;
        if (hungUp) {
            close(stream);
        }
    }

    void closedProperly() {
        closedProperly = true;
    }

    void ended(boolean properly) {
        if (properly) {
            closedProperly = true;
        }
        ended = true;
        onEnd.run();
    }

    /** Stops reading the stream: its thread sees the stream closed and ends. */
    void hangUp() {
        hungUp = true;
        InputStream stream = body;
        if (stream != null) {
            close(stream);
        }
    }

    private static void close(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // Closing is how we hang up; a failure to close leaves nothing more to do.
        }
    }

    int failedStatus() {
        return failedStatus;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }

    boolean isClosedProperly() {
        return closedProperly;
    }

    boolean hasEnded() {
        return ended;
    }

    boolean isHungUp() {
        return hungUp;
    }
}
