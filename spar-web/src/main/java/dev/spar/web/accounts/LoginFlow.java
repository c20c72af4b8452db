package dev.spar.web.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The login page's round trips, kind to a person whose login ran out mid-conversation: a request made in place
 * (htmx) gets a 401 with a sentence instead of the login page or a stale-form 403, the page then sends them to log
 * in and back ({@code next}) with what they typed kept, and a wrong password keeps the username in the form.
 */
final class LoginFlow {
    /** The session attribute that carries the username of a failed login back to the form. */
    static final String LAST_USERNAME = "spar.lastUsername";

    static final String EXPIRED =
            "Your login has expired. Log in again: what you typed is kept, and you come back here.";

    private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9/_.-]{0,200}");

    private LoginFlow() {}

    /** Returns whether the request was made in place by the page (htmx), not by loading a page. */
    static RequestMatcher inPlace() {
        return request -> "true".equals(request.getHeader("HX-Request"));
    }

    /** Returns {@code next} if it is a path on this server (never another site, never a scheme). */
    static Optional<String> next(String next) {
        return Optional.ofNullable(next).filter(n -> LOCAL_PATH.matcher(n).matches() && !n.startsWith("//"));
    }

    /** Sends a page load to log in, and says to a request made in place that the login expired. */
    static AuthenticationEntryPoint entryPoint() {
        AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, failure) -> {
            if (inPlace().matches(request)) {
                expired(response);
            } else {
                login.commence(request, response, failure);
            }
        };
    }

    static void expired(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(EXPIRED);
    }

    /** After a login, back where the person was ({@code next}), else where they were going, else home. */
    static final class ReturnTo extends SavedRequestAwareAuthenticationSuccessHandler {
        ReturnTo() {
            setDefaultTargetUrl("/");
            setTargetUrlParameter("next");
        }

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
            return next(request.getParameter("next")).orElse("/");
        }
    }

    /** A failed login goes back to the form with the username kept (never the password). */
    static final class KeepUsername extends SimpleUrlAuthenticationFailureHandler {
        KeepUsername() {
            super("/login?error");
        }

        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException, ServletException {
            String name = request.getParameter("username");
            if (name != null && name.length() <= 100) {
                request.getSession().setAttribute(LAST_USERNAME, name);
            }
            String next = next(request.getParameter("next")).orElse(null);
            if (next != null) {
                getRedirectStrategy()
                        .sendRedirect(
                                request,
                                response,
                                "/login?error&next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
                return;
            }
            super.onAuthenticationFailure(request, response, exception);
        }
    }

    /**
     * A form sent in place after the login ran out carries a token of the old session: say the login expired, rather
     * than a bare 403.
     */
    static final class StaleForm implements AccessDeniedHandler {
        private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
                throws IOException, ServletException {
            if (denied instanceof CsrfException && inPlace().matches(request)) {
                expired(response);
                return;
            }
            otherwise.handle(request, response, denied);
        }
    }

    /** Returns and forgets the username of the last failed login in this browser, for the form. */
    static String lastUsername(HttpSession session) {
        if (session == null) {
            return "";
        }
        Object name = session.getAttribute(LAST_USERNAME);
        session.removeAttribute(LAST_USERNAME);
        return name instanceof String s ? s : "";
    }
}
