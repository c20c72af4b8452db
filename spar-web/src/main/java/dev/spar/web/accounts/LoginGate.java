package dev.spar.web.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login, before the password is even checked, while its account or the caller's address is locked by
 * the {@link LoginThrottle}: the login form goes back to the login page saying how long to wait, and an API call
 * with HTTP Basic credentials gets a 429 with {@code Retry-After}.
 */
final class LoginGate extends OncePerRequestFilter {
    private final LoginThrottle throttle;

    LoginGate(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = username(request);
        Optional<Duration> locked =
                username.flatMap(name -> throttle.locked(name, String.valueOf(request.getRemoteAddr())));
        if (locked.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, locked.get().toSeconds() + (locked.get().toNanosPart() > 0 ? 1 : 0));
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"Too many failed logins for"
                            + " this account or from this address. Try again in " + seconds + " seconds.\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?locked=" + Math.max(1, (seconds + 59) / 60));
    }

    /** Returns the username of a login attempt: the login form's, or that of HTTP Basic credentials. */
    private static Optional<String> username(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
