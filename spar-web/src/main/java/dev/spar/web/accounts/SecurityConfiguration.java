package dev.spar.web.accounts;

import dev.spar.web.ListenAddress;
import dev.spar.web.SparSettings;
import dev.spar.web.StartRefused;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what. Single-user mode: no login, so the server listens on loopback only (it refuses to start on
 * another address), and serves only requests that come from this machine and are addressed to it by a loopback
 * name. Accounts mode: every page but login and sign-up, and every API call, needs an account; each account sees
 * only its own runs; failed logins are throttled ({@link LoginThrottle}). Forms carry a CSRF token; the API takes
 * JSON only, which a foreign page cannot send without this server's consent.
 */
@Configuration
class SecurityConfiguration {
    SecurityConfiguration(SparSettings settings, Environment environment) {
        ListenAddress.refusal(environment.getProperty("server.address"), settings.accounts())
                .ifPresent(reason -> {
                    throw new StartRefused(reason);
                });
    }

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SparSettings settings, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .headers(SecurityConfiguration::referrer)
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new JsonOnly(), SecurityContextHolderFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> {
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Spar\"");
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getWriter()
                            .write("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Log in: send"
                                    + " HTTP Basic credentials of your Spar account.\"}");
                }));
        if (settings.accounts()) {
            http.authorizeHttpRequests(a -> a.requestMatchers(
                                    "/api/openapi.json", "/api/openapi.json/**", "/api/docs", "/api/swagger-ui/**")
                            .permitAll()
                            .anyRequest()
                            .authenticated())
                    .addFilterBefore(new LoginGate(throttle), BasicAuthenticationFilter.class)
                    .httpBasic(b -> b.realmName("Spar"));
        } else {
            http.addFilterBefore(new LoopbackOnly(), SecurityContextHolderFilter.class)
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SparSettings settings, LoginThrottle throttle) throws Exception {
        http.headers(h -> referrer(h.contentSecurityPolicy(csp ->
                csp.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                        + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"))));
        if (settings.accounts()) {
            http.authorizeHttpRequests(a -> a.requestMatchers(
                                    "/login", "/signup", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error")
                            .permitAll()
                            .requestMatchers("/account/invitations")
                            .hasRole("ADMIN")
                            .anyRequest()
                            .authenticated())
                    .addFilterBefore(new LoginGate(throttle), UsernamePasswordAuthenticationFilter.class)
                    .exceptionHandling(e -> e.authenticationEntryPoint(LoginFlow.entryPoint())
                            .accessDeniedHandler(new LoginFlow.StaleForm()))
                    .formLogin(f -> f.loginPage("/login")
                            .successHandler(new LoginFlow.ReturnTo())
                            .failureHandler(new LoginFlow.KeepUsername())
                            .permitAll())
                    .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?out"));
        } else {
            http.addFilterBefore(new LoopbackOnly(), SecurityContextHolderFilter.class)
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        }
        return http.build();
    }

    /**
     * Sends no more than this server's origin to other sites: a review's address names a session, and a scenario's
     * may name the person it is about.
     */
    private static HeadersConfigurer<HttpSecurity> referrer(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * Refuses requests from another machine (whatever Host they claim), and requests whose Host is not a loopback
     * name, so a foreign page cannot rebind its name to us.
     */
    static final class LoopbackOnly extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!fromLoopback(request.getRemoteAddr())) {
                response.sendError(
                        HttpStatus.FORBIDDEN.value(),
                        "Single-user Spar answers to this machine only; start it with --accounts to share it.");
                return;
            }
            String host = request.getServerName().toLowerCase(Locale.ROOT);
            if (!LOOPBACK.contains(host) && !LOOPBACK.contains("[" + host + "]")) {
                response.sendError(
                        HttpStatus.MISDIRECTED_REQUEST.value(),
                        "Single-user Spar answers on localhost only; start it with SPAR_MODE=accounts to share it.");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Returns whether a caller's address (an IP literal) is this machine's loopback. */
    static boolean fromLoopback(String address) {
        if (address == null) {
            return false;
        }
        try {
            return InetAddress.ofLiteral(address).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Returns whether a request is a file upload to {@code POST /api/reviews} that no page of another site sent: a
     * browser names the sending page's origin ({@code Origin}) and whether it is another site's ({@code
     * Sec-Fetch-Site}) on every cross-origin POST, and a script such as curl sends neither.
     */
    static boolean sameOriginUpload(HttpServletRequest request, String type) {
        if (!"multipart/form-data".equals(type)
                || !"POST".equals(request.getMethod())
                || !"/api/reviews".equals(request.getRequestURI())) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        int port = request.getServerPort();
        boolean usual = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        String own = request.getScheme() + "://" + request.getServerName() + (usual ? "" : ":" + port);
        return origin.equalsIgnoreCase(own);
    }

    /**
     * Refuses API writes sent as a form, the one kind of request another site's page can make unasked; a file upload
     * to {@code POST /api/reviews} is taken when it does not come from another site's page.
     */
    static final class JsonOnly extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            if (!"GET".equals(request.getMethod()) && type != null) {
                String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                if (FORM_TYPES.contains(bare) && !sameOriginUpload(request, bare)) {
                    response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getWriter()
                            .write("{\"title\":\"Unsupported Media Type\",\"status\":415,"
                                    + "\"detail\":\"Send the body as JSON, with Content-Type: application/json.\"}");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
