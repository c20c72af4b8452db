package dev.spar.simulation;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which of the learner's promises the counterpart holds them to: each promise stays open until a limit
 * about the same thing walks it back, which costs trust and is called back in the reply.
 */
final class Promises {
    private final List<String> openPromises = new ArrayList<>();
    private final Standing standing;

    Promises(Standing standing) {
        this.standing = standing;
    }

    /**
     * Brings back a promise the learner walks back. A limit walks a promise back only when it is about what
     * was promised: "I can't guarantee Saturday" after "I'll refund the $18 today" is an honest limit, after
     * "I'll get it there Saturday" it is the promise taken back.
     */
    Optional<String> walkedBack(UtteranceAnalysis said, Content content, Effect effect) {
        List<String> limits = new ArrayList<>();
        for (Act limit : content.all(ActKind.HONEST_LIMIT)) {
            limits.add(limit.detail().isBlank() ? limit.quote() : limit.detail());
        }
        if (limits.isEmpty()) {
            for (MoveEvidence m : said.moves()) {
                if (m.move() == Move.STATE_LIMIT || m.move() == Move.CITE_POLICY || m.move() == Move.HEDGE) {
                    limits.add(m.quote().isBlank() ? said.text() : m.quote());
                }
            }
            for (Flag flag : said.flags()) {
                if (flag.category() == FindingCategory.GUESSING || flag.category() == FindingCategory.HEDGING) {
                    limits.add(flag.quote().isBlank() ? said.text() : flag.quote());
                }
            }
        }
        Optional<String> broken = Optional.empty();
        for (String promise : openPromises) {
            if (limits.stream().anyMatch(limit -> Wording.shareSubject(limit, promise))) {
                broken = Optional.of(promise);
                break;
            }
        }
        broken.ifPresent(promise -> {
            openPromises.remove(promise);
            effect.add(12, -15, -4, "A promise made earlier was walked back");
            // The conversation's memory says so too, so the critique and the counterpart agree.
            standing.memory.promises().stream()
                    .filter(p -> !p.walkedBack()
                            && (promise.contains(p.quote()) || p.quote().contains(promise)))
                    .findFirst()
                    .ifPresent(standing.memory::walkBack);
        });
        for (MoveEvidence m : said.moves()) {
            if (m.move() == Move.PROMISE) {
                openPromises.add(m.quote());
            }
        }
        for (Flag flag : said.flags()) {
            if (flag.category() == FindingCategory.OVER_PROMISE && !openPromises.contains(flag.quote())) {
                openPromises.add(flag.quote());
            }
        }
        for (Act promise : content.all(ActKind.PROMISE)) {
            boolean known = openPromises.stream()
                    .anyMatch(
                            p -> p.contains(promise.quote()) || promise.quote().contains(p));
            if (!known) {
                openPromises.add(promise.quote());
            }
        }
        return broken;
    }
}
