/**
 * What a line says, as opposed to how it says it: which fact or topic it asks about or answers, what it
 * offers or promises, whether it gives ground, accuses or mocks, jokes or leaves the topic, refers back, or
 * asks again for something already said; and a {@link dev.spar.understanding.ConversationMemory} of what
 * each side has disclosed, asked, offered and promised.
 *
 * <p>The entry point is {@link dev.spar.understanding.Understanding}. Each family of language has its own
 * reader in this package, with its words as data in a companion class:
 *
 * <ul>
 *   <li>{@code QuestionReader} ({@code QuestionWords}, {@code TopicWords}): {@code ASK} and {@code REASK},
 *       with or without a question mark, topic names matched with stand-ins and one-letter typos, or a fact
 *       asked for by its kind ({@code FactKind}: "when's the wedding?" after "the wedding is on Saturday");
 *   <li>{@code FactReader}: {@code ANSWER}, a line that says a scenario fact's value, or a statement on the
 *       topic of the other side's open question;
 *   <li>{@code OfferReader} ({@code OfferPhrases}): {@code OFFER} and {@code PROMISE}, what exactly in the
 *       detail;
 *   <li>{@code LimitReader} ({@code LimitPhrases}): {@code HONEST_LIMIT}, what is limited in the detail;
 *   <li>{@code GroundReader} ({@code GroundWords}, {@code Figures}): {@code GIVE_GROUND}, including a figure
 *       lower than one the speaker named earlier;
 *   <li>{@code StanceReader} ({@code StanceWords}): {@code ACCEPT} and {@code REJECT}, on both sides;
 *       {@code EndReader}: {@code END};
 *   <li>{@code JabReader} ({@code JabWords}): {@code ACCUSE} and {@code MOCK};
 *   <li>{@code BlameReader} ({@code BlameWords}): {@code BLAME_OTHERS}, who in the detail;
 *   <li>{@code HopeReader} ({@code HopeWords}): {@code FALSE_HOPE};
 *   <li>{@code LightReader} ({@code LightWords}): {@code JOKE} and {@code TANGENT}, small talk checked against
 *       the scenario's own words;
 *   <li>{@code ReferBackReader} ({@code ReferBackPhrases}): {@code REFER_BACK}, the earlier line in the detail.
 * </ul>
 *
 * <p>{@code Wording} holds what the readers share: patterns written once for every register (apostrophes
 * optional, so "dont" and "im" read too) and the clause a phrase opens. The rules favour precision and give
 * the exact spans that quotes need; a {@link dev.spar.analysis.Meaning} (sentence embeddings against example
 * banks, supplied by an adapter) adds recall for what the rules do not phrase. A semantic reading counts only
 * when the sentence has its family's shape and is none of its near misses ({@code MeaningReader}, with the shapes
 * as data in {@code JabWords}, {@code GroundWords} and {@code BlameWords}): similarity alone reads "I completely
 * understand how you feel" as an accusation.
 *
 * <p>The counterpart ({@code simulation}) and the critique ({@code coaching}) both read lines through here,
 * so they agree on what was said.
 */
package dev.spar.understanding;
