/**
 * Reading a learner's words: the conversation moves an utterance makes and the habits it shows, each with
 * the exact span of text that is the evidence.
 *
 * <p>The simulator reacts to these moves and the coach critiques them, so both rest on one {@link
 * dev.spar.analysis.Analyzer}.
 */
package dev.spar.analysis;
