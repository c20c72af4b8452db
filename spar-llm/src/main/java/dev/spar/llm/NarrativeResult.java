package dev.spar.llm;

/** What came of asking the model for the coach's narrative. */
public sealed interface NarrativeResult {
    /**
     * The narrative was written and checked against the transcript.
     *
     * @param narrative the narrative
     */
    record Written(Narrative narrative) implements NarrativeResult {}

    /**
     * No narrative: the critique stands on its own.
     *
     * @param reason why, in words the learner can act on
     */
    record Unavailable(String reason) implements NarrativeResult {}
}
