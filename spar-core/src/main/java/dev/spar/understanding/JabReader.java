package dev.spar.understanding;

import dev.spar.analysis.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Jabs at the other person: an accusation names what is wrong with them ("you're being completely
 * unreasonable", "you clearly didn't read the email"); mockery says the opposite of what is meant ("oh great,
 * wonderful", "sure, because that worked so well last time"), including scare quotes and a closing "/s".
 */
final class JabReader implements FamilyReader {
    @Override
    public void read(Passage passage, List<Act> out) {
        Wording.readPhrases(passage, ActKind.ACCUSE, JabWords.ACCUSE, JabWords.NOT_ACCUSING, out);
        Wording.readPhrases(passage, ActKind.ACCUSE, JabWords.ACCUSE_KINDS, JabWords.NOT_ACCUSING, out);
        Wording.readPhrases(passage, ActKind.ACCUSE, JabWords.ACCUSE_FAULTS, JabWords.NOT_ACCUSING, out);
        Wording.readPhrases(passage, ActKind.MOCK, JabWords.MOCK, Wording.NO_VETO, out);
        Wording.readPhrases(passage, ActKind.MOCK, List.of(JabWords.CHILDS_WORK), Wording.NO_VETO, out);
        Wording.readPhrases(passage, ActKind.MOCK, JabWords.MOCK_KINDS, Wording.NO_VETO, out);
        for (Span sentence : passage.sentences()) {
            String said = sentence.of(passage.text());
            Matcher m = JabWords.SCARE_QUOTES.matcher(Wording.normalise(said));
            while (m.find()) {
                boolean wholeSentence = m.start() == 0 && said.length() - m.end() <= 1;
                boolean quoting = passage.asks(sentence)
                        || JabWords.QUOTING
                                .matcher(Wording.normalise(said.substring(0, m.start())))
                                .find();
                boolean pointed = JabWords.SCARE_LEAD
                                .matcher(Wording.normalise(said.substring(0, m.start())))
                                .find()
                        || JabWords.SCARE_TAIL
                                .matcher(Wording.normalise(said.substring(m.end())))
                                .find();
                boolean apostrophes =
                        m.group(1).equals("'") && said.substring(m.end()).startsWith("s");
                Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
                if (pointed
                        && !wholeSentence
                        && !apostrophes
                        && !quoting
                        && !Wording.overlaps(out, ActKind.MOCK, span)) {
                    out.add(Act.of(ActKind.MOCK, passage.text(), span, Optional.empty(), m.group(2)));
                }
            }
        }
    }
}
