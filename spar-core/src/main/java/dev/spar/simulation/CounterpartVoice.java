package dev.spar.simulation;

/**
 * Speaks the counterpart's next line: the simulation has already chosen what they do and feel, and a voice
 * only chooses the words.
 *
 * <p>The built-in {@link #SIMULATOR} says the chosen line as written. A language model can say it in fresh
 * words instead; whatever it does, the state, the intent and the outcome stay the simulation's, so runs stay
 * comparable.
 */
@FunctionalInterface
public interface CounterpartVoice {
    /** Says the simulator's own line, as one piece. */
    CounterpartVoice SIMULATOR = (request, sink) -> {
        sink.token(request.line());
        return new Spoken(request.line());
    };

    /**
     * Says the counterpart's next line, handing each piece to the sink as soon as it is known.
     *
     * @param request who speaks, what happened so far and what the simulation chose
     * @param sink receives the line piece by piece; the pieces joined are the line
     * @return the words said, or why none could be
     */
    Voicing voice(VoiceRequest request, ReplySink sink);

    /** What came of voicing one line. */
    sealed interface Voicing permits Spoken, Unavailable {}

    /**
     * The line was said.
     *
     * @param text exactly the pieces handed to the sink, joined
     */
    record Spoken(String text) implements Voicing {}

    /**
     * No line could be said this way; the simulator's own line is said instead.
     *
     * @param reason what went wrong, in words the learner can act on
     */
    record Unavailable(String reason) implements Voicing {}
}
