package dev.spar.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the JSON bodies of the API while they are read: a body that says it is over the limit is refused before a
 * byte is read, and one sent without a length (chunked) is cut off at the limit, so a 30 MB body never sits in
 * memory. Real conversations ({@code /api/reviews}) have their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimit extends OncePerRequestFilter {
    /** The largest JSON body the API reads, in bytes. */
    static final int MAX_BYTES = 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") || path.startsWith("/api/reviews");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(response, request.getContentLengthLong());
            return;
        }
        chain.doFilter(new Bounded(request), response);
    }

    static void refuse(HttpServletResponse response, long size) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"The body is "
                        + (size < 0 ? "over " + MAX_BYTES : size) + " bytes; the API takes at most " + MAX_BYTES
                        + " bytes (1 MB).\"}");
    }

    /** The body read so far went over the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("The body is over " + MAX_BYTES + " bytes; the API takes at most " + MAX_BYTES + " bytes (1 MB).");
        }
    }

    /** A request whose body stops with {@link TooLong} past the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private ServletInputStream in;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream inner = super.getInputStream();
                in = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = inner.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = inner.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws TooLong {
                        read += n;
                        if (read > MAX_BYTES) {
                            throw new TooLong();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return inner.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        inner.setReadListener(listener);
                    }
                };
            }
            return in;
        }
    }
}
