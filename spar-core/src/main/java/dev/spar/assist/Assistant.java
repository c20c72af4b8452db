package dev.spar.assist;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.Span;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Live assist for a real conversation: assesses the rep's draft against what the customer said, as often
 * as on every keystroke, and keeps the ledger of what the rep committed to.
 *
 * <p>Every call takes the conversation so far, so the caller holds no state but the lines; each line is
 * analysed once and remembered (bounded memos of a few megabytes at most), so assessing a new draft costs
 * one analysis of the draft plus the rewrites: about a millisecond for 80 words, far less for short drafts.
 * Instances are safe to share between threads.
 *
 */
public final class Assistant {
    /** The longest draft assessed, in characters. */
    public static final int MAX_DRAFT_CHARS = 2_000;

    /** The longest line of the conversation, in characters. */
    public static final int MAX_LINE_CHARS = 2_000;

    /** The most lines of conversation taken into account. */
    public static final int MAX_LINES = 200;

    private static final int MEMO_LINES = 2_048;
    private static final int STRENGTHEN_ROUNDS = 5;
    private static final int MAX_PHRASING_CHARS = 300;

    /** Conversations whose reading is kept: between keystrokes the conversation does not change. */
    private static final int MEMO_READINGS = 64;

    /** Longer conversations are read afresh each time, so the memo stays small whatever callers send. */
    private static final int MEMO_READING_CHARS = 40_000;

    private final Analyzer analyzer;
    private final Memo<LineKey, UtteranceAnalysis> analyses = new Memo<>(MEMO_LINES);
    private final CustomerReader reader = new CustomerReader(new Memo<>(MEMO_LINES));
    private final Memo<List<ConversationLine>, CustomerReader.Reading> readings = new Memo<>(MEMO_READINGS);

    /** A rep line and everything its analysis depends on. */
    private record LineKey(String customerBefore, List<String> earlierRep, String text) {}

    /** Creates an assistant that reads drafts with this analyzer. */
    public Assistant(Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /**
     * Assesses a draft reply.
     *
     * @param soFar the conversation before the draft, oldest first: customer lines and the rep's sent lines
     * @param draft the rep's reply as typed so far; may be empty, then only the customer and next moves are read
     * @return the draft's problems with rewrites, the customer as read, and the next moves
     * @throws IllegalArgumentException if the draft or a line is too long, or there are too many lines
     */
    public Assistance assess(List<ConversationLine> soFar, String draft) {
        Objects.requireNonNull(draft, "draft");
        check(soFar);
        if (draft.length() > MAX_DRAFT_CHARS) {
            throw new IllegalArgumentException(
                    "the draft is " + draft.length() + " characters; live assist reads up to " + MAX_DRAFT_CHARS);
        }
        Read read = read(soFar);
        CustomerReader.Reading reading = reading(soFar);
        // Read as it was meant to be spelled ("pls calm dwn" as "please calm down"), quoted as it was typed.
        TypedWords typed = TypedWords.of(draft);
        Found found = find(read, reading, typed.text());
        List<DraftFlag> flags = new ArrayList<>();
        for (Flag flag : found.flags()) {
            String rewrite = found.brushOffs().contains(flag)
                    ? BrushOff.rewrite(reading.words())
                    : DraftRewriter.rewrite(typed.text(), flag, found.analysis(), reading.words());
            int[] at = typed.inDraft(flag.span().start(), flag.span().end());
            flags.add(new DraftFlag(
                    flag.category(),
                    new Span(at[0], at[1]),
                    draft.substring(at[0], at[1]),
                    DraftRewriter.why(flag),
                    checked(read, reading, typed.text(), found.flags(), flag, rewrite)));
        }
        UtteranceAnalysis analysis = found.analysis();
        List<NextMove> moves = Planner.plan(reading, read.repAnalyses(), read.sentSinceCustomer(), analysis);
        return new Assistance(draft, flags, reading.read(), moves);
    }

    /** The problems found in a text, with the analysis they came from; the brush-offs among them. */
    private record Found(UtteranceAnalysis analysis, List<Flag> flags, List<Flag> brushOffs) {}

    /** Returns the problems of a text spelled out, as a reply to the conversation read so far. */
    private Found find(Read read, CustomerReader.Reading reading, String text) {
        UtteranceAnalysis analysis = text.isBlank()
                ? new UtteranceAnalysis(text, List.of(), List.of())
                : analyzer.analyze(text, new AnalysisContext(read.lastCustomer(), read.repAnalyses()));
        List<Flag> found = new ArrayList<>();
        for (Flag flag : analysis.flags()) {
            if (flag.category().isProblem() && Vetoes.keep(flag, text)) {
                found.add(flag);
            }
        }
        List<Flag> brushOffs = new ArrayList<>();
        if (!text.isBlank()) {
            List<Flag> more = new ArrayList<>(ContentFlags.of(text));
            BrushOff.of(text, reading.read(), read.spokeLast()).ifPresent(f -> {
                more.add(f);
                brushOffs.add(f);
            });
            for (Flag flag : more) {
                // One problem per words: the phrase reading's flag, when it has one there, is the more specific.
                if (found.stream().noneMatch(f -> f.span().overlaps(flag.span()))) {
                    found.add(flag);
                }
            }
        }
        brushOffs.retainAll(found);
        return new Found(analysis, found, brushOffs);
    }

    /**
     * Returns the rewrite when it passes the checks a rewrite must pass to be offered: not empty or too long, one
     * problem of its kind fewer than the draft, and the draft's numbers kept (but those of the flagged words, and
     * the "100%" of "100% guaranteed"). A rewrite that fails is not shown: a flag without a rewrite beats a rewrite that
     * reads broken or leaves the problem where it was.
     */
    private Optional<String> checked(
            Read read, CustomerReader.Reading reading, String draft, List<Flag> draftFlags, Flag flag, String rewrite) {
        Set<String> numbers = new HashSet<>(Text.numbers(draft));
        numbers.removeAll(Text.numbers(flag.quote()));
        // "100%" and "110%" say how sure, not a fact: the rewrite of a guarantee drops them with it
        numbers.removeIf(n -> n.matches("1\\d{2,}") && draft.contains(n + "%"));
        if (rewrite == null
                || rewrite.isBlank()
                || rewrite.length() > MAX_DRAFT_CHARS
                || !Text.numbers(rewrite).containsAll(numbers)) {
            return Optional.empty();
        }
        List<Flag> after = find(read, reading, TypedWords.of(rewrite).text()).flags();
        long before =
                draftFlags.stream().filter(f -> f.category() == flag.category()).count();
        long still = after.stream().filter(f -> f.category() == flag.category()).count();
        return still < before ? Optional.of(rewrite.strip()) : Optional.empty();
    }

    /**
     * Returns the draft with its flagged problems fixed, applying one rewrite at a time and reading the result
     * again, for a "fix all" that stays coherent. Stops after five rounds, or when nothing flagged has a rewrite.
     */
    public String strengthen(List<ConversationLine> soFar, String draft) {
        String current = draft;
        boolean policyFirst = false;
        for (int round = 0; round < STRENGTHEN_ROUNDS; round++) {
            List<DraftFlag> flags = assess(soFar, current).flags();
            policyFirst |= flags.stream().anyMatch(f -> f.category() == FindingCategory.POLICY_FIRST);
            // A flag without a rewrite is skipped: there is nothing sound to apply for it.
            Optional<String> next = flags.stream()
                    .map(DraftFlag::rewrite)
                    .flatMap(Optional::stream)
                    .findFirst();
            if (next.isEmpty() || next.get().equals(current)) {
                break;
            }
            current = next.get();
        }
        String tidied = withoutVagueCheck(current);
        return policyFirst ? withoutBareRule(soFar, tidied) : tidied;
    }

    /** "I'll check and tell you what is confirmed" as a sentence of its own, saying nothing of what is checked. */
    private static final Pattern VAGUE_CHECK =
            Pattern.compile("(?i)^i'll check and tell you what(?: is|'s) confirmed[.!]?$");

    private static final Pattern CHECK = Pattern.compile("(?i)\\bi'll check\\b");

    /**
     * Returns the strengthened draft saying it will check once: two guesses fixed one after the other left "I'll
     * check and tell you what is confirmed. I'll check whether it'll arrive tomorrow and let you know", and the
     * vague one goes when another sentence says what will be checked.
     */
    private static String withoutVagueCheck(String strong) {
        List<String> sentences = Text.sentences(strong);
        long checks = sentences.stream().filter(x -> CHECK.matcher(x).find()).count();
        if (checks < 2) {
            return strong;
        }
        List<String> kept = sentences.stream()
                .filter(x -> !VAGUE_CHECK.matcher(x).matches())
                .toList();
        return kept.isEmpty() || kept.size() == sentences.size() ? strong : Text.tidy(String.join(" ", kept));
    }

    /** "That's our policy" said as a sentence or a last clause of its own, with nothing of the rule in it. */
    private static final Pattern BARE_RULE = Pattern.compile("(?i)(?:^|[,;]\\s*)(?:that's|that is|it's|it is|this is"
            + "|those are|these are)\\s+(?:just\\s+)?(?:our|the|company)\\s+(?:company\\s+)?(?:policy|policies|rules?)"
            + "\\s*[.!]?$");

    /**
     * Returns the strengthened draft without a bare "that's our policy" left over once the rest of it says what can
     * be done: after "I can't change courier delays myself, so let me look at who can", it is the very words the
     * review flagged, and says nothing of the rule.
     */
    private String withoutBareRule(List<ConversationLine> soFar, String strong) {
        List<String> kept = new ArrayList<>();
        for (String sentence : Text.sentences(strong)) {
            String cut = BARE_RULE.matcher(sentence.strip()).replaceFirst("").strip();
            if (!cut.isEmpty()) {
                kept.add(Text.asSentence(cut));
            }
        }
        String without = Text.tidy(String.join(" ", kept));
        boolean noWorse = !without.isBlank()
                && assess(soFar, without).flags().size()
                        <= assess(soFar, strong).flags().size();
        return noWorse ? without : strong;
    }

    /**
     * Returns the built-in assistance with wording from elsewhere (a model) where the built-in analysis accepts
     * it, and the built-in wording everywhere else: a rewrite is taken when it passes the checks the built-in
     * rewrites pass (fewer problems of its flag's kind than the draft, the draft's numbers kept, not too long), also for a flag the built-in wording had no rewrite for; a phrasing when it shows no problem at all. Flags and moves stay those of the built-in answer, so a caller can show the instant
     * answer first and this one when the model is done.
     */
    public Assistance adopt(List<ConversationLine> soFar, Assistance builtIn, Wording wording) {
        Read read = read(soFar);
        CustomerReader.Reading reading = reading(soFar);
        String draft = TypedWords.of(builtIn.draft()).text();
        List<Flag> draftFlags = find(read, reading, draft).flags();
        List<DraftFlag> flags = new ArrayList<>();
        for (int i = 0; i < builtIn.flags().size(); i++) {
            DraftFlag flag = builtIn.flags().get(i);
            Flag asRead = new Flag(flag.category(), flag.span(), flag.quote(), "");
            Optional<String> proposed = checked(
                    read, reading, draft, draftFlags, asRead, wording.rewrites().get(i));
            flags.add(
                    proposed.isPresent()
                            ? new DraftFlag(flag.category(), flag.span(), flag.quote(), flag.why(), proposed)
                            : flag);
        }
        List<NextMove> moves = new ArrayList<>();
        for (NextMove move : builtIn.nextMoves()) {
            List<String> accepted = wording.phrasings().getOrDefault(move.step(), List.of()).stream()
                    .filter(p -> !p.isBlank() && p.length() <= MAX_PHRASING_CHARS)
                    .filter(p -> assess(soFar, p).clean())
                    .limit(move.phrasings().size())
                    .toList();
            List<String> phrasings = new ArrayList<>(accepted);
            for (String own : move.phrasings()) {
                if (phrasings.size() < move.phrasings().size() && !phrasings.contains(own)) {
                    phrasings.add(own);
                }
            }
            moves.add(new NextMove(move.step(), move.why(), phrasings));
        }
        return new Assistance(builtIn.draft(), flags, builtIn.customer(), moves);
    }

    /**
     * Returns the customer as read from the conversation so far: what {@link #assess} reports beside a draft,
     * without reading a draft or planning next moves.
     *
     * @throws IllegalArgumentException if a line is too long, or there are too many lines
     */
    public CustomerRead customer(List<ConversationLine> soFar) {
        check(soFar);
        return reading(soFar).read();
    }

    /**
     * Returns a short acknowledgement of what the customer has said so far, in their words and without closing
     * punctuation: "I can hear how frustrating it's been to wait three weeks".
     *
     * @throws IllegalArgumentException if a line is too long, or there are too many lines
     */
    public String acknowledgement(List<ConversationLine> soFar) {
        check(soFar);
        return Phrasings.shortAcknowledgement(reading(soFar).words());
    }

    /**
     * Returns what the rep promised and offered in the lines sent so far, and what needs verifying.
     *
     * @throws IllegalArgumentException if a line is too long, or there are too many lines
     */
    public Ledger ledger(List<ConversationLine> soFar) {
        check(soFar);
        return LedgerKeeper.ledger(read(soFar).sent());
    }

    /**
     * Drafts the follow-up note: the issue, the customer's main concern, what was promised, what needs
     * verifying and who owns the next action.
     *
     * @throws IllegalArgumentException if a line is too long, or there are too many lines
     */
    public FollowUpNote followUpNote(List<ConversationLine> soFar) {
        check(soFar);
        Read read = read(soFar);
        Ledger ledger = LedgerKeeper.ledger(read.sent());
        Optional<UtteranceAnalysis> lastRep = read.repAnalyses().isEmpty()
                ? Optional.empty()
                : Optional.of(read.repAnalyses().getLast());
        return LedgerKeeper.note(reading(soFar), ledger, lastRep);
    }

    /** The rep's sent lines, analysed in order, and where the customer last spoke. */
    private record Read(
            List<LedgerKeeper.Sent> sent,
            List<UtteranceAnalysis> repAnalyses,
            String lastCustomer,
            int sentSinceCustomer) {
        /** Whether the customer has spoken and the rep has sent nothing since. */
        boolean spokeLast() {
            return !lastCustomer.isBlank() && sentSinceCustomer == 0;
        }
    }

    private Read read(List<ConversationLine> soFar) {
        List<LedgerKeeper.Sent> sent = new ArrayList<>();
        List<UtteranceAnalysis> rep = new ArrayList<>();
        List<String> repTexts = new ArrayList<>();
        String lastCustomer = "";
        int sinceCustomer = 0;
        for (int i = 0; i < soFar.size(); i++) {
            ConversationLine line = soFar.get(i);
            if (line.text().isBlank()) {
                continue;
            }
            if (line.byCustomer()) {
                lastCustomer = line.text();
                sinceCustomer = 0;
                continue;
            }
            List<UtteranceAnalysis> earlier = List.copyOf(rep);
            String before = lastCustomer;
            UtteranceAnalysis a = analyses.get(
                    new LineKey(before, List.copyOf(repTexts), line.text()),
                    k -> analyzer.analyze(k.text(), new AnalysisContext(before, earlier)));
            rep.add(a);
            repTexts.add(line.text());
            sent.add(new LedgerKeeper.Sent(i + 1, a));
            sinceCustomer++;
        }
        return new Read(sent, rep, lastCustomer, sinceCustomer);
    }

    private CustomerReader.Reading reading(List<ConversationLine> soFar) {
        int chars = soFar.stream().mapToInt(l -> l.text().length()).sum();
        return chars > MEMO_READING_CHARS ? reader.read(soFar) : readings.get(List.copyOf(soFar), reader::read);
    }

    private static void check(List<ConversationLine> soFar) {

        Objects.requireNonNull(soFar, "soFar");
        if (soFar.size() > MAX_LINES) {
            throw new IllegalArgumentException(
                    "the conversation has " + soFar.size() + " lines; live assist reads up to " + MAX_LINES);
        }
        for (int i = 0; i < soFar.size(); i++) {
            Objects.requireNonNull(soFar.get(i), "line");
            if (soFar.get(i).text().length() > MAX_LINE_CHARS) {
                throw new IllegalArgumentException("line " + (i + 1) + " is "
                        + soFar.get(i).text().length() + " characters; live assist reads up to " + MAX_LINE_CHARS);
            }
        }
    }
}
