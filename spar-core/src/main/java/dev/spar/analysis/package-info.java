/**
 * Reading a learner's words: the conversation moves an utterance makes and the habits it shows, each with
 * the exact span of text that is the evidence.
 *
 * <p>The simulator reacts to these moves and the coach critiques them, so both rest on one {@link
 * dev.spar.analysis.Analyzer}. What a line <em>says</em> (the fact it asks for, the offer it makes, giving
 * ground, a jab) is read on top of this by {@code dev.spar.understanding}.
 *
 * <p>Where things are:
 * <ul>
 *   <li>{@code RuleAnalyzer} is the entry point; {@code Reading} reads one utterance in three phases: phrase
 *       hits sentence by sentence, then moves, then habits.
 *   <li>The phrases, as data: {@code PhraseBook} (the pattern notation, shared vocabulary and the order of
 *       the families) and one class per family: {@code ListeningPhrases}, {@code EmpathyPhrases}, {@code
 *       SupportPhrases}, {@code SolvingPhrases}, {@code ConflictPhrases}.
 *   <li>The passes over a reading, as logic: {@code ReflectionPasses} (summaries, reflections, question
 *       kinds), {@code FeelingPasses} (whose feeling and story it is), {@code HabitPasses} (policy first,
 *       canned empathy, over-apology, over-explaining, strengths); their thresholds and patterns are data in
 *       {@code ReadingWords}.
 *   <li>Sentence shapes ({@code Shape}, {@code Sentences}), the speaker's own experience ({@code
 *       OwnExperience}), and the {@code Meaning} port for a semantic reading supplied by an adapter.
 * </ul>
 */
package dev.spar.analysis;
