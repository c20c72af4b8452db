package dev.spar.web.accounts;

import dev.spar.web.SparSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what. Single-user mode: no login, and only requests addressed to this machine by a loopback
 * name are served. Accounts mode: every page but login and sign-up, and every API call, needs an account;
 * each account sees only its own runs. Forms carry a CSRF token; the API takes JSON only, which a foreign
 * page cannot send without this server's consent.
 */
@Configuration
class SecurityConfiguration {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SparSettings settings) throws Exception {
        http.securityMatcher("/api/**")
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
                    .httpBasic(b -> b.realmName("Spar"));
        } else {
            http.addFilterBefore(new LoopbackOnly(), SecurityContextHolderFilter.class)
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SparSettings settings) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(csp ->
                csp.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                        + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'")));
        if (settings.accounts()) {
            http.authorizeHttpRequests(a -> a.requestMatchers(
                                    "/login", "/signup", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error")
                            .permitAll()
                            .requestMatchers("/account/invitations")
                            .hasRole("ADMIN")
                            .anyRequest()
                            .authenticated())
                    .formLogin(f ->
                            f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                    .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?out"));
        } else {
            http.addFilterBefore(new LoopbackOnly(), SecurityContextHolderFilter.class)
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        }
        return http.build();
    }

    /** Refuses requests whose Host is not a loopback name, so a foreign page cannot rebind its name to us. */
    static final class LoopbackOnly extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
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

    /** Refuses API writes sent as a form, the one kind of request another site's page can make unasked. */
    static final class JsonOnly extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            if (!"GET".equals(request.getMethod()) && type != null) {
                String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                if (FORM_TYPES.contains(bare)) {
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
