package dev.spar.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The provider contract over OpenAI's chat completions, as Ollama, vLLM, llama.cpp and LM Studio speak it. */
class OpenAiContractTests extends ProviderContract {
    @Override
    ProviderServer.Protocol protocol() {
        return ProviderServer.Protocol.OPENAI;
    }

    @Override
    Engine engine() {
        return Engine.OPENAI;
    }

    @Test
    void asksForAStreamAndTheCoachAsksForTheSchema() {
        server.then(ProviderServer.stream("{\"summary\": \"Good.\", \"rewrites\": [], \"nextTime\": []}"));
        var practice = practice();
        practice.end();

        engine.narrate(practice, new dev.spar.coaching.Coach().critique(practice));

        String body = server.requests().getFirst().body();
        assertThat(body)
                .containsPattern("\"stream\"\\s*:\\s*true")
                .contains("\"json_schema\"")
                .contains("\"nextTime\"");
    }
}
