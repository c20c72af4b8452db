/**
 * Reviewing real conversations: the agent's side of a support chat, call or ticket read with the same analysis
 * as practice and live assist.
 *
 * <p>A {@link dev.spar.review.Transcript} (imported and redacted elsewhere: this package does no I/O) goes to a
 * {@link dev.spar.review.ConversationReviewer}, which returns a {@link dev.spar.review.ConversationReview}:
 * findings quoting the agent with rewrites, the customer's intensity turn by turn with its turning points, the
 * promise ledger and follow-up note, the {@link dev.spar.review.Checklist} covered, whether the agent matched
 * a task- or relationship-minded customer, and a score.
 */
package dev.spar.review;
