package dev.spar.files;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.assist.Assistance;
import dev.spar.assist.Assistant;
import dev.spar.assist.ConversationLine;
import dev.spar.assist.DraftFlag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A live assist test set written for this project (a YAML file of replies, each with the customer's words
 * before it and the problem categories a good lint should flag), scored: precision and recall over (reply,
 * category) pairs, false alarms on the good replies, and whether the rewrites fix what they were for.
 */
final class AssistSet {
    record Reply(String id, List<String> before, String draft, List<String> expect) {}

    record Scored(Reply reply, Set<String> expected, Set<String> found) {}

    static final Assistant ASSISTANT = new Assistant(new RuleAnalyzer());

    private final String name;
    private final List<Scored> scored;

    private AssistSet(String name, List<Scored> scored) {
        this.name = name;
        this.scored = List.copyOf(scored);
    }

    /** Reads a set from the test resources and scores every reply. */
    static AssistSet score(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Reply> replies;
        try (InputStream in = AssistSet.class.getResourceAsStream(resource)) {
            replies = yaml.readValue(in, new TypeReference<List<Reply>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Scored> scored = new ArrayList<>();
        for (Reply r : replies) {
            Assistance a = ASSISTANT.assess(conversation(r), r.draft());
            Set<String> found =
                    a.flags().stream().map(f -> f.category().id()).collect(Collectors.toCollection(TreeSet::new));
            scored.add(new Scored(r, new TreeSet<>(r.expect()), found));
        }
        AssistSet set = new AssistSet(resource, scored);
        set.print();
        return set;
    }

    static List<ConversationLine> conversation(Reply r) {
        List<ConversationLine> lines = new ArrayList<>();
        for (String line : r.before() == null ? List.<String>of() : r.before()) {
            lines.add(
                    line.startsWith("c: ")
                            ? ConversationLine.customer(line.substring(3))
                            : ConversationLine.rep(line.substring(3)));
        }
        return lines;
    }

    List<Scored> scored() {
        return scored;
    }

    int truePositives() {
        return scored.stream()
                .mapToInt(s ->
                        (int) s.found().stream().filter(s.expected()::contains).count())
                .sum();
    }

    int flagged() {
        return scored.stream().mapToInt(s -> s.found().size()).sum();
    }

    int expected() {
        return scored.stream().mapToInt(s -> s.expected().size()).sum();
    }

    double precision() {
        return (double) truePositives() / Math.max(1, flagged());
    }

    double recall() {
        return (double) truePositives() / Math.max(1, expected());
    }

    List<Scored> good() {
        return scored.stream().filter(s -> s.expected().isEmpty()).toList();
    }

    long falseAlarms() {
        return good().stream().filter(s -> !s.found().isEmpty()).count();
    }

    /** Returns the rewrites that leave as many problems of their flag's kind as the draft had. */
    List<String> rewritesThatDoNotFix() {
        List<String> stillThere = new ArrayList<>();
        for (Scored s : scored) {
            Assistance a = ASSISTANT.assess(conversation(s.reply()), s.reply().draft());
            for (DraftFlag flag : a.flags()) {
                if (flag.rewrite().isEmpty()) {
                    continue;
                }
                Assistance after =
                        ASSISTANT.assess(conversation(s.reply()), flag.rewrite().get());
                if (count(after, flag) >= count(a, flag)) {
                    stillThere.add(s.reply().id() + " " + flag.category().id() + ": "
                            + flag.rewrite().get());
                }
            }
        }
        return stillThere;
    }

    /** Returns the rewrites that dropped a number or a day the draft gave. */
    List<String> rewritesThatLoseFacts() {
        List<String> lost = new ArrayList<>();
        for (Scored s : scored) {
            Assistance a = ASSISTANT.assess(conversation(s.reply()), s.reply().draft());
            for (DraftFlag flag : a.flags()) {
                String rewrite = flag.rewrite().orElse(s.reply().draft());
                for (String fact : facts(s.reply().draft())) {
                    if (!rewrite.contains(fact) && !flag.quote().contains(fact)) {
                        lost.add(s.reply().id() + " lost '" + fact + "': " + rewrite);
                    }
                }
            }
        }
        return lost;
    }

    private static long count(Assistance a, DraftFlag flag) {
        return a.flags().stream().filter(f -> f.category() == flag.category()).count();
    }

    private static List<String> facts(String text) {
        List<String> facts = new ArrayList<>();
        var m = java.util.regex.Pattern.compile(
                        "\\d+(?:[.:]\\d+)?(?:am|pm)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow"
                                + "|today|tonight|next week|March")
                .matcher(text);
        while (m.find()) {
            facts.add(m.group());
        }
        return facts;
    }

    private void print() {
        System.out.printf(
                Locale.ROOT,
                "live assist test set %s: %d replies (%d good, %d poor); flags precision %.2f, recall %.2f;"
                        + " false alarms on good replies %d of %d%n",
                name,
                scored.size(),
                good().size(),
                scored.size() - good().size(),
                precision(),
                recall(),
                falseAlarms(),
                good().size());
        for (Scored s : scored) {
            if (!s.found().equals(s.expected())) {
                System.out.printf("  %-36s expected %s, flagged %s%n", s.reply().id(), s.expected(), s.found());
            }
        }
    }
}
