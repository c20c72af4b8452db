/**
 * The critique of the learner's side of a run: findings anchored to their own words, scores per skill,
 * turning points, and what to focus on next; and hints during a run.
 *
 * <p>Everything here is computed from the transcript's analysis, so the same run always gets the same
 * critique.
 *
 * <p>Where things are: {@code Coach} is the critique's outline. {@code LineFindings} reads one line at a time (the
 * phrase rules, the content reading, the coached neighbours); {@code NamedBetter} keeps one finding for the same
 * words; {@code Credits} withdraws the credit a line does not earn and credits the next steps the rules missed;
 * {@code ConversationFindings} finds what the conversation as a whole lacked, tied to the line where it was due,
 * and {@code KeyPointFindings} whether the learner said what they came to say. {@code Rewriter} writes and checks
 * the stronger line, with {@code Phrasings} as its words. {@code Scores}, {@code TurningPoints} and {@code Answers}
 * sum the run up; {@code Hints} suggests the next move during one.
 */
package dev.spar.coaching;
