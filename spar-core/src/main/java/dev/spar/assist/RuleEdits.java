package dev.spar.assist;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits by rule: for each kind of problem, patterns for the ways it is said and the smallest edit that fixes
 * each (drop the words, lead with other words, replace the clause or the sentence), the first that matches near the
 * flag winning.
 */
final class RuleEdits {

    /** How far an edit reaches. */
    private enum Scope {
        /** The matched words only. */
        WORDS,
        /** The matched words at the start of a sentence; elsewhere they are dropped. */
        LEAD,
        /** The clause holding the flag, keeping a conjunction that opens it. */
        CLAUSE,
        /** The sentence holding the flag. */
        SENTENCE
    }

    /**
     * One way to fix a flagged phrase.
     *
     * @param pattern matched in the normalized draft from the flag to the end of its clause
     * @param scope how much the replacement replaces
     * @param replacement what to put instead; {@code ${name}} takes a named group of the match
     */
    private record Edit(Pattern pattern, Scope scope, Function<Context, String> replacement) {
        static Edit of(String regex, Scope scope, String replacement) {
            return new Edit(Pattern.compile(regex), scope, c -> c.expand(replacement));
        }

        static Edit of(String regex, Scope scope, Function<Context, String> replacement) {
            return new Edit(Pattern.compile(regex), scope, replacement);
        }
    }

    /** What a replacement can draw on: the match and the customer's words. */
    private record Context(Matcher match, CustomerWords words, String restOfSentence) {
        String expand(String template) {
            Matcher m = GROUP_REFERENCE.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String group = match.group(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(group == null ? "" : group.strip()));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\$\\{(\\w+)}");

    private static final Map<FindingCategory, List<Edit>> EDITS = Map.of(
            FindingCategory.DISMISSAL,
                    List.of(
                            Edit.of("calm down|relax", Scope.CLAUSE, c -> Phrasings.shortAcknowledgement(c.words())),
                            Edit.of(
                                    "not (?:a |that |such a )?big deal|no big deal|overreacting|no need to (?:get|be)|don't get",
                                    Scope.CLAUSE,
                                    "I can see this matters to you"),
                            Edit.of(
                                    "(?<delay>delays)|these things happen|things like this happen|it happens|that's just how it is"
                                            + "|it is what it is",
                                    Scope.CLAUSE,
                                    c -> c.match().group("delay") != null
                                            ? "I understand why the delay is frustrating"
                                            : "I understand why this is frustrating"),
                            Edit.of(
                                    "nothing (?:else |more |at all )?(?:i|we) (?:can|could) do(?: about (?<what>[^.!?;,]+))?",
                                    Scope.CLAUSE,
                                    c -> "I can't change "
                                            + (c.match().group("what") == null
                                                    ? "that"
                                                    : c.match().group("what").strip())
                                            + " myself, so let me look at who can"),
                            Edit.of(
                                    "not my (?:problem|department|job)",
                                    Scope.CLAUSE,
                                    "That sits with another team, so I'll connect you with them"),
                            Edit.of("we're (?:\\w+ )?busy", Scope.CLAUSE, "Thanks for bearing with us"),
                            Edit.of(
                                    "(?:you|u) (?:just|simply|only) (?:need|have|got) to|all (?:you|u) (?:need|have) to do is",
                                    Scope.WORDS,
                                    "the quickest fix is to"),
                            Edit.of(
                                    "(?:there's|there is) no (?:issue|problem) (?:here|with (?:it|that|this|your \\w+))",
                                    Scope.CLAUSE,
                                    "I can see why this is confusing"),
                            Edit.of(
                                    "i don't make the rules|rules are rules",
                                    Scope.CLAUSE,
                                    "I can't change that rule, but I can explain what it means for you"),
                            Edit.of(
                                    "you won't find",
                                    Scope.CLAUSE,
                                    "Before you decide, I'd like to understand what led you here"),
                            Edit.of("you'll (?:just )?have to wait", Scope.WORDS, "I know it's frustrating to wait"),
                            Edit.of(
                                    "you'll (?:just )?have to",
                                    Scope.CLAUSE,
                                    "I know this isn't the answer you wanted"),
                            Edit.of(
                                    "sorry (?:that |if )?you feel",
                                    Scope.CLAUSE,
                                    "I can see this has left you feeling let down")),
            FindingCategory.BLAME,
                    List.of(
                            Edit.of(
                                    "why (?:didn't you|did you not|would you)",
                                    Scope.SENTENCE,
                                    "Can you walk me through what happened?"),
                            Edit.of(
                                    "fault|on you|your (?:responsibility|problem|mistake)",
                                    Scope.CLAUSE,
                                    "Let's look at what happened, so we can put it right"),
                            Edit.of(
                                    "you must(?:'ve| have)",
                                    Scope.CLAUSE,
                                    "Let me check what you were told, so I can see where things went differently"),
                            Edit.of(
                                    "you (?:should|could)(?:'ve| have)",
                                    Scope.CLAUSE,
                                    "Let's look at what we can still do for you now"),
                            Edit.of(
                                    "you (?:always|never) (?!(?:read|check|follow|enter|update|tell us|fill|provide|select|cancel|pay"
                                            + "|notice|save|click|look|confirm|bother)\\b)",
                                    Scope.CLAUSE,
                                    "This has come up more than once, and I'd like us to sort it out"),
                            Edit.of(
                                    "you |if you|user error|on your",
                                    Scope.CLAUSE,
                                    "Let's walk through what happened step by step, so we can see where it went wrong")),
            FindingCategory.CONDESCENSION,
                    List.of(
                            Edit.of(
                                    "(?:as i(?:'ve)? (?:already |just |previously )?(?:said|explained|mentioned|told you|stated)"
                                            + "|like i (?:already |just )?(?:said|told you|explained|mentioned)|i(?:'ve)? already (?:told"
                                            + " you|explained (?:this|that)|explained|said|told)|i'll say it again|let me (?:say|explain)"
                                            + " (?:it|this|that) (?:again|slowly|one more time)|for the (?:last|third|second|hundredth)"
                                            + " time)(?: that)?,? ?",
                                    Scope.LEAD,
                                    "Let me put it another way: "),
                            Edit.of(
                                    "(?<where>(?:on|in) (?:the|our|your) [\\w -]+)",
                                    Scope.CLAUSE,
                                    "Let me show you where to find that ${where}"),
                            Edit.of(
                                    "most |anyone |rocket science|common sense",
                                    Scope.CLAUSE,
                                    "This part trips a lot of people up"),
                            Edit.of("as you (?:should |must |probably )?know,? ?", Scope.WORDS, ""),
                            Edit.of("obviously you|you obviously", Scope.WORDS, "you"),
                            Edit.of("it's ", Scope.CLAUSE, "Let me take you through it step by step"),
                            Edit.of(
                                    "do you (?:even )?understand",
                                    Scope.SENTENCE,
                                    "Does that make sense so far, or shall I go over any part again?"),
                            Edit.of(
                                    "did you (?:even )?(?:read|look at|check)",
                                    Scope.SENTENCE,
                                    "Shall I walk you through it?")),
            FindingCategory.JUDGEMENTAL_FRAMING,
                    List.of(
                            Edit.of("you're (?:claiming|alleging)(?: that)?", Scope.WORDS, "you're telling me"),
                            Edit.of("you (?:claim(?:ed)?|allege(?:d)?)(?: that)?", Scope.WORDS, "you said"),
                            Edit.of("(?:allegedly|supposedly|so-called),? ?", Scope.WORDS, ""),
                            Edit.of("according to you", Scope.WORDS, "from what you've said"),
                            Edit.of("you seem to think(?: that)?", Scope.WORDS, "you expected"),
                            Edit.of("in your mind,? ?", Scope.WORDS, ""),
                            Edit.of("you think(?: that)?", Scope.WORDS, "you're telling me"),
                            Edit.of(
                                    "(?:so )?you're (?:just |clearly |obviously )?\\w+ (?:(?<that>because|that|since)|about|over)",
                                    Scope.WORDS,
                                    c -> c.match().group("that") != null
                                            ? "so the main issue is that"
                                            : "so the main issue is")),
            FindingCategory.REACTIVE,
                    List.of(
                            Edit.of(
                                    "ridiculous|absurd|nonsense|crazy|insane|unbelievable|rubbish|are you|give me a break",
                                    Scope.CLAUSE,
                                    "That's a big ask, so let me be clear about what I can and can't do"),
                            Edit.of("whatever", Scope.CLAUSE, "Let me take a second so I answer that properly"),
                            Edit.of(
                                    ".",
                                    Scope.SENTENCE,
                                    "I want to help sort this out, and I need us to keep this respectful so we can.")),
            FindingCategory.CONCESSION,
                    List.of(
                            Edit.of("(?:fine|okay|ok|alright|all right),? i'll just ", Scope.WORDS, "I'll "),
                            Edit.of(
                                    "forget (?:it|about it|i said anything|i asked)|never ?mind|let's just drop it|i'll (?:just )?(?:drop"
                                            + "|leave) it|if you insist|i'll let it (?:go|slide)|i won't (?:push|press)|don't worry"
                                            + "|it doesn't matter|you're (?:probably )?right,? (?:i'll|let's)",
                                    Scope.CLAUSE,
                                    c -> Text.wordCount(c.restOfSentence()) >= 2
                                            ? ""
                                            : "I understand this is frustrating, and I'd still like to sort it out properly"),
                            Edit.of(
                                    "(?:maybe|i guess|i suppose),? (?:i|we) (?:can|could) (?<vp>[^.!?;,]+)",
                                    Scope.CLAUSE,
                                    "I can't promise to ${vp}, but I'll ask and tell you what's possible"),
                            Edit.of(
                                    "fine,? (?:you win|have it your way|whatever you want|do what you want)",
                                    Scope.CLAUSE,
                                    "I hear you, and here is what I can do"),
                            Edit.of(
                                    ".",
                                    Scope.CLAUSE,
                                    "I understand this is frustrating, and I'd still like to sort it out properly")),
            FindingCategory.HEDGING,
                    List.of(
                            Edit.of("i (?:just )?(?:think|thought|feel|felt) (?:like )?maybe", Scope.WORDS, "I think"),
                            Edit.of(
                                    "i was (?:just )?hoping (?<who>we|i|you) (?:could|might)(?: maybe)?",
                                    Scope.WORDS,
                                    c -> switch (c.match().group("who")) {
                                        case "we" -> "I'd like us to";
                                        case "you" -> "I'd like you to";
                                        default -> "I'd like to";
                                    }),
                            Edit.of(
                                    "i was (?:just )?(?:thinking|wondering|hoping)(?: if)?(?: maybe)?,? ?",
                                    Scope.WORDS,
                                    ""),
                            Edit.of("(?<modal>could|might|can) maybe", Scope.WORDS, "${modal}"),
                            Edit.of("maybe,? just maybe,? ?|just maybe,? ?", Scope.WORDS, ""),
                            Edit.of("i don't know,? if", Scope.WORDS, "I'll check whether"),
                            Edit.of("i don't know,? (?:maybe|but),? ?", Scope.WORDS, ""),
                            Edit.of("this might sound \\w+,?(?: but)? ?", Scope.WORDS, ""),
                            Edit.of("i hate to (?:ask|say|bring this up|bother you),?(?: but)? ?", Scope.WORDS, ""),
                            Edit.of("(?:sort|kind) of ?|kinda ?|sorta ?", Scope.WORDS, ""),
                            Edit.of("i guess|i suppose", Scope.WORDS, "I think"),
                            Edit.of(
                                    "if (?:that's|it's) (?:okay|ok|alright|all right|fine)(?: with you)?|if (?:it's|that's) not (?:too"
                                            + " much trouble|a problem)|if you don't mind",
                                    Scope.CLAUSE,
                                    ""),
                            Edit.of(
                                    "i'm not (?:really |totally |completely |100% )?sure,? but",
                                    Scope.WORDS, "I'll confirm this, but from what I can see,"),
                            Edit.of(
                                    "i'm not (?:really |totally |completely |100% )?sure",
                                    Scope.CLAUSE, "I don't have that answer yet; I'll check and tell you"),
                            Edit.of("(?:possibly|a (?:little|tiny|wee) bit) ?", Scope.WORDS, "")));

    private RuleEdits() {}

    /** Returns the draft with the first edit that matches at the flag made, or the draft unchanged if none does. */
    static String apply(String draft, Flag flag, CustomerWords words) {
        List<Edit> edits = EDITS.getOrDefault(flag.category(), List.of());
        String norm = Text.normalize(draft);
        int regionEnd = Math.min(
                draft.length(),
                Math.max(flag.span().end(), Text.clauseEnd(draft, flag.span().end()) + 1));

        for (Edit edit : edits) {
            Matcher m = edit.pattern().matcher(norm).region(flag.span().start(), regionEnd);
            m.useTransparentBounds(true);
            if (!m.find() || m.start() >= flag.span().end()) {
                continue;
            }
            int clauseEnd = Text.clauseEnd(draft, Math.max(m.end(), flag.span().end()));
            String rest = draft.substring(
                    Math.min(draft.length(), clauseEnd), Text.sentenceEnd(draft, Math.max(0, clauseEnd - 1)));
            String replacement = edit.replacement().apply(new Context(m, words, rest));
            return switch (edit.scope()) {
                case WORDS -> DraftSplice.replace(draft, m.start(), m.end(), replacement);
                case LEAD ->
                    DraftSplice.replace(
                            draft,
                            m.start(),
                            m.end(),
                            Text.sentenceStart(draft, m.start()) == m.start() ? replacement : "");
                case CLAUSE ->
                    DraftSplice.replaceClause(
                            draft, DraftSplice.clauseFrom(draft, flag.span().start()), clauseEnd, replacement);

                case SENTENCE ->
                    DraftSplice.replace(
                            draft,
                            Text.sentenceStart(draft, flag.span().start()),
                            Text.sentenceEnd(draft, flag.span().end()),
                            replacement);
            };
        }
        return draft;
    }
}
