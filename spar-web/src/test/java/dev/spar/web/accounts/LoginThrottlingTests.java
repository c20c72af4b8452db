package dev.spar.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.web.Http;
import dev.spar.web.PageForms;
import dev.spar.web.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Guessing passwords is slowed down on every way in (the login form and the API's HTTP Basic): after five failures
 * in a row even the right password is refused for a while, with a message that says so.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spar.mode=accounts", "server.forward-headers-strategy=native"})
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingTests {
    private static final String PASSWORD = "correct horse battery";
    private static final String WRONG = "Tr0ub4dor&3-guess";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    LoginThrottle throttle;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-throttle").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    @BeforeEach
    void users() {
        throttle.clear();
        for (String name : List.of("carol", "dave", "erin")) {
            try {
                accounts.loadUserByUsername(name);
            } catch (UsernameNotFoundException e) {
                accounts.signUp(accounts.invite(Optional.empty()), name, PASSWORD);
            }
        }
    }

    private Http.Response formLogin(String user, String password) {
        return new PageForms(port).submit("/login", Map.of("username", user, "password", password));
    }

    @Nested
    class TheLoginForm {
        @Test
        void refusesTheRightPasswordAfterFiveWrongOnesAndSaysWhy() {
            for (int i = 0; i < 5; i++) {
                assertThat(formLogin("carol", WRONG).status()).isEqualTo(302);
            }

            assertThat(redirect("carol", PASSWORD)).isEqualTo("/login?locked=1");
            assertThat(new Http(port).get("/login?locked=1").body()).contains("Too many failed logins");
            assertThat(redirect("dave", PASSWORD)).as("another account logs in").isEqualTo("/");
        }

        @Test
        void letsTheRightPasswordInBeforeTheLimit() {
            for (int i = 0; i < 4; i++) {
                formLogin("carol", WRONG);
            }
            assertThat(redirect("carol", PASSWORD)).isEqualTo("/");
        }
    }

    @Nested
    class TheApi {
        @Test
        void answers429WithRetryAfterEvenForTheRightPasswordAfterFiveWrongOnes() throws Exception {
            for (int i = 0; i < 5; i++) {
                assertThat(new Http(port).as("dave", WRONG).get("/api/sessions").status())
                        .isEqualTo(401);
            }

            HttpResponse<String> r = basic("dave", PASSWORD);

            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 30));
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(r.body()).contains("Too many failed logins");
            assertThat(new Http(port).as("erin", PASSWORD).get("/api/sessions").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void logsFailedLoginsWithTheNameAndAddressButNeverThePassword(CapturedOutput output) {
        new Http(port).as("erin", WRONG).get("/api/sessions");
        formLogin("erin", WRONG);

        assertThat(output.getAll()).contains("Failed login for 'erin' from 127.0.0.1");
        assertThat(output.getAll()).doesNotContain(WRONG);
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 10; i++) {
            new Http(port).as("nobody" + i, WRONG).get("/api/sessions");
        }

        assertThat(new Http(port).as("erin", PASSWORD).get("/api/sessions").status())
                .isEqualTo(429);
    }

    @Nested
    class Headers {
        @Test
        void sendNoMoreThanTheOriginAsReferrer() throws Exception {
            assertThat(get("/login", Map.of()).headers().firstValue("Referrer-Policy"))
                    .hasValue("same-origin");
            assertThat(basic("erin", PASSWORD).headers().firstValue("Referrer-Policy"))
                    .hasValue("same-origin");
        }

        @Test
        void markTheSessionCookieSecureBehindATlsProxy() throws Exception {
            String overTls = get("/login", Map.of("X-Forwarded-Proto", "https"))
                    .headers()
                    .firstValue("Set-Cookie")
                    .orElseThrow();
            String plain =
                    get("/login", Map.of()).headers().firstValue("Set-Cookie").orElseThrow();

            assertThat(overTls).contains("Secure").contains("HttpOnly");
            assertThat(plain).doesNotContain("Secure");
        }
    }

    /** Logs in with the form; returns where the server sends the browser (path and query). */
    private String redirect(String user, String password) {
        PageForms forms = new PageForms(port);
        Http.Response r = forms.submit("/login", Map.of("username", user, "password", password));
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        URI to = URI.create(forms.lastLocation().orElseThrow());
        return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
    }

    private HttpResponse<String> basic(String user, String password) throws IOException, InterruptedException {
        String token = java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return get("/api/sessions", Map.of("Authorization", "Basic " + token));
    }

    private HttpResponse<String> get(String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
