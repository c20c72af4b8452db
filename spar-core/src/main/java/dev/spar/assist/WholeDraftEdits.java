package dev.spar.assist;

import dev.spar.analysis.Flag;
import dev.spar.analysis.Move;
import dev.spar.analysis.RuleCitations;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits that need more than a pattern: keep one apology, turn a guess into a check, take the guarantee out of
 * a promise, put understanding before the rule, keep only the first reason, and say a stock line in the customer's
 * own words.
 */
final class WholeDraftEdits {
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
    private static final Pattern REP_ACTION = Pattern.compile("^(?:i'll|i will|i'm going to|we'll|we will|let me)"
            + " (?:\\w+ )?(?:call|ring|phone|email|e-mail|send|check|look|update|follow|get back|text|message|confirm"
            + "|chase|contact|escalate|pass|raise|log|ask|speak|talk|be in touch|keep you)\\b");
    private static final Pattern AFFIRMATION =
            Pattern.compile("(?i)\\s*(?:yes|yeah|yep|sure|of course|absolutely|definitely|no problem)[,!.]?\\s*");

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
            Marker.of(" (?:definitely|certainly|for sure)(?=\\W|$)", ""),
            Marker.of("(?:you have|you've got|you have got) my word(?: (?:on (?:it|that)|that))?,? ?", ""),
            Marker.of("(?:it's |that's |this is )?(?:a )?(?:promise|guaranteed)(?![\\w'])[,!.]? ?", ""));

    private WholeDraftEdits() {}

    /** Keeps the apology that says most, plainly, and drops the others; a lone repeat from earlier turns goes. */
    static String overApology(String draft, Flag flag) {
        String norm = Text.normalize(draft);
        Matcher m =
                APOLOGY.matcher(norm).region(flag.span().start(), flag.span().end());
        List<int[]> clauses = new ArrayList<>();
        while (m.find()) {
            clauses.add(new int[] {m.start(), Text.clauseEnd(draft, m.end()), m.end()});
        }
        // An apology's clause ends where the next apology starts: "sorry sorry sorry, my colleague" has one clause
        // for three, and cutting it three times over cut into the words after it ("sorry olleague").
        for (int i = 0; i + 1 < clauses.size(); i++) {
            int[] c = clauses.get(i);
            c[1] = Math.max(c[2], Math.min(c[1], clauses.get(i + 1)[0]));
        }
        if (clauses.isEmpty()) {
            return draft;
        }
        if (clauses.size() == 1) {
            int[] only = clauses.getFirst();
            String rest = DraftSplice.replace(draft, DraftSplice.clauseFrom(draft, only[0]), only[1], "");
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
    static String guessing(String draft, Flag flag) {
        int start = DraftSplice.clauseFrom(draft, flag.span().start());
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
        return DraftSplice.replaceClause(draft, start, end, check);
    }

    /** "I guarantee it'll arrive Friday" becomes "I can't promise it'll arrive Friday yet, but I'll check...". */
    static String overPromise(String draft, Flag flag) {
        int start = withPromisesBefore(
                draft, DraftSplice.clauseFrom(draft, flag.span().start()));
        int end = Text.clauseEnd(draft, flag.span().end());
        String body = withoutPromises(draft.substring(start, end));
        Matcher yes = AFFIRMATION.matcher(body);
        body = yes.lookingAt() ? body.substring(yes.end()) : body;
        body = Text.decapitalise(SPACE_RUNS.matcher(body.strip()).replaceAll(" "));
        String replacement;
        if (REP_ACTION.matcher(Text.normalize(body)).find()) {
            replacement = body;
        } else if (Text.wordCount(body) < 2) {
            replacement = "I can't guarantee that yet, but I'll check and tell you what's confirmed";
        } else {
            replacement = "I can't promise " + body + " yet, but I'll check and tell you what's confirmed";
        }
        return DraftSplice.replaceClause(draft, afterAffirmation(draft, start), end, replacement);
    }

    private static String withoutPromises(String words) {
        String out = words;
        for (Marker marker : PROMISE_MARKERS) {
            out = marker.pattern().matcher(out).replaceAll(marker.replacement());
        }
        return out;
    }

    /**
     * Returns where the promise starts: at the sentence's start when every clause before the flagged one is itself
     * a promise or a yes ("yes 100% guaranteed, you have my word"), which left alone would say "Yes 100% guaranteed,
     * I can't promise..." and contradict itself.
     */
    private static int withPromisesBefore(String draft, int clauseStart) {
        int sentence = Text.sentenceStart(draft, clauseStart);
        String before = withoutPromises(draft.substring(sentence, clauseStart));
        String rest = AFFIRMATION.matcher(before).replaceAll(" ").replaceAll("[\\s,;!.-]+", "");
        return rest.isEmpty() ? sentence : clauseStart;
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
    static String policyFirst(String draft, Flag flag, UtteranceAnalysis analysis, CustomerWords words) {
        int at = Text.sentenceStart(draft, flag.span().start());
        // "That's our policy" is what was flagged and says nothing of the rule: it goes, the rule itself stays.
        String rule = RuleCitations.without(draft.substring(at));
        String withUnderstanding = draft.substring(0, at) + Phrasings.understanding(words) + ". " + rule;
        boolean wayForward =
                analysis.has(Move.OFFER_OPTION) || analysis.has(Move.NEXT_STEP) || analysis.has(Move.STATE_LIMIT);
        String out = wayForward
                ? withUnderstanding
                : Text.asSentence(withUnderstanding.strip()) + " Let me check what options that still leaves you.";
        return Text.tidy(out);
    }

    /** Keeps the first reason and drops the rest. */
    static String overExplaining(String draft) {
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
        return Text.tidy(String.join(" ", kept));
    }

    /** A stock apology becomes a specific one, a stock acknowledgement a short one in their words. */
    static String cannedEmpathy(String draft, Flag flag, CustomerWords words) {
        return DraftSplice.replaceClause(
                draft,
                DraftSplice.clauseFrom(draft, flag.span().start()),
                Text.clauseEnd(draft, flag.span().end()),
                isApology(flag) ? Phrasings.specificApology(words) : Phrasings.shortAcknowledgement(words));
    }

    private static boolean isApology(Flag flag) {
        String q = Text.normalize(flag.quote());
        return q.contains("sorry") || q.contains("apolog");
    }
}
