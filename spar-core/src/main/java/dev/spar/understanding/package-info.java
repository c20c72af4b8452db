/**
 * What a line says, as opposed to how it says it: which fact or topic it asks about or answers, what it
 * offers or promises, whether it gives ground, accuses or mocks, jokes or leaves the topic, refers back, or
 * asks again for something already said; and a {@link dev.spar.understanding.ConversationMemory} of what
 * each side has disclosed, asked, offered and promised.
 *
 * <p>The entry point is {@link dev.spar.understanding.Understanding}. Each family of language has its own
 * reader in this package; their word lists are data kept apart from the logic. Rules give the exact spans
 * that quotes need; a {@link dev.spar.analysis.Meaning} (sentence embeddings against example banks, supplied
 * by an adapter) adds recall for what the rules do not phrase.
 *
 * <p>The counterpart ({@code simulation}) and the critique ({@code coaching}) both read lines through here,
 * so they agree on what was said.
 */
package dev.spar.understanding;
