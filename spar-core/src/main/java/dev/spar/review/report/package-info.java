/**
 * The team report: many reviewed conversations summed up for a team lead.
 *
 * <p>Each {@link dev.spar.review.ConversationReview} becomes a small {@link
 * dev.spar.review.report.ConversationSummary} (what a distributed engine ships instead of whole reviews), each
 * summary a one-conversation {@link dev.spar.review.report.TeamReport}, and reports {@link
 * dev.spar.review.report.TeamReport#merge merge}: associative and commutative, so the same report comes out of a
 * sequential fold, a parallel reduce in-process, or a map/reduce on a cluster, whatever the order and the
 * grouping. Plain Java, no I/O: reading files and writing the report happen elsewhere.
 */
package dev.spar.review.report;
