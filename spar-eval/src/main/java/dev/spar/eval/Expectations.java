package dev.spar.eval;

import dev.spar.scenario.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a reply to a probe must do to count as answering it; every expectation set must hold.
 *
 * @param mustContainAny the reply holds at least one of these (a fact asked for, a pointer back), if any
 * @param mustNotContainAny the reply holds none of these (a stock line that ignores the probe)
 * @param mustMentionAny the reply names the thing offered by at least one of these words, if any
 * @param angerMustNotFall their anger after the reply is not below what it was before the probe
 * @param angerMustRise their anger after the reply is above what it was before
 * @param patienceMustFall their patience after the reply is below what it was before
 * @param trustMustNotRise their trust after the reply is not above what it was before
 * @param intentIn the reply's intent is one of these, if any
 * @param intentNot the reply's intent is none of these
 */
public record Expectations(
        List<String> mustContainAny,
        List<String> mustNotContainAny,
        List<String> mustMentionAny,
        boolean angerMustNotFall,
        boolean angerMustRise,
        boolean patienceMustFall,
        boolean trustMustNotRise,
        Set<Intent> intentIn,
        Set<Intent> intentNot) {

    public Expectations {
        mustContainAny = List.copyOf(mustContainAny);
        mustNotContainAny = List.copyOf(mustNotContainAny);
        mustMentionAny = List.copyOf(mustMentionAny);
        intentIn = Set.copyOf(intentIn);
        intentNot = Set.copyOf(intentNot);
    }

    /** Returns whether nothing is expected, which a probe file must not do. */
    public boolean isEmpty() {
        return mustContainAny.isEmpty()
                && mustNotContainAny.isEmpty()
                && mustMentionAny.isEmpty()
                && !angerMustNotFall
                && !angerMustRise
                && !patienceMustFall
                && !trustMustNotRise
                && intentIn.isEmpty()
                && intentNot.isEmpty();
    }

    /** Returns the expectations in words, for a failing probe's listing. */
    public List<String> described() {
        List<String> said = new ArrayList<>();
        if (!mustContainAny.isEmpty()) {
            said.add("reply contains one of " + quoted(mustContainAny));
        }
        if (!mustMentionAny.isEmpty()) {
            said.add("reply names the offer: one of " + quoted(mustMentionAny));
        }
        if (!mustNotContainAny.isEmpty()) {
            said.add("reply contains none of " + quoted(mustNotContainAny));
        }
        if (angerMustNotFall) {
            said.add("anger does not fall");
        }
        if (angerMustRise) {
            said.add("anger rises");
        }
        if (patienceMustFall) {
            said.add("patience falls");
        }
        if (trustMustNotRise) {
            said.add("trust does not rise");
        }
        if (!intentIn.isEmpty()) {
            said.add("intent is one of " + ids(intentIn));
        }
        if (!intentNot.isEmpty()) {
            said.add("intent is not " + ids(intentNot));
        }
        return said;
    }

    /** Returns why the observed reply does not answer the probe, one reason per unmet expectation. */
    public List<String> unmet(ProbeObservation seen) {
        List<String> failed = new ArrayList<>();
        String reply = normalised(seen.reply());
        if (!mustContainAny.isEmpty() && mustContainAny.stream().noneMatch(w -> reply.contains(normalised(w)))) {
            failed.add("reply has none of " + quoted(mustContainAny));
        }
        if (!mustMentionAny.isEmpty() && mustMentionAny.stream().noneMatch(w -> reply.contains(normalised(w)))) {
            failed.add("reply does not name the offer (" + quoted(mustMentionAny) + ")");
        }
        List<String> present = mustNotContainAny.stream()
                .filter(w -> reply.contains(normalised(w)))
                .toList();
        if (!present.isEmpty()) {
            failed.add("reply contains " + quoted(present));
        }
        int anger = seen.after().anger() - seen.before().anger();
        if (angerMustNotFall && anger < 0) {
            failed.add("anger fell " + seen.before().anger() + " -> "
                    + seen.after().anger());
        }
        if (angerMustRise && anger <= 0) {
            failed.add("anger did not rise " + seen.before().anger() + " -> "
                    + seen.after().anger());
        }
        if (patienceMustFall && seen.after().patience() >= seen.before().patience()) {
            failed.add("patience did not fall " + seen.before().patience() + " -> "
                    + seen.after().patience());
        }
        if (trustMustNotRise && seen.after().trust() > seen.before().trust()) {
            failed.add("trust rose " + seen.before().trust() + " -> "
                    + seen.after().trust());
        }
        String intent = seen.intent().map(Intent::id).orElse("(none)");
        if (!intentIn.isEmpty() && seen.intent().filter(intentIn::contains).isEmpty()) {
            failed.add("intent " + intent + ", wanted one of " + ids(intentIn));
        }
        if (seen.intent().filter(intentNot::contains).isPresent()) {
            failed.add("intent " + intent + " is ruled out");
        }
        return failed;
    }

    /** Lower case, typographic apostrophes and runs of white space made plain, so matching ignores them. */
    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replaceAll("\\s+", " ");
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
    }

    private static String ids(Set<Intent> intents) {
        return intents.stream().map(Intent::id).sorted().collect(Collectors.joining("|"));
    }
}
