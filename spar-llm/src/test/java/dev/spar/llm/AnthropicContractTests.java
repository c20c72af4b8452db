package dev.spar.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The provider contract over Anthropic's messages API. */
class AnthropicContractTests extends ProviderContract {
    @Override
    ProviderServer.Protocol protocol() {
        return ProviderServer.Protocol.ANTHROPIC;
    }

    @Override
    Engine engine() {
        return Engine.ANTHROPIC;
    }

    @Test
    void sendsTheKeyAndVersionHeadersAnthropicExpects() {
        server.then(ProviderServer.stream("Fine."));

        practice().say(FIRST);

        var headers = server.requests().getFirst().headers();
        assertThat(headers).containsEntry("x-api-key", KEY).containsKey("anthropic-version");
        assertThat(server.requests().getFirst().body()).containsPattern("\"stream\"\\s*:\\s*true");
    }
}
