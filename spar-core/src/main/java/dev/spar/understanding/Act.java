package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a line does with its content, with the words that do it.
 *
 * @param kind what it does
 * @param span where the words are in the line
 * @param quote the words themselves, for quoting
 * @param topic the topic asked about, answered, offered or re-asked, when there is one (a {@link Topic} id)
 * @param detail what exactly: the thing offered or promised, the person blamed; may be empty
 * @param source whether a rule or the semantic reading found it
 */
public record Act(ActKind kind, Span span, String quote, Optional<String> topic, String detail, Source source) {
    public Act {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(source, "source");
    }

    /** Creates an act a rule found, quoting the span of the line. */
    public static Act of(ActKind kind, String line, Span span, Optional<String> topic, String detail) {
        return new Act(kind, span, span.of(line), topic, detail, Source.RULE);
    }

    /** How an act was found. */
    public enum Source {
        /** A rule over the words: its span is exact. */
        RULE,
        /** The semantic reading of a sentence: the span is the whole sentence. */
        MEANING
    }
}
