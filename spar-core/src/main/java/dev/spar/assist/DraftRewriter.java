package dev.spar.assist;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a draft so that one flagged problem is gone and everything else the rep wrote stays: the
 * smallest edit that fixes it (drop a hedge, keep one apology, turn a guess into a check, put understanding
 * before the rule), and only where no smaller edit exists, a stronger clause in place of the flagged one.
 */
final class DraftRewriter {

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
    private static final Pattern SPACE_RUNS = Pattern.compile("\\s{2,}");
    private static final Pattern GUESS_SO = Pattern.compile("i (?:think|believe|expect) so");
    private static final Pattern GUESS_SHOULD = Pattern.compile("(?i)^(?:should|ought to) be");
    private static final Pattern GUESS_I_THINK = Pattern.compile("(?i)^i (?:think|believe|expect) (?:that )?");
    private static final Pattern AFTER_GUESS = Pattern.compile("^\\s*(?:that\\b|,)?\\s*");
    private static final Pattern TRAILING_JOIN = Pattern.compile("(?i)[,;]?\\s*(?:and|or|but)?$");
    private static final String INTENSIFIERS =
            "(?:so|really|very|truly|terribly|deeply|extremely|incredibly|awfully|genuinely|sincerely|just) ";
    private static final Pattern INTENSIFIER = Pattern.compile("(?i)" + INTENSIFIERS);
    private static final Pattern APOLOGY = Pattern.compile("(?<![\\w'])(?:(?:(?:i'm|i am|we're|we are) (?:"
            + INTENSIFIERS
            + "){0,2})?sorry|(?:i|we) (?:(?:sincerely|truly|really|do|deeply|just|must|want to|would like to"
            + "|'d like to) ){0,2}apologi[sz]e|(?:my|our) (?:(?:sincere|sincerest|deepest|humble) )?apologies"
            + "|apologies (?:for|about))(?![\\w'])");
    private static final Pattern JUSTIFICATION = Pattern.compile("(?<![\\w'])(?:because|'cause|cos|since(?= (?:i|we"
            + "|you|it|they|this|that|there|our|your|he|she|the system)\\b)|the reason (?:is|was|why|being|for|that)|due to"
            + "|owing to|that's why|which is why|this is why|as a result|given that)(?![\\w'])");
    private static final Pattern OPENING_CONJUNCTION =
            Pattern.compile("^(?:and|but|so|because|though|although|as|since|then|which|while|or)\\s+");
    private static final Pattern REP_ACTION = Pattern.compile("^(?:i'll|i will|i'm going to|we'll|we will|let me)"
            + " (?:\\w+ )?(?:call|ring|phone|email|e-mail|send|check|look|update|follow|get back|text|message|confirm"
            + "|chase|contact|escalate|pass|raise|log|ask|speak|talk|be in touch|keep you)\\b");
    private static final Pattern INDEPENDENT = Pattern.compile("\\s*(?:i|i'm|i'll|i've|we|we're|we'll|you|you're|you'll"
            + "|it|it's|it'll|the|that|that's|this|they|they're|there|there's|he|she|our|your|my|most|just|please|let"
            + "|let's)\\b");
    private static final Pattern AFFIRMATION =
            Pattern.compile("\\s*(?:yes|yeah|yep|sure|of course|absolutely|definitely|no problem)[,!.]?\\s*");
    private static final Pattern TIP_THEN_WORDS = Pattern.compile("^(.*?):\\s*\"([^\"]+)\"");

    /** A way of over-promising and what stays once it is dropped. */
    private record Marker(Pattern pattern, String replacement) {
        static Marker of(String regex, String replacement) {
            return new Marker(Pattern.compile("(?i)(?<![\\w'])" + regex), replacement);
        }
    }

    private static final List<Marker> PROMISE_MARKERS = List.of(
            Marker.of(
                    "i (?:can )?(?:absolutely |personally |100% |fully )?guarantee(?: (?:that|you)(?![\\w']))?,? ?",
                    ""),
            Marker.of("(?:it's|it is) guaranteed to ", "it will "),
            Marker.of("(?:that's|that is) guaranteed to ", "that will "),
            Marker.of("(?:this is) guaranteed to ", "this will "),
            Marker.of("guaranteed to ", "will "),
            Marker.of("(?:it's|that's|this is) guaranteed", "that will happen"),
            Marker.of("i promise(?: you(?![\\w']))?(?: that)?,? ?", ""),
            Marker.of(
                    "(?:i'?m|i am) (?:absolutely |totally |completely |100% )?(?:sure|certain|confident|positive)(?: that)? ?",
                    ""),
            Marker.of("(?:don'?t|do not) worry,? ?", ""),
            Marker.of("(?:almost|most|very|quite) (?:certainly|likely|probably|surely) ", ""),
            Marker.of("(?:definitely|certainly|absolutely|100%|for sure|surely|easily) ", ""),
            Marker.of(" (?:definitely|certainly|for sure)(?=\\W|$)", ""));

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

    private DraftRewriter() {}

    /** Returns why the flag matters, with the phrase book's tip when it has one. */
    static String why(Flag flag) {
        String tip = tip(flag.alternative());
        return tip.isEmpty() ? flag.category().why() : flag.category().why() + " " + tip;
    }

    /** Returns the whole draft with this one problem fixed. */
    static String rewrite(String draft, Flag flag, UtteranceAnalysis analysis, CustomerWords words) {
        String rewritten =
                switch (flag.category()) {
                    case OVER_APOLOGY -> overApology(draft, flag);
                    case GUESSING -> guessing(draft, flag);
                    case OVER_PROMISE, FALSE_HOPE -> overPromise(draft, flag);
                    case POLICY_FIRST -> policyFirst(draft, flag, analysis, words);
                    case CANNED_EMPATHY ->
                        replaceClause(
                                draft,
                                clauseFrom(draft, flag.span().start()),
                                Text.clauseEnd(draft, flag.span().end()),
                                isApology(flag)
                                        ? Phrasings.specificApology(words)
                                        : Phrasings.shortAcknowledgement(words));
                    case OVER_EXPLAINING -> overExplaining(draft, flag);
                    default -> edit(draft, flag, words);
                };
        if (rewritten.isBlank() || rewritten.equals(draft.strip())) {
            return fallback(draft, flag);
        }
        if (flag.category() == FindingCategory.HEDGING
                && flag.quote().toLowerCase().startsWith("if ")) {
            rewritten = withClosingCheck(rewritten, analysis);
        }
        return rewritten;
    }

    // ---------------------------------------------------------------- edits by rule

    private static String edit(String draft, Flag flag, CustomerWords words) {
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
                case WORDS -> replace(draft, m.start(), m.end(), replacement);
                case LEAD ->
                    replace(
                            draft,
                            m.start(),
                            m.end(),
                            Text.sentenceStart(draft, m.start()) == m.start() ? replacement : "");
                case CLAUSE ->
                    replaceClause(draft, clauseFrom(draft, flag.span().start()), clauseEnd, replacement);

                case SENTENCE ->
                    replace(
                            draft,
                            Text.sentenceStart(draft, flag.span().start()),
                            Text.sentenceEnd(draft, flag.span().end()),
                            replacement);
            };
        }
        return draft;
    }

    // ---------------------------------------------------------------- edits that need the whole draft

    /** Keeps the apology that says most, plainly, and drops the others; a lone repeat from earlier turns goes. */
    private static String overApology(String draft, Flag flag) {
        String norm = Text.normalize(draft);
        Matcher m =
                APOLOGY.matcher(norm).region(flag.span().start(), flag.span().end());
        List<int[]> clauses = new ArrayList<>();
        while (m.find()) {
            clauses.add(new int[] {m.start(), Text.clauseEnd(draft, m.end()), m.end()});
        }
        if (clauses.isEmpty()) {
            return draft;
        }
        if (clauses.size() == 1) {
            int[] only = clauses.getFirst();
            String rest = replace(draft, clauseFrom(draft, only[0]), only[1], "");
            return rest.isBlank() ? "Here's what I'll do next: [action]." : rest;
        }
        int[] keep = clauses.getFirst();
        for (int[] c : clauses) {
            if (c[1] - c[2] > keep[1] - keep[2]) {
                keep = c;
            }
        }
        StringBuilder out = new StringBuilder(draft);
        for (int[] c : clauses.reversed()) {
            if (c == keep) {
                String plain = draft.substring(c[0], c[2])
                        .transform(t -> INTENSIFIER.matcher(t).replaceAll(""));
                out.replace(c[0], c[2], plain);
            } else {
                out.replace(c[0], c[1], "");
            }
        }
        return Text.tidy(out.toString());
    }

    /** "It'll probably arrive tomorrow" becomes "I'll check whether it'll arrive tomorrow and let you know". */
    private static String guessing(String draft, Flag flag) {
        int start = clauseFrom(draft, flag.span().start());
        int end = Text.clauseEnd(draft, flag.span().end());
        String q = Text.normalize(flag.quote());
        String before = draft.substring(start, flag.span().start());
        String after = draft.substring(flag.span().end(), end);
        String body;
        if (GUESS_SO.matcher(q).matches()) {
            body = "";
        } else if (GUESS_SHOULD.matcher(q).lookingAt()) {
            body = before + "will be" + GUESS_SHOULD.matcher(flag.quote()).replaceFirst("") + after;
        } else if (GUESS_I_THINK.matcher(q).lookingAt()) {
            body = before + GUESS_I_THINK.matcher(flag.quote()).replaceFirst("") + after;
        } else {
            body = before + AFTER_GUESS.matcher(after).replaceFirst(" ");
        }
        body = Text.decapitalise(SPACE_RUNS.matcher(body.strip()).replaceAll(" "));
        String check = Text.wordCount(body) < 2
                ? "I'll check that and confirm it"
                : "I'll check whether " + body + " and let you know";
        return replaceClause(draft, start, end, check);
    }

    /** "I guarantee it'll arrive Friday" becomes "I can't promise it'll arrive Friday yet, but I'll check...". */
    private static String overPromise(String draft, Flag flag) {
        int start = clauseFrom(draft, flag.span().start());
        int end = Text.clauseEnd(draft, flag.span().end());
        String body = draft.substring(start, end);
        for (Marker marker : PROMISE_MARKERS) {
            body = marker.pattern().matcher(body).replaceAll(marker.replacement());
        }
        body = Text.decapitalise(SPACE_RUNS.matcher(body.strip()).replaceAll(" "));
        String replacement;
        if (REP_ACTION.matcher(Text.normalize(body)).find()) {
            replacement = body;
        } else if (Text.wordCount(body) < 2) {
            replacement = "I can't guarantee that yet, but I'll check and tell you what's confirmed";
        } else {
            replacement = "I can't promise " + body + " yet, but I'll check and tell you what's confirmed";
        }
        return replaceClause(draft, afterAffirmation(draft, start), end, replacement);
    }

    /** "Yes, I can't promise..." contradicts itself: an affirmation that opens the sentence goes with the promise. */
    private static int afterAffirmation(String draft, int clauseStart) {
        int sentence = Text.sentenceStart(draft, clauseStart);
        boolean affirmation = AFFIRMATION
                .matcher(Text.normalize(draft.substring(sentence, clauseStart)))
                .matches();
        return affirmation ? sentence : clauseStart;
    }

    /** Puts understanding in their words before the sentence with the rule, and a way forward if none. */
    private static String policyFirst(String draft, Flag flag, UtteranceAnalysis analysis, CustomerWords words) {
        int at = Text.sentenceStart(draft, flag.span().start());
        String withUnderstanding = draft.substring(0, at) + Phrasings.understanding(words) + ". " + draft.substring(at);
        boolean wayForward =
                analysis.has(Move.OFFER_OPTION) || analysis.has(Move.NEXT_STEP) || analysis.has(Move.STATE_LIMIT);
        String out = wayForward
                ? withUnderstanding
                : Text.asSentence(withUnderstanding.strip()) + " Let me check what options that still leaves you.";
        return Text.tidy(out);
    }

    /** Keeps the first reason and drops the rest. */
    private static String overExplaining(String draft, Flag flag) {
        List<String> kept = new ArrayList<>();
        boolean reasoned = false;
        for (String sentence : Text.sentences(draft)) {
            Matcher m = JUSTIFICATION.matcher(Text.normalize(sentence));
            if (!m.find()) {
                kept.add(sentence);
                continue;
            }
            if (reasoned) {
                continue;
            }
            reasoned = true;
            int second = m.find() ? m.start() : -1;
            kept.add(
                    second > 0
                            ? Text.asSentence(Text.withoutEnd(sentence.substring(0, second))
                                    .transform(t -> TRAILING_JOIN.matcher(t).replaceFirst("")))
                            : sentence);
        }
        String out = Text.tidy(String.join(" ", kept));
        return out.equals(draft.strip()) ? fallback(draft, flag) : out;
    }

    // ---------------------------------------------------------------- helpers

    /** The phrase book's words for a stronger line, in place of the flagged clause; the last resort. */
    private static String fallback(String draft, Flag flag) {
        String words = wordsOf(flag.alternative());
        if (words.isBlank()) {
            words = "Let me put that another way.";
        }
        return replace(
                draft,
                Text.sentenceStart(draft, flag.span().start()),
                Text.sentenceEnd(draft, flag.span().end()),
                Text.asSentence(words));
    }

    /** The start of the clause, after a conjunction that opens it, which stays. */
    private static int clauseFrom(String draft, int at) {
        int start = Text.clauseStart(draft, at);
        Matcher m = OPENING_CONJUNCTION.matcher(Text.normalize(draft)).region(start, Math.max(start, at));
        return m.lookingAt() ? m.end() : start;
    }

    /**
     * Replaces a clause; when a comma and a clause that stands on its own follow ("..., the courier is a
     * separate company"), the replacement ends the sentence there instead of running on.
     */
    private static String replaceClause(String draft, int start, int end, String replacement) {
        boolean standsAlone = !replacement.isEmpty()
                && end < draft.length()
                && draft.charAt(end) == ','
                && INDEPENDENT
                        .matcher(Text.normalize(draft))
                        .region(end + 1, draft.length())
                        .lookingAt();
        return standsAlone
                ? replace(draft, start, end + 1, Text.asSentence(replacement) + " ")
                : replace(draft, start, end, replacement);
    }

    /**
     * Returns the draft with one stretch replaced, tidying only the sentences the edit touches, so the rest of
     * the draft stays exactly as the rep typed it.
     */
    private static String replace(String draft, int start, int end, String replacement) {
        int to = Math.max(start, end);
        int windowStart = Text.sentenceStart(draft, start);
        int windowEnd = Math.max(to, Text.sentenceEnd(draft, Math.max(windowStart, to - 1)));
        String middle = Text.tidy(draft.substring(windowStart, start) + replacement + draft.substring(to, windowEnd));
        String before = draft.substring(0, windowStart).stripTrailing();
        String after = draft.substring(windowEnd).stripLeading();
        StringBuilder out = new StringBuilder(before);
        for (String part : List.of(middle, after)) {
            if (!part.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(part);
            }
        }
        return out.toString();
    }

    private static boolean isApology(Flag flag) {
        String q = Text.normalize(flag.quote());
        return q.contains("sorry") || q.contains("apolog");
    }

    private static String withClosingCheck(String draft, UtteranceAnalysis analysis) {
        if (analysis.has(Move.CLOSING_CHECK)) {
            return draft;
        }
        return Text.asSentence(draft) + " Does that work for you?";
    }

    private static String tip(String alternative) {
        Matcher m = TIP_THEN_WORDS.matcher(alternative.strip());
        if (!m.find()) {
            return "";
        }
        String tip = m.group(1).strip();
        return tip.endsWith(".") ? tip : tip + ".";
    }

    private static String wordsOf(String alternative) {
        Matcher m = TIP_THEN_WORDS.matcher(alternative.strip());
        return m.find() ? m.group(2).strip() : alternative.strip();
    }
}
