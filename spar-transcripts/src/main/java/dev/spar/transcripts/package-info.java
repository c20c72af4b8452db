/**
 * Reading real conversations from the files people export (plain lines, captions, CSV, help-desk JSON) into
 * the core's {@link dev.spar.review.Transcript}, with which side is the agent.
 */
package dev.spar.transcripts;
