package dev.spar.llm;

import dev.spar.simulation.CounterpartVoice;
import dev.spar.simulation.ReplySink;
import dev.spar.simulation.VoiceRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The counterpart's voice from a language model: it says the simulation's chosen line in character, streaming
 * it to the sink. A fault gives the simulator's line for that turn; a fault that will not pass (a refused key,
 * an unknown model) or two failed turns in a row hand the rest of the run to the simulator.
 */
public final class ModelVoice implements CounterpartVoice {
    private static final int FAILED_TURNS_BEFORE_GIVING_UP = 2;
    private static final List<String> OUT_OF_CHARACTER = List.of(
            "as an ai",
            "language model",
            "i'm an ai",
            "i am an ai",
            "system prompt",
            "my instructions",
            "role-play",
            "roleplay",
            "<data",
            "</data",
            "planned line");

    private final ModelClient client;
    private final int contextTokens;
    private int failedTurns;
    private Optional<String> gaveUp = Optional.empty();

    ModelVoice(ModelClient client, int contextTokens) {
        this.client = client;
        this.contextTokens = contextTokens;
    }

    @Override
    public Voicing voice(VoiceRequest request, ReplySink sink) {
        if (gaveUp.isPresent()) {
            return SIMULATOR.voice(request, sink);
        }
        ModelClient.Prompt prompt = CounterpartPrompt.build(request, contextTokens);
        LineFilter line = new LineFilter(request.scenario().persona().name(), sink);
        ModelFault fault;
        for (int attempt = 1; ; attempt++) {
            if (client.complete(prompt, line) instanceof ModelClient.Failed(ModelFault failed)) {
                fault = failed;
                break;
            }
            String text = line.finish();
            Optional<String> wrong = outOfCharacter(text);
            if (wrong.isEmpty()) {
                failedTurns = 0;
                return new Spoken(text);
            }
            fault = ModelFault.of(ModelFault.Kind.MALFORMED, wrong.get());
            if (attempt == 2) {
                break;
            }
            line.retract(fault.message() + "; trying again");
        }
        return new Unavailable(failedTurn(fault));
    }

    /** Returns whether the voice has handed the rest of the run to the simulator, and why. */
    public Optional<String> gaveUp() {
        return gaveUp;
    }

    /** Tries the model again from the next line on, after it gave up. */
    public void tryAgain() {
        gaveUp = Optional.empty();
        failedTurns = 0;
    }

    private String failedTurn(ModelFault fault) {
        failedTurns++;
        if (!fault.kind().retriable() || failedTurns >= FAILED_TURNS_BEFORE_GIVING_UP) {
            gaveUp = Optional.of(fault.message());
            return fault.message() + ". The built-in simulator speaks from here on.";
        }
        return fault.message() + ". This line is the built-in simulator's.";
    }

    private static Optional<String> outOfCharacter(String text) {
        if (text.isBlank()) {
            return Optional.of("it said nothing");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return OUT_OF_CHARACTER.stream()
                .filter(lower::contains)
                .findFirst()
                .map(phrase -> "it stepped out of character ('" + phrase + "')");
    }
}
