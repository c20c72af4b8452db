package dev.spar.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small in-memory analyser for tests of the session and the coach: a few fixed phrases stand for moves
 * and habits, so those tests do not depend on the real analyser's rules.
 */
public final class KeywordAnalyzer implements Analyzer {
    private record Rule(String phrase, Move move, FindingCategory category) {}

    private static final List<Rule> RULES = List.of(
            new Rule("calm down", Move.DISMISS, FindingCategory.DISMISSAL),
            new Rule("our policy", Move.CITE_POLICY, FindingCategory.POLICY_FIRST),
            new Rule("i guarantee", Move.PROMISE, FindingCategory.OVER_PROMISE),
            new Rule("your fault", Move.BLAME, FindingCategory.BLAME),
            new Rule("so sorry", Move.APOLOGISE, FindingCategory.OVER_APOLOGY),
            new Rule("i guess maybe", Move.HEDGE, FindingCategory.HEDGING),
            new Rule("fine, forget it", Move.CONCEDE, FindingCategory.CONCESSION),
            new Rule("i can hear", Move.ACKNOWLEDGE, FindingCategory.ACKNOWLEDGEMENT),
            new Rule("so the main issue is", Move.PARAPHRASE, FindingCategory.PARAPHRASE),
            new Rule("walk me through", Move.OPEN_QUESTION, FindingCategory.OPEN_QUESTION),
            new Rule("i will email you by", Move.NEXT_STEP, FindingCategory.NEXT_STEP),
            new Rule("we can repair", Move.OFFER_OPTION, null),
            new Rule("does that work for you", Move.CLOSING_CHECK, FindingCategory.CLOSING_CHECK));

    private final Meaning meaning;

    /** Creates the analyser with no semantic reading. */
    public KeywordAnalyzer() {
        this(Meaning.NONE);
    }

    /** Creates the analyser with a semantic reading, e.g. one standing in for readers not written yet. */
    public KeywordAnalyzer(Meaning meaning) {
        this.meaning = meaning;
    }

    @Override
    public Meaning meaning() {
        return meaning;
    }

    @Override
    public UtteranceAnalysis analyze(String utterance, AnalysisContext context) {
        String lower = utterance.toLowerCase(Locale.ROOT);
        List<MoveEvidence> moves = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        for (Rule rule : RULES) {
            int at = lower.indexOf(rule.phrase());
            if (at < 0) {
                continue;
            }
            Span span = new Span(at, at + rule.phrase().length());
            String quote = span.of(utterance);
            moves.add(new MoveEvidence(rule.move(), span, quote));
            if (rule.category() != null) {
                boolean policyAfterAcknowledging =
                        rule.category() == FindingCategory.POLICY_FIRST && context.acknowledgedBefore();
                if (!policyAfterAcknowledging) {
                    flags.add(new Flag(
                            rule.category(), span, quote, rule.category().isProblem() ? "A better line." : ""));
                }
            }
        }
        return new UtteranceAnalysis(utterance, moves, flags);
    }
}
