package dev.spar.transcripts.redaction;

import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
            PiiType.REFERENCE,
            PiiType.PHONE,
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
        // names first, over the whole conversation: a name greeted later is known where it was mentioned earlier
        List<List<Span>> names = new ArrayList<>();
        for (Utterance u : t.turns()) {
            List<Span> found = new ArrayList<>();
            Names.find(u.text(), people, found);
            names.add(found);
        }
        Placeholders placeholders = new Placeholders();
        List<Utterance> turns = new ArrayList<>();
        for (int i = 0; i < t.turns().size(); i++) {
            Utterance u = t.turns().get(i);
            String speaker = replace(u.speaker(), spans(u.speaker(), people, List.of()), placeholders);
            String text = replace(u.text(), spans(u.text(), people, names.get(i)), placeholders);
            turns.add(new Utterance(speaker, u.role(), text, u.time()));
        }
        // the file name may carry a name or a ticket number too ("chat-maria-lopez.txt")
        String source = replace(t.source(), spans(t.source(), people, List.of()), placeholders);
        return new Redacted(new Transcript(source, turns, t.date()), placeholders.counts());
    }

    /** Returns the personal data found in one line on its own, without overlaps, in order. */
    public List<Span> find(String text) {
        People people = new People();
        List<Span> names = new ArrayList<>();
        Names.find(text, people, names);
        return spans(text, people, names);
    }

    /** The finds in one text, given the names already found in it by their context. */
    static List<Span> spans(String text, People people, List<Span> names) {
        List<Span> all = new ArrayList<>(names);
        // each recognizer runs only where what it looks for can be: most turns have few digits and no @
        int digits = (int) text.chars().filter(Character::isDigit).count();
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.indexOf('@') >= 0) {
            Contacts.emails(text, all);
        }
        if (text.indexOf('.') >= 0) {
            Contacts.urls(text, all);
        }
        if (digits >= 1 && (text.indexOf('.') >= 0 || text.indexOf(':') >= 0)) {
            Contacts.ips(text, all);
        }
        if (digits >= 7) {
            Contacts.phones(text, all);
        }
        if (lower.contains("at") && lower.contains("dot")) {
            Contacts.spokenEmails(text, all);
        }
        if (digits >= 13) {
            Accounts.cards(text, all);
        }
        if (digits >= 8) {
            Accounts.ibans(text, all);
        }
        SpokenNumbers.find(text, all);
        SpokenNumbers.joinCodes(text, all);
        if (digits >= 1) {
            Places.find(text, all);
            References.find(text, all);
        }
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
