package dev.spar.transcripts.redaction;

import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces the personal data in a conversation with placeholders: the same item (a person, an email, a card)
 * gets the same placeholder throughout, in the speaker field as in the text, numbered in order of first
 * appearance. Stateless: one instance may redact many conversations, from several threads.
 */
public final class Redactor {
    /** Which type wins when two finds overlap: the more specific first. */
    private static final List<PiiType> PRIORITY = List.of(
            PiiType.EMAIL,
            PiiType.URL,
            PiiType.IBAN,
            PiiType.CARD,
            PiiType.IP,
            PiiType.PHONE,
            PiiType.REFERENCE,
            PiiType.ADDRESS,
            PiiType.NAME);

    /** Creates a redactor. */
    public Redactor() {}

    /** Returns the conversation with its personal data replaced, and how many items of each type were. */
    public Redacted redact(Transcript t) {
        People people = new People();
        for (Utterance u : t.turns()) {
            people.addSpeaker(u.speaker());
        }
        Placeholders placeholders = new Placeholders();
        List<Utterance> turns = new ArrayList<>();
        for (Utterance u : t.turns()) {
            String speaker = replace(u.speaker(), spans(u.speaker(), people), placeholders);
            String text = replace(u.text(), spans(u.text(), people), placeholders);
            turns.add(new Utterance(speaker, u.role(), text, u.time()));
        }
        return new Redacted(new Transcript(t.source(), turns, t.date()), placeholders.counts());
    }

    /** Returns the personal data found in one line on its own, without overlaps, in order. */
    public List<Span> find(String text) {
        return spans(text, new People());
    }

    static List<Span> spans(String text, People people) {
        List<Span> all = new ArrayList<>();
        Contacts.emails(text, all);
        Contacts.urls(text, all);
        Contacts.ips(text, all);
        Contacts.phones(text, all);
        people.mentions(text, all);
        return resolve(all);
    }

    /** Keeps the more specific of overlapping finds, then the longer. */
    static List<Span> resolve(List<Span> all) {
        List<Span> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparingInt((Span s) -> PRIORITY.indexOf(s.type()))
                .thenComparing(Comparator.comparingInt(Span::length).reversed()));
        List<Span> kept = new ArrayList<>();
        for (Span s : ordered) {
            if (kept.stream().noneMatch(s::overlaps)) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }

    private static String replace(String text, List<Span> spans, Placeholders placeholders) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            out.append(text, at, s.start()).append(placeholders.of(s.type(), s.key()));
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
