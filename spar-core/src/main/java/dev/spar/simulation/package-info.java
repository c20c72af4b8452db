/**
 * The simulated counterpart and the practice session around it.
 *
 * <p>The counterpart's state (anger or distress, trust, patience, each need's satisfaction, the phase of
 * the conversation) moves with the learner's moves through the persona's triggers and soothers; its replies
 * are the scenario's authored lines chosen by intent. What a line says (its {@link
 * dev.spar.understanding.Content}) shapes the reply too: a question is answered from the scenario's answer
 * lines and facts ({@code Answers}), the same way every time; what stings gets a rejoinder ({@code
 * Rejoinders}) and never soothes; an offer is named, and only an offer on the table is accepted or rejected.
 * Everything random comes from the session's seed, so the same scenario, seed and learner lines replay byte
 * for byte.
 *
 * <p>Where things are: {@code Counterpart} is one turn's outline; where it stands is in {@code Standing}. What was
 * said moves its mood in {@code MoodShift} (through a turn's {@code Effect}, keyed on {@code MoveIds}), holds the
 * learner to promises in {@code Promises} and reacts to offers in {@code OfferReaction}; {@code IntentChoice}
 * decides what it does next and when it ends; {@code Replying} answers questions and stings, and {@code
 * LineChoice} picks the authored line, passing over those that do not fit ({@code LineFit}).
 */
package dev.spar.simulation;
