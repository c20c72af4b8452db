package dev.spar.understanding;

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
