package dev.spar.understanding;

import java.util.List;
import java.util.Optional;

/**
 * What a family reader may ask of the conversation before a line: the part of {@link ConversationMemory} the
 * readers use. Reading goes through it so that {@link AuthoredReadings} can note what a reading asked and
 * what it was told.
 */
interface Recall {
    /** See {@link ConversationMemory#openQuestions}. */
    List<ConversationMemory.Question> openQuestions(Side asker);

    /** See {@link ConversationMemory#offersOnTheTable}. */
    List<ConversationMemory.Offer> offersOnTheTable(Side side);

    /** See {@link ConversationMemory#disclosed}. */
    Optional<ConversationMemory.Disclosure> disclosed(Side side, String topic);

    /** See {@link ConversationMemory#disclosures}. */
    List<ConversationMemory.Disclosure> disclosures();

    /** See {@link ConversationMemory#lines}. */
    List<ConversationMemory.Remembered> lines();

    /** Returns whether a side has said anything yet. */
    boolean heardFrom(Side side);

    /** Returns whether the last line a side said offers or promises something. */
    boolean offeredLast(Side side);
}
