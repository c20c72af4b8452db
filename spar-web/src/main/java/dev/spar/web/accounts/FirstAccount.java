package dev.spar.web.accounts;

import dev.spar.web.SparSettings;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** With accounts on and none made yet, prints the one invitation that creates the first (admin) account. */
@Component
class FirstAccount {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAccount.class);

    private final Accounts accounts;
    private final SparSettings settings;

    FirstAccount(Accounts accounts, SparSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!settings.accounts() || accounts.count() > 0) {
            return;
        }
        String code = accounts.invite(Optional.empty());
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : 8080;
        LOG.info(
                "No accounts yet. Create the first (administrator) account at http://localhost:{}/signup?code={}",
                port,
                code);
    }
}
