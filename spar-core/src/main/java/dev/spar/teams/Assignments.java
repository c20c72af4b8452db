package dev.spar.teams;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Works out where a learner stands on an assignment from their attempts.
 *
 * <p>How attempts count:
 *
 * <ul>
 *   <li>Only ended attempts are used attempts; a run still going shows the assignment in progress but uses no
 *       attempt (so a run left open in a closed browser tab costs nothing).
 *   <li>Attempts count in the order they started; with a limit of N, only the first N ended attempts count, and
 *       any later ones are ignored, scores and all.
 *   <li>An attempt passes with a score of at least the minimum; once passed, it stays passed, even past the due
 *       date. Attempts made after the due date still count: overdue is a warning, not a lock.
 *   <li>Without a minimum score, the first ended attempt completes the assignment (done).
 * </ul>
 */
public final class Assignments {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_AND_YEAR =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Assignments() {}

    /** Returns where a learner stands on an assignment due at {@code due}, at {@code now}. */
    public static Standing standing(PassRule rule, Instant due, Instant now, List<Attempt> attempts) {
        return standing(rule, Optional.of(due), now, attempts);
    }

    /** Returns where a learner stands on an assignment with no due date, or an optional one, at {@code now}. */
    public static Standing standing(PassRule rule, Optional<Instant> due, Instant now, List<Attempt> attempts) {
        List<Attempt> inOrder =
                attempts.stream().sorted(Comparator.comparing(Attempt::started)).toList();
        int allowed = rule.attemptsAllowed().orElse(Integer.MAX_VALUE);
        List<Attempt> counted = new ArrayList<>();
        for (Attempt a : inOrder) {
            if (a.ended() && counted.size() < allowed) {
                counted.add(a);
            }
        }
        boolean going = inOrder.stream().anyMatch(a -> !a.ended());
        int used = counted.size();
        OptionalInt best = counted.stream()
                .filter(a -> a.score().isPresent())
                .mapToInt(a -> a.score().getAsInt())
                .max();
        OptionalInt left = rule.attemptsAllowed().isPresent()
                ? OptionalInt.of(rule.attemptsAllowed().getAsInt() - used)
                : OptionalInt.empty();
        boolean pastDue = due.isPresent() && now.isAfter(due.get());
        String of = rule.attemptsAllowed().isPresent()
                ? " of " + rule.attemptsAllowed().getAsInt()
                : "";
        String tally = attempts(used) + best(best, rule);
        String dueOn = due.map(d -> ", due " + day(d, now)).orElse("");

        if (rule.minScore().isPresent()) {
            int min = rule.minScore().getAsInt();
            for (int i = 0; i < counted.size(); i++) {
                OptionalInt score = counted.get(i).score();
                if (score.isPresent() && score.getAsInt() >= min) {
                    String summary = "Passed with " + score.getAsInt() + " on attempt " + (i + 1) + of;
                    return new Standing(AssignmentStatus.PASSED, used, best, left, false, summary);
                }
            }
            if (used >= allowed) {
                String summary = "Used all " + attempts(used) + " without passing" + best(best, rule);
                return new Standing(AssignmentStatus.DONE, used, best, left, true, summary);
            }
        } else if (used > 0) {
            String summary = "Done, " + tally;
            return new Standing(AssignmentStatus.DONE, used, best, left, false, summary);
        }
        if (pastDue) {
            String summary = "Overdue since " + day(due.orElseThrow(), now) + ", "
                    + (used > 0 ? tally : going ? "first attempt under way" : "not started");
            return new Standing(AssignmentStatus.OVERDUE, used, best, left, true, summary);
        }
        if (used > 0 || going) {
            String summary = used == 0
                    ? "In progress, first attempt under way" + dueOn
                    : "In progress, " + attempts(used) + of + best(best, rule) + dueOn;
            return new Standing(AssignmentStatus.IN_PROGRESS, used, best, left, false, summary);
        }
        return new Standing(AssignmentStatus.NOT_STARTED, 0, best, left, false, "Not started" + dueOn);
    }

    private static String attempts(int n) {
        return n + (n == 1 ? " attempt" : " attempts");
    }

    private static String best(OptionalInt best, PassRule rule) {
        if (best.isEmpty()) {
            return "";
        }
        String needs =
                rule.minScore().isPresent() ? " (needs " + rule.minScore().getAsInt() + ")" : "";
        return ", best " + best.getAsInt() + needs;
    }

    private static String day(Instant day, Instant now) {
        boolean sameYear = day.atZone(ZoneOffset.UTC).getYear()
                == now.atZone(ZoneOffset.UTC).getYear();
        return (sameYear ? DAY : DAY_AND_YEAR).format(day);
    }
}
