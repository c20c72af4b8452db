package dev.spar.eval;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Which portion of a dataset to score.
 *
 * <p>The reporting portion is fixed per dataset: AnnoMI transcripts with {@code transcript_id % 5 == 4},
 * ESConv {@code valid.json}, EPITOME seeker posts whose {@link #fold(String) fold} is 4, and CaSiNo {@code
 * casino_valid.json}. Everything else is for development.
 */
public enum Split {
    /** The portion to report figures on. */
    TEST("test"),
    /** The portion to develop and tune on. */
    DEV("dev"),
    /** Both portions, and the held-out set where there is one. */
    ALL("all"),
    /**
     * The project's own blind set, written after development by a writer who saw neither the rules nor the other
     * lines, and only ever scored. Only the project's own line sets have one (critique, responsiveness); the
     * published datasets have no such portion.
     */
    HOLDOUT("holdout");

    /** The fold, of {@link #FOLDS}, that forms the reporting portion of datasets split by key. */
    public static final int TEST_FOLD = 4;

    /** The number of folds a key-split dataset is divided into. */
    public static final int FOLDS = 5;

    private final String id;

    Split(String id) {
        this.id = id;
    }

    /** Returns the identifier used in reports and on the command line. */
    public String id() {
        return id;
    }

    /** Returns whether this split includes the examples of a fold between 0 and {@link #FOLDS} - 1. */
    public boolean includesFold(long fold) {
        boolean test = Math.floorMod(fold, FOLDS) == TEST_FOLD;
        return switch (this) {
            case TEST -> test;
            case DEV -> !test;
            case ALL -> true;
            case HOLDOUT -> false;
        };
    }

    /** Returns whether this split includes the reporting file ({@code true}) or development file ({@code false}). */
    public boolean includesFile(boolean reportingFile) {
        return switch (this) {
            case TEST -> reportingFile;
            case DEV -> !reportingFile;
            case ALL -> true;
            case HOLDOUT -> false;
        };
    }

    /** Returns the stable fold of a text key: the CRC-32 of its UTF-8 bytes modulo {@link #FOLDS}. */
    public static int fold(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % FOLDS);
    }

    /** Finds the split with this identifier, ignoring case. */
    public static Optional<Split> byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Split s : values()) {
            if (s.id.equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
