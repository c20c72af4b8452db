/**
 * Language models as the counterpart's voice and the coach's narrative, through LangChain4j.
 *
 * <p>The simulation in {@code dev.spar.simulation} stays the authority: it decides how the counterpart
 * feels, what they want and which line they would say; a model only says that line in fresh words, in
 * character. The critique's findings and scores stay the analysis layer's; a model only writes the narrative
 * around them. Every provider failure ends in a clear message and the simulator's own line, never a lost
 * turn. Start at {@link dev.spar.llm.EngineConfig} and {@link dev.spar.llm.ModelEngine}.
 */
package dev.spar.llm;
