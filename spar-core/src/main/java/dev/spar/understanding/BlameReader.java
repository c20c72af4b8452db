package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blaming others: putting the failing on someone outside the conversation (the courier, the warehouse, a
 * colleague, "the system"), with who in the detail; or pushing it off oneself ("nothing to do with us") while
 * naming who did it. The speaker owning it ("I'll chase the courier") and a question ("did the courier lose
 * it?") blame no one.
 */
final class BlameReader implements FamilyReader {
    private static final Pattern PARTY = Pattern.compile("\\b" + BlameWords.PARTY + "\\b");

    @Override
    public void read(Passage passage, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            if (passage.asks(sentence) || Wording.in(BlameWords.OWNED, passage, sentence)) {
                continue;
            }
            for (Pattern pattern : BlameWords.BLAME) {
                if (!Wording.mayMatch(pattern, Wording.words(passage, sentence))) {
                    continue;
                }
                Matcher m = pattern.matcher(Wording.words(passage, sentence));
                while (m.find()) {
                    add(passage, sentence, m, out);
                }
            }
            if (!Wording.overlaps(out, ActKind.BLAME_OTHERS, sentence)
                    && Wording.in(BlameWords.DEFLECT, passage, sentence)) {
                Matcher failing = BlameWords.FAILING.matcher(Wording.words(passage, sentence));
                Matcher party = PARTY.matcher(Wording.words(passage, sentence));
                if (failing.find()) {
                    add(passage, sentence, failing, out);
                } else if (party.find()) {
                    add(passage, sentence, party, out);
                }
            }
        }
        if (out.stream().noneMatch(a -> a.kind() == ActKind.BLAME_OTHERS)) {
            blamePartyOfADeflection(passage, out);
        }
    }

    /**
     * "The warehouse lot packed it late. Not much I can do from here.": a deflection in one sentence blames the
     * party a statement in another names.
     */
    private static void blamePartyOfADeflection(Passage passage, List<Act> out) {
        List<Span> statements =
                passage.sentences().stream().filter(s -> !passage.asks(s)).toList();
        if (statements.stream().noneMatch(s -> Wording.in(BlameWords.DEFLECT, passage, s))
                || statements.stream().anyMatch(s -> Wording.in(BlameWords.OWNED, passage, s))) {
            return;
        }
        for (Span sentence : statements) {
            Matcher party = PARTY.matcher(Wording.words(passage, sentence));
            if (party.find() && !party.group("who").matches("it|he|she|him|her|their")) {
                add(passage, sentence, party, out);
                return;
            }
        }
    }

    private static void add(Passage passage, Span sentence, Matcher m, List<Act> out) {
        String words = Wording.words(passage, sentence);
        Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
        if (BlameWords.OWNING.matcher(words.substring(0, m.start())).find()
                || Wording.overlaps(out, ActKind.BLAME_OTHERS, span)) {
            return;
        }
        String who = m.group("who") == null
                ? ""
                : passage.text().substring(sentence.start() + m.start("who"), sentence.start() + m.end("who"));
        out.add(Act.of(ActKind.BLAME_OTHERS, passage.text(), span, Optional.empty(), who));
    }
}
