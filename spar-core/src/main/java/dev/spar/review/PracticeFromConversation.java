package dev.spar.review;

import dev.spar.assist.FollowUpNote;
import dev.spar.assist.Ledger;
import dev.spar.scenario.DecisionMap;
import dev.spar.scenario.Intent;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.LearnerBrief;
import dev.spar.scenario.Line;
import dev.spar.scenario.Lines;
import dev.spar.scenario.Mood;
import dev.spar.scenario.Persona;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.Setup;
import dev.spar.scenario.StarterScenario;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a reviewed real conversation into a practice scenario: the customer becomes the persona, speaking their
 * own (redacted) lines first and in character after; the decision map holds what was known, what was still to
 * find out, what the agent offered and the lines the agent crossed; the learner's goal is the follow-up's next
 * action. The learner can then try the conversation again and do better than the transcript did.
 */
public final class PracticeFromConversation {
    /** The longest line kept from the conversation, in characters (scenario lines are under 1,000). */
    static final int MAX_LINE = 900;

    /** The most of the customer's own lines kept per intent. */
    static final int MAX_LINES_PER_INTENT = 6;

    /** Anger from which the customer is played as angry from the start. */
    static final int ANGRY = 50;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z]+-\\d+]");
    private static final Pattern SLOT_BRACES = Pattern.compile("[{}]");
    private static final Pattern REDACTED = Pattern.compile("\\[([A-Z]+)-(\\d+)]");
    private static final List<String> STAND_IN_NAMES = List.of("Alex", "Sam", "Jordan", "Robin", "Casey");

    /**
     * Returns the text with each redaction placeholder as something a person would say: the replayed customer
     * opened "my order [REF-1] still hasn't arrived" and answered "[EMAIL-1]" when asked for their email. The
     * stand-ins are made up (reserved for examples where there is such a thing), the same one for the same
     * placeholder, so the customer gives the same order number each time it is asked for.
     */
    static String spoken(String text) {
        return REDACTED.matcher(text).replaceAll(m -> {
            int n = Integer.parseInt(m.group(2));
            String standIn =
                    switch (m.group(1)) {
                        case "NAME" -> STAND_IN_NAMES.get((n - 1) % STAND_IN_NAMES.size());
                        case "EMAIL" -> "customer" + n + "@example.com";
                        case "PHONE" -> "555-01" + String.format(Locale.ROOT, "%02d", n % 100);
                        case "REF", "REFERENCE" -> "#" + (40_000 + 1_111 * (n % 50));
                        case "CARD" -> "the card ending " + (4_000 + n % 1_000);
                        case "IBAN" -> "my account number";
                        case "ADDRESS" -> "my address";
                        case "URL" -> "the link";
                        case "IP" -> "192.0.2." + n % 255;
                        default -> m.group();
                    };
            return java.util.regex.Matcher.quoteReplacement(standIn);
        });
    }

    private PracticeFromConversation() {}

    /**
     * Returns a scenario that replays the customer of a reviewed conversation.
     *
     * @param id the new scenario's id: lower-case words joined by dashes
     * @param title what to call it on the learner's shelf
     * @param review the review of the (redacted) conversation
     */
    public static Scenario from(String id, String title, ConversationReview review) {
        Objects.requireNonNull(review, "review");
        Transcript t = review.transcript();
        FollowUpNote note = review.followUp();
        int startAnger = review.intensity().isEmpty()
                ? 30
                : review.intensity().getFirst().intensity();
        String name = customerName(t);
        String issue = sentence(spoken(note.issue()));
        Setup setup = new Setup(
                "a customer",
                name,
                issue,
                "",
                startAnger >= ANGRY ? "angry" : "annoyed",
                Scenario.Category.CUSTOMER_SERVICE);
        Scenario starter = StarterScenario.from(id, setup);
        Persona p = starter.persona();
        String style = review.customerStyle() == dev.spar.assist.CustomerRead.Style.TASK
                ? "Task-oriented: wants the fix first, in few words."
                : "Relationship-oriented: wants to be heard before anything is fixed.";
        Persona persona = new Persona(
                name,
                "A customer, from a real conversation",
                style,
                "This is a real conversation replayed (personal details replaced): " + issue,
                new Mood(startAnger, Math.max(10, 60 - startAnger / 2), p.mood().patience()),
                p.triggers(),
                p.soothers(),
                p.needs());
        // A promise the review flagged ("I guarantee it will arrive tomorrow") is what not to say again, not the goal.
        String next = review.problems().stream()
                        .anyMatch(f -> note.nextAction().contains(f.quote())
                                || f.quote().contains(note.nextAction()))
                ? "agree who does what, by when, and promise only what you control"
                : note.nextAction();
        String goal = sentence("Resolve it so they leave with a clear next step: " + next);
        KeyPoint point = new KeyPoint("next-step", goal, StarterScenario.cuesOf(next + " " + issue));
        LearnerBrief learner = new LearnerBrief(
                "Support agent", goal, List.of(point), List.of("Repeating what went wrong in the real conversation."));
        List<String> checklist =
                review.checklist().stream().map(c -> c.item().label()).toList();
        return new Scenario(
                id,
                title,
                Scenario.Category.CUSTOMER_SERVICE,
                sentence("A real customer again: " + issue),
                startAnger >= ANGRY ? 4 : 3,
                firstCustomer(t).isPresent() ? Scenario.Opener.COUNTERPART : Scenario.Opener.LEARNER,
                learner,
                persona,
                Optional.of(decisionMap(review)),
                checklist,
                starter.facts(),
                starter.versions().stream()
                        .map(v -> new PersonaVersion(
                                v.name(),
                                v.description(),
                                v.moodShift(),
                                v.extraTriggers(),
                                v.extraSoothers(),
                                withoutOpening(v.lines())))
                        .toList(),
                lines(review, starter.lines()));
    }

    /** What was known, what was still to find out, what may be offered and what not to do again. */
    static DecisionMap decisionMap(ConversationReview review) {
        FollowUpNote note = review.followUp();
        List<String> known = new ArrayList<>();
        known.add(sentence("The issue: " + spoken(note.issue())));
        for (Ledger.Entry e : review.ledger().of(Ledger.Kind.PROMISED)) {
            known.add(sentence("Last time the agent promised: " + e.text()));
        }
        List<String> toFind =
                note.toVerify().stream().map(PracticeFromConversation::sentence).toList();
        Set<String> notToCross = new LinkedHashSet<>();
        for (ReviewFinding f : review.problems()) {
            notToCross.add(sentence(f.category().title() + ", as the agent did: \"" + f.quote() + "\""));
        }
        List<String> offer = review.ledger().of(Ledger.Kind.OFFERED).stream()
                .map(e -> sentence(e.text()))
                .toList();
        return new DecisionMap(
                sentence(note.mainConcern()),
                known,
                toFind,
                List.copyOf(notToCross).subList(0, Math.min(notToCross.size(), 6)),
                offer);
    }

    /**
     * The customer's own lines by what they did: the first opens, a turn where they got angrier challenges, the
     * rest vent; the starter's lines stay after them so the counterpart has words when the real ones run out,
     * but the opening is the customer's own when they spoke.
     */
    static Lines lines(ConversationReview review, Lines starter) {
        Map<Intent, List<Line>> byIntent = new EnumMap<>(Intent.class);
        for (Intent intent : Intent.values()) {
            byIntent.put(intent, new ArrayList<>());
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Utterance> turns = review.transcript().turns();
        int previous = -1;
        boolean first = true;
        for (IntensityPoint point : review.intensity()) {
            String text = line(turns.get(point.turn() - 1).text());
            if (text.isBlank() || !seen.add(text)) {
                previous = point.intensity();
                continue;
            }
            Intent intent = first
                    ? Intent.OPEN
                    : previous >= 0 && point.intensity() - previous >= ConversationReviewer.TURNING_POINT
                            ? Intent.CHALLENGE
                            : Intent.VENT;
            first = false;
            previous = point.intensity();
            if (byIntent.get(intent).size() < MAX_LINES_PER_INTENT) {
                byIntent.get(intent).add(Line.of(text));
            }
        }
        for (Intent intent : Intent.values()) {
            if (intent == Intent.OPEN && !byIntent.get(Intent.OPEN).isEmpty()) {
                continue;
            }
            for (Line l : starter.forIntent(intent)) {
                if (seen.add(l.text())) {
                    byIntent.get(intent).add(l);
                }
            }
        }
        return Lines.of(byIntent);
    }

    /** A version's lines without its opening line, so every version opens with the customer's own first words. */
    static Lines withoutOpening(Lines lines) {
        Map<Intent, List<Line>> byIntent = new EnumMap<>(Intent.class);
        for (Intent intent : Intent.values()) {
            if (intent != Intent.OPEN) {
                byIntent.put(intent, lines.forIntent(intent));
            }
        }
        return Lines.of(byIntent);
    }

    private static Optional<Utterance> firstCustomer(Transcript t) {
        return t.turns().stream()
                .filter(u -> !u.byAgent() && !u.text().isBlank())
                .findFirst();
    }

    /** The customer's name as the transcript gives it, unless it is a redaction placeholder or a role word. */
    static String customerName(Transcript t) {
        String speaker = firstCustomer(t).map(Utterance::speaker).orElse("").strip();
        String lower = speaker.toLowerCase(Locale.ROOT);
        if (speaker.isEmpty()
                || PLACEHOLDER.matcher(speaker).find()
                || lower.contains("customer")
                || lower.contains("client")
                || lower.contains("user")
                || lower.length() > 40) {
            return "The customer";
        }
        return speaker;
    }

    /** A line of the conversation as a scenario line: no slot braces, not too long. */
    private static String line(String text) {
        String plain = spoken(SLOT_BRACES.matcher(text.strip()).replaceAll(""));
        if (plain.length() <= MAX_LINE) {
            return plain;
        }
        int cut = plain.lastIndexOf(". ", MAX_LINE);
        return cut > MAX_LINE / 2 ? plain.substring(0, cut + 1) : plain.substring(0, MAX_LINE - 1) + "…";
    }

    private static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return "Not known.";
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return s.matches(".*[.!?…\"]$") ? s : s + ".";
    }
}
