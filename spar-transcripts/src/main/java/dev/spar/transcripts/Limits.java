package dev.spar.transcripts;

/**
 * How much of a file is read: anything past a limit is refused with a message naming the limit.
 *
 * @param maxBytes the largest file, in bytes
 * @param maxTurns the most turns in one conversation
 * @param maxLineChars the longest turn, in characters
 */
public record Limits(int maxBytes, int maxTurns, int maxLineChars) {
    public Limits {
        if (maxBytes < 1 || maxTurns < 1 || maxLineChars < 1) {
            throw new IllegalArgumentException(
                    "limits must be positive: " + maxBytes + ", " + maxTurns + ", " + maxLineChars);
        }
    }

    /** Returns the limits used by default: 2 MB, 1,000 turns, 10,000 characters a turn. */
    public static Limits standard() {
        return new Limits(2 * 1024 * 1024, 1000, 10_000);
    }
}
