package dev.spar.simulation;

import dev.spar.scenario.Cues;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which authored line the counterpart says for an intent: a line written for what the learner just did
 * first, this version's before the scenario's, then stock lines, never one said before or one that does not fit
 * ({@link LineFit}); when no line is left for an intent, a nearby intent's.
 */
final class LineChoice {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private final Scenario scenario;
    private final Optional<PersonaVersion> version;
    private final RandomGenerator random;
    private final Standing standing;
    private final LineFit fit;

    LineChoice(
            Scenario scenario,
            Optional<PersonaVersion> version,
            RandomGenerator random,
            Standing standing,
            LineFit fit) {
        this.scenario = scenario;
        this.version = version;
        this.random = random;
        this.standing = standing;
        this.fit = fit;
    }

    /**
     * Returns a line for an intent, or for the nearest intent that still has one; when every line has been
     * said, the counterpart ends the conversation rather than repeat one.
     */
    String speak(Intent intent, Set<String> ids, Optional<String> echo, String learnerText) {
        Intent current = intent;
        for (int hops = 0; hops < 6; hops++) {
            Optional<String> line = pick(current, ids, echo, learnerText);
            if (line.isPresent()) {
                standing.lastIntent = current;
                return line.get();
            }
            current = fallback(current);
        }
        // Every line has been said: rather than repeat one, the counterpart ends the conversation.
        standing.end(Outcome.WALKED_AWAY);
        standing.lastIntent = Intent.END_WALKED_AWAY;
        return "We've said all there is to say. I'm going to stop here.";
    }

    /** Returns the intent to look under when none of an intent's lines is left. */
    private static Intent fallback(Intent intent) {
        return switch (intent) {
            case OPEN, CHALLENGE, CURVEBALL -> Intent.VENT;
            case VENT, ANSWER, REJECT_OPTION, SOFTEN -> Intent.DEMAND;
            case DEMAND -> Intent.CHALLENGE;
            case ACCEPT -> Intent.SOFTEN;
            case ESCALATE -> Intent.END_ESCALATED;
            case END_RESOLVED, END_ESCALATED -> Intent.END_WALKED_AWAY;
            case END_WALKED_AWAY -> Intent.END_ESCALATED;
        };
    }

    /**
     * Picks a line for an intent: a line written for what the learner just did comes first, this version's
     * before the scenario's; then this version's own voice, then the scenario's lines, then stock lines.
     */
    private Optional<String> pick(Intent intent, Set<String> ids, Optional<String> echo, String learnerText) {
        List<Line> own = version.map(v -> v.lines().forIntent(intent)).orElse(List.of());
        List<Line> authored = scenario.lines().forIntent(intent);
        return choose(own, intent, ids, echo, learnerText, true)
                .or(() -> choose(authored, intent, ids, echo, learnerText, true))
                .or(() -> choose(own, intent, ids, echo, learnerText, false))
                .or(() -> choose(authored, intent, ids, echo, learnerText, false))
                .or(() -> choose(
                        StockLines.forIntent(intent, scenario.category()), intent, ids, echo, learnerText, false));
    }

    /**
     * Chooses at random among the unused lines that fit: with {@code onlyConditioned}, among those written
     * for what the learner just did; otherwise among those, or the unconditional ones when none fit.
     */
    Optional<String> choose(
            List<Line> lines,
            Intent intent,
            Set<String> ids,
            Optional<String> echo,
            String learnerText,
            boolean onlyConditioned) {
        List<Line> preferred = new ArrayList<>();
        List<Line> plain = new ArrayList<>();
        boolean beyondThem = intent == Intent.ANSWER && Answers.beyondThem(learnerText);
        for (Line line : lines) {
            if (!fit.fits(line, intent, echo, learnerText)) {
                continue;
            }
            if (intent == Intent.ANSWER && line.topic().isPresent()) {
                // An answer about a topic is said when that topic is asked about, never to another question.
                continue;
            }
            if (intent == Intent.ANSWER && Answers.admitsNotKnowing(line.text())) {
                // "I don't know" only to a question about what this person could not know.
                if (beyondThem) {
                    preferred.add(line);
                }
                continue;
            }
            boolean conditioned = !line.on().isEmpty() || !line.cues().isEmpty();
            boolean onMatches = line.on().isEmpty() || line.on().stream().anyMatch(ids::contains);
            boolean cueMatches =
                    line.cues().isEmpty() || line.cues().stream().anyMatch(c -> Cues.mentions(learnerText, c));
            if (!conditioned) {
                plain.add(line);
            } else if (onMatches && cueMatches) {
                preferred.add(line);
            }
        }
        List<Line> pool = preferred.isEmpty() && !onlyConditioned ? plain : preferred;
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        Line line = pool.get(random.nextInt(pool.size()));
        standing.usedLines.add(line.text());
        return Optional.of(fill(line.text(), echo, Optional.empty()));
    }

    /** Calls a promise the learner walked back back to them, in a stock line not said yet. */
    Optional<String> promiseCallback(String promise) {
        for (Line line : StockLines.PROMISE_CALLBACKS) {
            if (!standing.usedLines.contains(line.text())) {
                standing.usedLines.add(line.text());
                standing.lastIntent = Intent.CHALLENGE;
                return Optional.of(fill(line.text(), Optional.empty(), Optional.of(Wording.shorten(promise))));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the figure the learner asked for in place of a figure of their brief: Dana takes the 78k the learner
     * asked for to finance, not the $84,000 their brief suggested. Only a fact one of the learner's key points
     * names is theirs to change.
     */
    private Optional<String> learnersOwnFigure(String slot) {
        String fact = scenario.facts().get(slot);
        if (fact == null || !scenario.learner().names(slot)) {
            return Optional.empty();
        }
        return standing.memory.figureAskedFor(Side.LEARNER, fact);
    }

    /** Fills a line's slots: {echo} with the learner's words, {promise}, {name} and the scenario's facts. */
    String fill(String text, Optional<String> echo, Optional<String> promise) {
        Matcher matcher = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String slot = matcher.group(1);
            String value =
                    switch (slot) {
                        case "echo" -> echo.orElse("");
                        case "promise" -> promise.orElse("");
                        case "name" -> scenario.persona().name();
                        default ->
                            learnersOwnFigure(slot)
                                    .orElseGet(() -> scenario.facts().getOrDefault(slot, matcher.group()));
                    };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
