package dev.spar.review;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.assist.Assistance;
import dev.spar.assist.Assistant;
import dev.spar.assist.ConversationLine;
import dev.spar.assist.CustomerRead;
import dev.spar.assist.DraftFlag;
import dev.spar.safety.SafetyConcern;
import dev.spar.safety.SafetyScreen;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reviews the agent's side of a real conversation with the same reading as practice and live assist: each
 * agent turn is read in its context (the customer's words before it, the agent's own earlier turns), its
 * problems quoted with a rewrite, its strengths named; the customer's intensity is read turn by turn; the
 * promises go to a ledger and a follow-up note; the checklist is ticked off.
 *
 * <p>A plain function of the transcript: no I/O, safe to share between threads, so a batch can run it on
 * many conversations at once.
 */
public final class ConversationReviewer {
    /** The most turns one review reads. */
    public static final int MAX_TURNS = 1_000;

    /** A change of the customer's intensity of at least this much between two of their turns is a turning point. */
    static final int TURNING_POINT = 15;

    private static final int SCORE_FROM_TURNS = 70;
    private static final int SCORE_FROM_CHECKLIST = 30;

    private static final Map<Move, FindingCategory> STRENGTHS = strengths();

    /** The check that stops a practice role-play, here to surface a customer turn that needs a person. */
    private static final SafetyScreen SAFETY = new SafetyScreen();

    private final Analyzer shared;

    /** Creates a reviewer that reads with this analyzer. */
    public ConversationReviewer(Analyzer analyzer) {
        this.shared = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** Reviews a conversation against the standard checklist. */
    public ConversationReview review(Transcript transcript) {
        return review(transcript, Checklist.standard());
    }

    /**
     * Reviews a conversation.
     *
     * @throws IllegalArgumentException if it has more than {@link #MAX_TURNS} turns
     */
    public ConversationReview review(Transcript transcript, Checklist checklist) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(checklist, "checklist");
        List<Utterance> turns = transcript.turns();
        if (turns.size() > MAX_TURNS) {
            throw new IllegalArgumentException(
                    "the conversation has " + turns.size() + " turns; a review reads up to " + MAX_TURNS);
        }
        // Each review reads with its own memo of the agent's turns (and its own assistant, whose memos are then
        // private to this thread): a turn is analysed once instead of up to three times.
        Analyzer analyzer = new OnceAnalyzer(shared);
        Assistant assistant = new Assistant(analyzer);
        List<ConversationLine> lines =
                turns.stream().map(ConversationReviewer::line).toList();
        List<ReviewFinding> findings = new ArrayList<>();
        List<IntensityPoint> intensity = new ArrayList<>();
        List<UtteranceAnalysis> agentAnalyses = new ArrayList<>();
        List<Integer> agentTurns = new ArrayList<>();
        String lastCustomer = "";
        // What the customer's latest turn shows on its own: the exchange checks answer that turn, not the mood so far.
        int lastIntensity = 0;
        int agentTurnsSinceCustomer = 0;
        List<SafetyNotice> safety = new ArrayList<>();
        // Whether the customer's latest turn raised a safety concern: the replies to it are not read as complaint
        // handling, whose advice ("I can hear how frustrating this has been") would be wrong there.
        boolean answeringConcern = false;
        int unscored = 0;
        for (int i = 0; i < turns.size(); i++) {
            ConversationLine line = lines.get(i);
            if (line.text().isBlank()) {
                continue;
            }
            int turn = i + 1;
            if (line.byCustomer()) {
                Optional<SafetyConcern> concern = SAFETY.check(line.text());
                concern.ifPresent(c -> safety.add(SafetyNotice.at(turn, c)));
                answeringConcern = concern.isPresent();
                lastCustomer = line.text();
                intensity.add(new IntensityPoint(
                        turn, assistant.customer(window(lines, i + 1)).intensity()));
                // What their latest turn shows on its own: the exchange checks answer that turn, not the mood so far.
                lastIntensity = assistant.customer(List.of(line)).intensity();
                agentTurnsSinceCustomer = 0;
                continue;
            }
            if (answeringConcern) {
                agentAnalyses.add(
                        analyzer.analyze(line.text(), new AnalysisContext(lastCustomer, List.copyOf(agentAnalyses))));
                agentTurns.add(turn);
                agentTurnsSinceCustomer++;
                unscored++;
                continue;
            }
            List<ReviewFinding> found = new ArrayList<>();
            Assistance assistance = assistant.assess(window(lines, i), line.text());
            // With more than one problem in a turn, each one's rewrite is the turn with all of them fixed, so no
            // rewrite keeps a problem another finding of the same turn points at.
            Optional<String> allFixed = assistance.flags().size() > 1
                    ? Optional.of(assistant.strengthen(window(lines, i), line.text()))
                    : Optional.empty();
            for (DraftFlag flag : assistance.flags()) {
                if (flag.category() == FindingCategory.OVER_APOLOGY
                        && agentTurnsSinceCustomer == 0
                        && Courtesy.goodbyeAfterThanks(line.text(), lastCustomer)) {
                    continue;
                }
                // A flag with no sound rewrite of its own has none: the turn with the others fixed still has it.
                Optional<String> rewrite = flag.rewrite().isEmpty() ? Optional.empty() : allFixed.or(flag::rewrite);
                found.add(new ReviewFinding(turn, flag.category(), flag.quote(), flag.why(), rewrite));
            }
            UtteranceAnalysis analysis =
                    analyzer.analyze(line.text(), new AnalysisContext(lastCustomer, List.copyOf(agentAnalyses)));
            agentAnalyses.add(analysis);
            ExchangeChecks.endedBeforeTheyCouldAnswer(turn, line.text()).ifPresent(found::add);
            if (agentTurnsSinceCustomer++ == 0) {
                found.addAll(exchange(assistant, turn, line.text(), analysis, lastCustomer, lastIntensity, lines, i));
                if (found.isEmpty()) {
                    found.addAll(pushback(turn, line.text(), lastCustomer, agentTurns, turns));
                }
                if (found.isEmpty()) {
                    ToneChecks.read(turn, line.text(), lastCustomer).ifPresent(found::add);
                }
            }
            agentTurns.add(turn);
            findings.addAll(found);
            if (found.isEmpty()) {
                findings.addAll(strengthsOf(turn, analysis));
            }
        }
        List<ConversationLine> all = window(lines, lines.size());
        CustomerRead customer = assistant.customer(all);
        List<ReviewFinding> problems =
                findings.stream().filter(ReviewFinding::isProblem).toList();
        List<Checklist.Coverage> coverage = coverage(checklist, turns, agentTurns, agentAnalyses, problems);
        int score = score(agentTurns.size() - unscored, problems.size(), coverage);
        return new ConversationReview(
                transcript,
                findings,
                intensity,
                turningPoints(intensity, turns),
                assistant.ledger(all),
                assistant.followUpNote(all),
                coverage,
                customer.style(),
                matched(customer.style(), agentAnalyses),
                score,
                safety);
    }

    /** The checks of the agent's first turn after the customer spoke, against what the customer said. */
    private static List<ReviewFinding> exchange(
            Assistant assistant,
            int turn,
            String text,
            UtteranceAnalysis analysis,
            String customerBefore,
            int intensity,
            List<ConversationLine> lines,
            int at) {
        List<ReviewFinding> out = new ArrayList<>();
        ExchangeChecks.closingWhileOpen(turn, text, customerBefore, intensity)
                .or(() -> ExchangeChecks.closingPastTheirRequest(turn, text, customerBefore))
                .ifPresent(out::add);
        ExchangeChecks.askedWhatTheyToldYou(turn, text, customerBefore, analysis)
                .ifPresent(out::add);
        ExchangeChecks.unanswered(turn, text, customerBefore).ifPresent(out::add);
        ExchangeChecks.deniedTheirProblem(turn, text, customerBefore).ifPresent(out::add);
        ExchangeChecks.doubtedTheirWord(turn, text, customerBefore).ifPresent(out::add);
        ExchangeChecks.toldTheirDetailsAreWrong(turn, text, customerBefore).ifPresent(out::add);
        ExchangeChecks.bareFragment(turn, text, customerBefore).ifPresent(out::add);
        ExchangeChecks.turnedAwayByTheRule(turn, text, customerBefore).ifPresent(out::add);
        if (out.isEmpty() && intensity >= ExchangeChecks.UPSET) {
            ExchangeChecks.missedEmpathy(turn, text, analysis, intensity, assistant.acknowledgement(window(lines, at)))
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * The checks of how the agent answers a customer who pushed back, waits or is let down, against the agent's
     * own earlier turns; read only where nothing else was found, so a turn is not flagged twice for one thing.
     */
    private static List<ReviewFinding> pushback(
            int turn, String text, String customerBefore, List<Integer> earlierAgentTurns, List<Utterance> turns) {
        List<String> earlier =
                earlierAgentTurns.stream().map(t -> turns.get(t - 1).text()).toList();
        List<ReviewFinding> out = new ArrayList<>();
        PushbackChecks.sameNoAgain(turn, text, customerBefore, earlier).ifPresent(out::add);
        PushbackChecks.noAndGoodbye(turn, text, customerBefore).ifPresent(out::add);
        PushbackChecks.knowButToCorrection(turn, text, customerBefore).ifPresent(out::add);
        PushbackChecks.hurried(turn, text, customerBefore).ifPresent(out::add);
        PushbackChecks.bareApology(turn, text, customerBefore).ifPresent(out::add);
        return out;
    }

    static ConversationLine line(Utterance u) {
        String text = u.text().length() > Assistant.MAX_LINE_CHARS
                ? u.text().substring(0, Assistant.MAX_LINE_CHARS)
                : u.text();
        return u.byAgent() ? ConversationLine.rep(text) : ConversationLine.customer(text);
    }

    /** The lines before {@code end}, at most as many as live assist reads. */
    static List<ConversationLine> window(List<ConversationLine> lines, int end) {
        return lines.subList(Math.max(0, end - Assistant.MAX_LINES), end);
    }

    private static List<ReviewFinding> strengthsOf(int turn, UtteranceAnalysis analysis) {
        List<ReviewFinding> out = new ArrayList<>();
        Set<FindingCategory> seen = new HashSet<>();
        for (MoveEvidence m : analysis.moves()) {
            FindingCategory c = STRENGTHS.get(m.move());
            if (c != null && seen.add(c)) {
                out.add(new ReviewFinding(turn, c, m.quote(), c.why(), Optional.empty()));
            }
        }
        return out;
    }

    /**
     * Which steps the agent's turns covered. Words a problem quotes cover nothing: "Is there anything else?" while
     * their question is open is no confirmation, and "I guarantee it" no resolution.
     */
    private static List<Checklist.Coverage> coverage(
            Checklist checklist,
            List<Utterance> turns,
            List<Integer> agentTurns,
            List<UtteranceAnalysis> analyses,
            List<ReviewFinding> problems) {
        List<Checklist.Coverage> out = new ArrayList<>();
        for (Checklist.Item item : checklist.items()) {
            Checklist.Coverage found = new Checklist.Coverage(item, 0, "");
            for (int k = 0; k < agentTurns.size() && !found.covered(); k++) {
                int turn = agentTurns.get(k);
                List<String> flagged = problems.stream()
                        .filter(f -> f.turn() == turn)
                        .map(ReviewFinding::quote)
                        .toList();
                found = covers(item, turn, turns.get(turn - 1).text(), analyses.get(k), flagged)
                        .orElse(found);
            }
            out.add(found);
        }
        return out;
    }

    private static Optional<Checklist.Coverage> covers(
            Checklist.Item item, int turn, String text, UtteranceAnalysis analysis, List<String> flagged) {
        for (MoveEvidence m : analysis.moves()) {
            if (item.moves().contains(m.move()) && flagged.stream().noneMatch(q -> overlap(q, m.quote()))) {
                return Optional.of(new Checklist.Coverage(item, turn, m.quote()));
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : item.phrases()) {
            int at = lower.indexOf(phrase);
            if (at >= 0 && flagged.stream().noneMatch(q -> overlap(q, phrase))) {
                return Optional.of(new Checklist.Coverage(item, turn, text.substring(at, at + phrase.length())));
            }
        }
        return Optional.empty();
    }

    private static List<TurningPoint> turningPoints(List<IntensityPoint> intensity, List<Utterance> turns) {
        List<TurningPoint> out = new ArrayList<>();
        for (int k = 1; k < intensity.size(); k++) {
            IntensityPoint before = intensity.get(k - 1);
            IntensityPoint now = intensity.get(k);
            if (Math.abs(now.intensity() - before.intensity()) < TURNING_POINT) {
                continue;
            }
            int agentTurn = 0;
            for (int t = now.turn() - 1; t >= 1 && agentTurn == 0; t--) {
                if (turns.get(t - 1).byAgent()) {
                    agentTurn = t;
                }
            }
            String words = agentTurn == 0 ? "" : turns.get(agentTurn - 1).text();
            out.add(new TurningPoint(now.turn(), before.intensity(), now.intensity(), agentTurn, words));
        }
        return out;
    }

    /**
     * A customer who wants the fix is matched by an agent who gets to a solution; one who wants to be heard, by
     * an agent who acknowledges them before solving.
     */
    private static boolean matched(CustomerRead.Style style, List<UtteranceAnalysis> agent) {
        if (style == CustomerRead.Style.TASK) {
            return agent.stream()
                    .anyMatch(a -> a.has(Move.OFFER_OPTION)
                            || a.has(Move.NEXT_STEP)
                            || a.has(Move.PROMISE)
                            || a.has(Move.EXPLAIN));
        }
        for (UtteranceAnalysis a : agent) {
            if (a.has(Move.ACKNOWLEDGE) || a.has(Move.EMPATHISE) || a.has(Move.PARAPHRASE)) {
                return true;
            }
            if (a.has(Move.OFFER_OPTION) || a.has(Move.NEXT_STEP) || a.has(Move.CITE_POLICY)) {
                return false;
            }
        }
        return false;
    }

    private static boolean overlap(String quote, String words) {
        String q = quote.toLowerCase(Locale.ROOT);
        String w = words.toLowerCase(Locale.ROOT);
        return q.contains(w) || w.contains(q);
    }

    /**
     * The agent's turns, less one turn's worth for every problem found (so a turn with three problems costs
     * three), and the checklist covered, weighted 70 to 30.
     */
    static int score(int agentTurns, int problems, List<Checklist.Coverage> coverage) {
        double turns = agentTurns == 0 ? 0 : Math.max(0, agentTurns - problems) / (double) agentTurns;
        double steps = coverage.isEmpty()
                ? 1
                : coverage.stream().filter(Checklist.Coverage::covered).count() / (double) coverage.size();
        return (int) Math.round(turns * SCORE_FROM_TURNS + steps * SCORE_FROM_CHECKLIST);
    }

    private static Map<Move, FindingCategory> strengths() {
        Map<Move, FindingCategory> m = new EnumMap<>(Move.class);
        m.put(Move.ACKNOWLEDGE, FindingCategory.ACKNOWLEDGEMENT);
        m.put(Move.EMPATHISE, FindingCategory.EMPATHY);
        m.put(Move.PARAPHRASE, FindingCategory.PARAPHRASE);
        m.put(Move.OPEN_QUESTION, FindingCategory.OPEN_QUESTION);
        m.put(Move.NEXT_STEP, FindingCategory.NEXT_STEP);
        m.put(Move.STATE_LIMIT, FindingCategory.CLEAR_LIMIT);
        m.put(Move.BOUNDARY, FindingCategory.BOUNDARY);
        m.put(Move.CLOSING_CHECK, FindingCategory.CLOSING_CHECK);
        return m;
    }
}
