package dev.spar.assist;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.assist.Ledger.Entry;
import dev.spar.assist.Ledger.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps the ledger of the rep's sent lines and drafts the follow-up note from it. */
final class LedgerKeeper {
    private static final String REP = "rep";
    private static final String CUSTOMER = "customer";
    private static final String CONJUNCTION = "(?i)^(?:but|and|so|however|though|instead),?\\s+";

    private static final Pattern PARTY = Pattern.compile("(?<![\\w'])(?<party>(?:the|our|my) (?:warehouse|team|courier"
            + "|engineer|manager|supervisor|billing team|technical team|tech team|technician|specialist|department|finance"
            + " team|returns team|claims team|bank|supplier|carrier|store|branch|partner))(?:'ll| will| is going to| are"
            + " going to| should| can)(?![\\w'])");
    private static final Pattern CUSTOMER_ACTS =
            Pattern.compile("(?<![\\w'])(?:you'll need to|you need to|you will need"
                    + " to|please|could you|can you|would you|if you can|you can) (?:\\w+ )?(?:send|upload|reply|call|check|confirm"
                    + "|email|e-mail|forward|fill|complete|sign|return|post|drop|bring|share|attach|keep|take|let us know|let me"
                    + " know)(?![\\w'])");
    private static final Pattern VERIFY =
            Pattern.compile("(?<![\\w'])(?:i'll|i will|let me|i'm going to|we'll|we will|i"
                    + " need to|i'll need to) (?:just |quickly |now |first )?(?<verb>check|confirm|verify|find out|look into"
                    + "|double-check|investigate|chase|look at|review)(?<what> [^.!?;]{2,80})?");
    private static final Pattern TAIL = Pattern.compile("(?i)\\s*,?\\s+(?:and|then|so|before|by|to|which) .*$");

    /**
     * Something the rep does while the customer waits, the whole sentence of it: "Let me pull up order 55120" is done
     * before the chat goes on, so nobody has to follow it up.
     */
    private static final Pattern RIGHT_NOW = Pattern.compile(
            "(?i)\\s*(?:(?:ok|okay|sure|right|thanks|thank you)[,!.]?\\s+)?(?:let me|i'll just|one moment while i|bear with me"
                    + " while i) (?:just |quickly )?(?:pull up|bring up|open|find|look up|have a look at|take a look at)"
                    + " (?:(?:your|the|that|this) )?(?:order|account|booking|reservation|ticket|case|claim|record|details)"
                    + "(?: (?:number )?[\\w\\[\\]#-]+)?(?: for you| now| here)?[.!]?\\s*");

    private LedgerKeeper() {}

    /**
     * Builds the ledger.
     *
     * @param sent each rep line that was sent, analysed, with its 1-based position in the conversation
     */
    static Ledger ledger(List<Sent> sent) {
        List<Entry> entries = new ArrayList<>();
        for (Sent s : sent) {
            UtteranceAnalysis a = s.analysis();
            List<MoveEvidence> commitments = a.moves().stream()
                    .filter(m -> m.move() == Move.PROMISE || m.move() == Move.NEXT_STEP)
                    .toList();
            List<String> promised = new ArrayList<>();
            for (MoveEvidence m : commitments) {
                String text = sentenceOf(a.text(), m.span().start(), m.span().end());
                if (RIGHT_NOW.matcher(text).matches()) {
                    continue;
                }
                if (!promised.contains(text)) {
                    promised.add(text);
                    entries.add(new Entry(Kind.PROMISED, text, s.line(), owner(text)));
                }
            }
            Matcher onBehalf = PARTY.matcher(Text.normalize(a.text()));
            while (onBehalf.find()) {
                String text = sentenceOf(a.text(), onBehalf.start(), onBehalf.end());
                if (promised.stream().noneMatch(p -> p.contains(text) || text.contains(p))) {
                    promised.add(text);
                    entries.add(new Entry(Kind.PROMISED, text, s.line(), owner(text)));
                }
            }
            for (MoveEvidence m : a.moves()) {
                boolean alsoPromised =
                        promised.stream().anyMatch(p -> p.contains(m.quote().strip()));
                if (m.move() == Move.OFFER_OPTION && !alsoPromised) {
                    entries.add(new Entry(
                            Kind.OFFERED,
                            Text.capitalise(Text.withoutEnd(m.quote()).replaceFirst(CONJUNCTION, "")),
                            s.line(),
                            REP));
                }
            }
            for (Flag f : a.flags()) {
                if (f.category() == FindingCategory.GUESSING || f.category() == FindingCategory.OVER_PROMISE) {
                    String clause = a.text()
                            .substring(
                                    Text.clauseStart(a.text(), f.span().start()),
                                    Text.clauseEnd(a.text(), f.span().end()))
                            .strip();
                    String what = f.category() == FindingCategory.GUESSING
                            ? "Said as a guess, not yet checked: \"" + clause + "\""
                            : "Promised before it was confirmed: \"" + clause + "\"";
                    entries.add(new Entry(Kind.TO_VERIFY, what, s.line(), REP));
                }
            }
            Matcher v = VERIFY.matcher(Text.normalize(a.text()));
            while (v.find()) {
                String what = v.start("what") >= 0
                        ? TAIL.matcher(a.text().substring(v.start("what"), v.end("what")))
                                .replaceFirst("")
                        : "";
                String item = Text.withoutEnd(a.text().substring(v.start("verb"), v.end("verb")) + what);
                if (Text.wordCount(item) >= 2) {
                    entries.add(new Entry(Kind.TO_VERIFY, Text.capitalise(item), s.line(), REP));
                }
            }
        }
        return new Ledger(entries);
    }

    /** One sent rep line, analysed, with its position in the conversation. */
    record Sent(int line, UtteranceAnalysis analysis) {}

    /** An ask to be passed on to someone else, as a note words it. */
    private static final Pattern ESCALATION = Pattern.compile(
            "(?:to )?(?:speak|talk)(?: to| with)? |(?:a |an |your |the )?(?:manager|supervisor|someone|somebody|a real"
                    + " person)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A commitment that only holds if something else happens first. */
    private static final Pattern CONDITIONAL =
            Pattern.compile("\\s*(?:if|unless|in case)\\b", Pattern.CASE_INSENSITIVE);

    /** Drafts the note from the customer's words, the ledger and the rep's last line. */
    static FollowUpNote note(CustomerReader.Reading reading, Ledger ledger, Optional<UtteranceAnalysis> lastRepLine) {
        CustomerWords w = reading.words();
        String issue = w.complaintAboutThem()
                .map(c -> Text.asSentence(Text.capitalise(c)))
                .orElse("Not stated yet: ask what happened.");
        String concern;
        if (w.deadline().isPresent()) {
            String deadline = w.deadline().get();
            // "Before Saturday" said last is when; "for your daughter's birthday" said first is why it matters.
            String why = w.occasion()
                    .filter(o -> !o.equals(deadline))
                    .map(o -> ", " + o)
                    .orElse("");
            concern = "They need " + w.topic().map(Person::aboutThemFromRep).orElse("it") + " "
                    + Person.aboutThemFromRep(deadline + why) + ".";
        } else if (!w.asksAboutThem().isEmpty()) {
            // "Let me speak to someone else" is where the chat went, not what it is about: what they want fixed
            // ("your desk or your money back") is the concern, when they said it.
            String ask = w.asksAboutThem().stream()
                    .filter(a -> !ESCALATION.matcher(a).lookingAt())
                    .findFirst()
                    .orElse(w.asksAboutThem().getFirst());
            concern = ask.endsWith("?") ? "They asked: \"" + ask + "\"" : "They want " + ask + ".";
        } else if (reading.read().style() == CustomerRead.Style.RELATIONSHIP) {
            concern = "Being heard and taken seriously.";
        } else {
            concern = "Not clear yet: ask what matters most to them.";
        }
        List<String> promised = new ArrayList<>();
        List<String> toVerify = new ArrayList<>();
        for (Entry e : ledger.entries()) {
            switch (e.kind()) {
                case PROMISED -> promised.add(e.text() + owned(e));
                case OFFERED -> promised.add("Offered: " + e.text());
                case TO_VERIFY -> toVerify.add(e.text());
            }
        }
        for (Fact f : reading.missing()) {
            toVerify.add("Still unknown: " + f.description());
        }
        List<Entry> commitments = ledger.of(Kind.PROMISED);
        String owner;
        String next;
        boolean awaitingThem = lastRepLine
                .filter(a -> a.moves().stream().anyMatch(m -> m.move().isQuestion()))
                .isPresent();
        if (awaitingThem && lastRepLine.get().moves().stream().noneMatch(m -> m.move() == Move.NEXT_STEP)) {
            owner = CUSTOMER;
            next = "Answer the rep's question: \"" + lastRepLine.get().text().strip() + "\"";
        } else if (!commitments.isEmpty()) {
            // "If it can't ship this week, I'll refund it" is the fallback; the next action is what happens first.
            Entry last = commitments.reversed().stream()
                    .filter(e -> !CONDITIONAL.matcher(e.text()).lookingAt())
                    .findFirst()
                    .orElse(commitments.getLast());
            owner = last.owner();
            next = last.text();
        } else {
            owner = REP;
            next = "Agree a next step with the customer: who does what, by when.";
        }
        return new FollowUpNote(issue, concern, promised, toVerify, owner, next);
    }

    private static String owned(Entry e) {
        return e.owner().equals(REP) ? "" : " (" + e.owner() + ")";
    }

    /** Who acts on a commitment: a named party, the customer, or the rep. */
    static String owner(String commitment) {
        String norm = Text.normalize(commitment);
        Matcher party = PARTY.matcher(norm);
        if (party.find()) {
            return commitment
                    .substring(party.start("party"), party.end("party"))
                    .replaceFirst("(?i)^(?:our|my) ", "the ");
        }
        if (CUSTOMER_ACTS.matcher(norm).find() && !norm.matches("(?s).*\\b(?:i'll|i will|let me|we'll)\\b.*")) {
            return CUSTOMER;
        }
        return REP;
    }

    private static String sentenceOf(String text, int from, int to) {
        int start = Text.sentenceStart(text, from);
        int end = Text.sentenceEnd(text, Math.max(start, to - 1));

        return Text.withoutEnd(text.substring(start, Math.max(start, end)));
    }
}
