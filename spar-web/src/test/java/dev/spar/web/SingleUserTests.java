package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Single-user Spar has no login, so it stays on this machine: it listens on loopback only. */
class SingleUserTests {
    @TempDir
    Path dataDir;

    @Nested
    class WhereItListens {
        @Test
        void refusesEveryInterfaceAndOtherAddressesWithoutAccounts() {
            assertThat(ListenAddress.refusal("0.0.0.0", false)).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("--accounts")
                    .contains("0.0.0.0")
                    .doesNotContain("\n"));
            assertThat(ListenAddress.refusal("::", false)).isPresent();
            assertThat(ListenAddress.refusal("192.0.2.10", false)).isPresent();
            assertThat(ListenAddress.refusal("", false)).isPresent();
        }

        @Test
        void allowsLoopbackAndAnyAddressWithAccounts() {
            assertThat(ListenAddress.refusal("127.0.0.1", false)).isEmpty();
            assertThat(ListenAddress.refusal("localhost", false)).isEmpty();
            assertThat(ListenAddress.refusal("::1", false)).isEmpty();
            assertThat(ListenAddress.refusal("[::1]", false)).isEmpty();
            assertThat(ListenAddress.refusal("0.0.0.0", true)).isEmpty();
        }

        @Test
        void theServerRefusesToStartOnEveryInterfaceWithoutAccounts() {
            assertThatThrownBy(() -> new SpringApplicationBuilder(SparWebApplication.class)
                            .run(
                                    "--server.port=0",
                                    "--server.address=0.0.0.0",
                                    "--spar.data-dir=" + dataDir,
                                    "--spring.main.banner-mode=off")
                            .close())
                    .hasRootCauseInstanceOf(StartRefused.class)
                    .rootCause()
                    .hasMessageContaining("--accounts");
        }
    }

    @Test
    void refusesACallerOnTheNetworkEvenWhenItNamesLocalhost() throws Exception {
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(SparWebApplication.class)
                .run(
                        "--server.port=0",
                        "--spar.data-dir=" + dataDir,
                        "--spring.main.banner-mode=off",
                        // A proxy on this machine passes on the caller's address: the caller is on the network.
                        "--server.forward-headers-strategy=native")) {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();

            assertThat(status(port, Optional.of("192.0.2.10"))).isEqualTo(403);
            assertThat(status(port, Optional.empty())).isEqualTo(200);
        }
    }

    private static int status(int port, Optional<String> forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sessions"));
        forwardedFor.ifPresent(address -> request.header("X-Forwarded-For", address));
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
