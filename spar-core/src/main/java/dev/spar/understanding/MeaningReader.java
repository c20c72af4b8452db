package dev.spar.understanding;

import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.analysis.Span;
import java.util.List;
import java.util.Optional;

/**
 * The semantic pass: each sentence the rules left without an act of a family is compared with that
 * family's examples, and a close match adds the act, quoting the whole sentence.
 */
final class MeaningReader {
    private final Meaning meaning;

    MeaningReader(Meaning meaning) {
        this.meaning = meaning;
    }

    void read(Passage passage, List<Act> out) {
        if (meaning == Meaning.NONE) {
            return;
        }
        for (Span sentence : passage.sentences()) {
            String words = sentence.of(passage.text());
            if (words.isBlank()) {
                continue;
            }
            boolean asked = askedByRule(out, sentence);
            for (MeaningMatch match : meaning.match(words)) {
                Optional<ActKind> kind = ActKind.byId(match.family());
                if (kind.isEmpty()
                        || coveredByRule(out, kind.get(), sentence)
                        || (asked && offTopic(kind.get()))
                        || !fitsTheFamily(kind.get(), passage.words(sentence))) {
                    // A question the rules read is not a joke or a change of subject by similarity alone: "what
                    // model is the laptop?" sits near the joke examples, and asking about the matter is on it.
                    continue;
                }
                out.add(new Act(kind.get(), sentence, words, Optional.empty(), "", Act.Source.MEANING));
            }
        }
    }

    /**
     * Finds the fact a question means when its words do not name it: "which day did the money leave your account?"
     * asks for the debit date, "remind me what the diagnostic set you back?" for the diagnostic fee. A question the
     * rules gave no topic takes the fact it is closest to in meaning; one the rules gave only an authored answer's
     * topic (read from a word such as "when" or "balance") takes a fact that is clearly closer. A fact the rules
     * named stands. The closest must be a fact, and clearly closer than any other topic, or nothing changes: a
     * question about the weather is near nothing, and one between two facts is not guessed.
     */
    void readTopics(Passage passage, List<Act> acts) {
        if (meaning == Meaning.NONE || passage.topics().all().isEmpty()) {
            return;
        }
        for (int i = 0; i < acts.size(); i++) {
            Act act = acts.get(i);
            if (act.kind() != ActKind.ASK && act.kind() != ActKind.REASK) {
                continue;
            }
            Optional<Topic> ruled = act.topic().flatMap(passage.topics()::byId);
            if (ruled.flatMap(Topic::value).isPresent()) {
                continue;
            }
            double least = ruled.isPresent() ? OVER_AN_ANSWER : UNNAMED;
            Optional<Topic> meant = closestFact(passage, act.quote(), least, ruled.isEmpty());
            if (meant.isEmpty()) {
                continue;
            }
            boolean given = passage.memory()
                    .disclosed(passage.otherSide(), meant.get().id())
                    .isPresent();
            ActKind kind = given ? ActKind.REASK : act.kind();
            acts.set(
                    i,
                    new Act(
                            kind,
                            act.span(),
                            act.quote(),
                            Optional.of(meant.get().id()),
                            meant.get().label(),
                            act.source()));
        }
    }

    /**
     * The least closeness at which a question the rules gave no topic takes a fact, and at which one they gave an
     * authored answer's topic takes a fact instead; and how much closer than any other topic the fact must be.
     * Chosen on the development probes (the fourth blind round among them): "do you do sourdough?" is 0.40 from
     * the bakery's name, and no question about a fact that was taken scored below 0.45.
     */
    private static final double UNNAMED = 0.45;

    private static final double OVER_AN_ANSWER = 0.5;
    private static final double CLEARLY_CLOSER = 0.1;

    /**
     * How much closer a fact must be than an authored answer's topic when the rules named nothing: a question
     * about the fact in other words ("what are you paying a month at the moment?") often sits near an authored
     * answer too ("a balance? how much?"), and the fact, which has a value to give, is the better reply.
     */
    private static final double CLOSER_THAN_AN_ANSWER = 0.05;

    private Optional<Topic> closestFact(Passage passage, String question, double least, boolean unnamed) {
        List<Topics.Phrase> phrases = passage.topics().phrases();
        double[] closeness = meaning.closeness(question, passage.topics().phraseTexts());
        if (closeness.length != phrases.size()) {
            return Optional.empty();
        }
        java.util.Map<Topic, Double> best = new java.util.LinkedHashMap<>();
        for (int i = 0; i < closeness.length; i++) {
            best.merge(phrases.get(i).topic(), closeness[i], Math::max);
        }
        List<java.util.Map.Entry<Topic, Double>> ranked = best.entrySet().stream()
                .sorted(java.util.Map.Entry.<Topic, Double>comparingByValue().reversed())
                .toList();
        java.util.Map.Entry<Topic, Double> first = ranked.getFirst();
        double second = ranked.size() > 1 ? ranked.get(1).getValue() : -1;
        boolean secondIsAnAnswer =
                ranked.size() > 1 && ranked.get(1).getKey().value().isEmpty();
        double margin = unnamed && secondIsAnAnswer ? CLOSER_THAN_AN_ANSWER : CLEARLY_CLOSER;
        return first.getKey().value().isPresent() && first.getValue() >= least && first.getValue() - second >= margin
                ? Optional.of(first.getKey())
                : Optional.empty();
    }

    /**
     * Returns the problems a coach flagged on the example lines closest to this whole line; none for an opening line
     * that only greets, which the coached lines never judged: "Hi Margaret, thanks for making time." sat closest to a
     * mocking line that named her. The same words later in the talk are read as any line is: small talk at a bad
     * moment.
     *
     * @param opening whether the learner has said nothing before this line
     */
    List<MeaningMatch> likeCoached(String line, boolean opening) {
        if (meaning == Meaning.NONE || line.isBlank()) {
            return List.of();
        }
        return opening && Greeting.only(line) ? List.of() : meaning.likeCoachedLines(line);
    }

    /**
     * Returns whether a sentence the examples place in a family has the shape that family needs, and is not one
     * of its near misses: similarity alone reads "I completely understand how you feel" as an accusation and
     * "that's on us, our courier lost it" as blaming others.
     */
    private static boolean fitsTheFamily(ActKind kind, String words) {
        return switch (kind) {
            case ACCUSE ->
                JabWords.SAYS_WHO_THEY_ARE.matcher(words).find()
                        && !JabWords.NOT_AN_ACCUSATION.matcher(words).find()
                        && !JabWords.ONLY_DENIES_IT.matcher(words).matches();
            case GIVE_GROUND ->
                GroundWords.SPEAKER_YIELDS.matcher(words).find()
                        && !GroundWords.NOT_A_RETREAT.matcher(words).find();
            case BLAME_OTHERS -> !BlameWords.OWNED.matcher(words).find();
            default -> true;
        };
    }

    private static boolean offTopic(ActKind kind) {
        return kind == ActKind.JOKE || kind == ActKind.TANGENT;
    }

    private static boolean askedByRule(List<Act> acts, Span sentence) {
        return acts.stream()
                .anyMatch(a -> (a.kind() == ActKind.ASK || a.kind() == ActKind.REASK)
                        && a.span().start() >= sentence.start()
                        && a.span().end() <= sentence.end());
    }

    private static boolean coveredByRule(List<Act> acts, ActKind kind, Span sentence) {
        return acts.stream()
                .anyMatch(a -> a.kind() == kind
                        && a.span().start() < sentence.end()
                        && a.span().end() > sentence.start());
    }
}
