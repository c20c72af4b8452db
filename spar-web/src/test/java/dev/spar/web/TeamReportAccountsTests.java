package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.web.accounts.Accounts;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With accounts on, the team report is for signed-in users only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spar.mode=accounts")
class TeamReportAccountsTests {
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-reports-accounts").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    @BeforeEach
    void lead() {
        try {
            accounts.loadUserByUsername("lead");
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            accounts.signUp(accounts.invite(Optional.empty()), "lead", PASSWORD);
        }
    }

    @Test
    void someoneSignedOutIsSentToLogInAndGetsNoReport() {
        Uploads anonymous = new Uploads(port);

        Http.Response page = anonymous.get("/reports");
        assertThat(page.status()).isEqualTo(302);

        Http.Response upload = anonymous.upload("/reports", "files", TeamReportPageTests.folder());
        assertThat(upload.status()).isIn(302, 401, 403);
        assertThat(upload.body()).doesNotContain("Problems by category");
    }

    @Test
    void aSignedInUserGetsTheReport() {
        Http.Response r =
                new Uploads(port).signIn("lead", PASSWORD).upload("/reports", "files", TeamReportPageTests.folder());

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("9 conversations").contains("<svg");
    }
}
