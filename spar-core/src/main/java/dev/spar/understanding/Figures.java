package dev.spar.understanding;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Money and other figures as people say them ("95k", "£80,000", "80 grand", "80"), to compare two asks. */
final class Figures {
    private static final Pattern FIGURE =
            Pattern.compile("[$£€]?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(k|grand|thousand|%)?", Pattern.CASE_INSENSITIVE);

    private Figures() {}

    /** Returns the value of a figure, with thousands spelled out ("95k" is 95000); empty if it is none. */
    static OptionalDouble value(String figure) {
        Matcher m = FIGURE.matcher(figure.strip());
        if (!m.lookingAt()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(m.group(1).replace(",", ""));
        return OptionalDouble.of(m.group(2) != null && !m.group(2).equals("%") ? v * 1000 : v);
    }

    /**
     * Returns a figure written as another one is ("78k" like "$84,000" is "$78,000"), when it is on that one's scale:
     * "80" beside "95k" is read as 80k, and a figure under a third or over three times the other is about something
     * else.
     */
    static Optional<String> like(String figure, String model) {
        OptionalDouble value = value(figure);
        OptionalDouble scale = value(model);
        if (value.isEmpty() || scale.isEmpty() || model.contains("%") != figure.contains("%")) {
            return Optional.empty();
        }
        double v = value.getAsDouble();
        double s = scale.getAsDouble();
        if (s >= 1000 && v < 1000) {
            v *= 1000;
        }
        if (v < s / 3 || v > s * 3 || v != Math.rint(v)) {
            return Optional.empty();
        }
        String sign = !model.isEmpty() && "$£€".indexOf(model.strip().charAt(0)) >= 0
                ? model.strip().substring(0, 1)
                : "";
        String digits =
                model.contains(",") ? String.format(java.util.Locale.ROOT, "%,d", (long) v) : Long.toString((long) v);
        return Optional.of(sign + digits);
    }

    /**
     * Returns whether the figure is lower than an earlier one on the same scale: "80" after "95k" is read as
     * 80k, and a figure less than a third of the earlier one is another thing, not a smaller ask.
     */
    static boolean lower(String figure, String earlier) {
        OptionalDouble now = value(figure);
        OptionalDouble before = value(earlier);
        if (now.isEmpty() || before.isEmpty()) {
            return false;
        }
        double n = now.getAsDouble();
        double b = before.getAsDouble();
        if (b >= 1000 && n < 1000) {
            n *= 1000;
        }
        return n < b && n > b / 3;
    }
}
