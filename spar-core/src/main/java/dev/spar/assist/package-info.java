/**
 * Live assist: help beside a real conversation, on every keystroke. Reads the customer's lines and the
 * rep's draft, flags what in the draft escalates or backfires (with a rewrite of the whole draft that keeps
 * the rep's facts), reads the customer (intensity, style, asks, missing facts, personal or abusive),
 * suggests the next move of the framework with phrasings in the customer's words, and keeps a ledger of
 * what the rep promised, from which it drafts the follow-up note.
 *
 * <p>Everything here is built on the {@link dev.spar.analysis.Analyzer} and costs about a millisecond for
 * an 80-word draft, so it can run on every keystroke. The entry point is {@link dev.spar.assist.Assistant}.
 *
 * <p>Where things are: {@code DraftRewriter} rewrites a draft for one flag, through a table of edits by rule
 * ({@code RuleEdits}) or, where a pattern is not enough, the edits in {@code WholeDraftEdits}; both put their words
 * in with {@code DraftSplice}, which leaves the rest of the draft as the rep typed it.
 */
package dev.spar.assist;
