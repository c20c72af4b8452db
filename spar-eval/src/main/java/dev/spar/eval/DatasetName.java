package dev.spar.eval;

import java.util.Locale;
import java.util.Optional;

/** A labelled dataset the harness can read, each in the file layout of its public release. */
public enum DatasetName {
    /** Motivational-interviewing transcripts with expert labels per therapist utterance. */
    ANNOMI("annomi", "AnnoMI"),
    /** Emotional-support chats with one strategy label per supporter turn. */
    ESCONV("esconv", "ESConv"),
    /** Reddit replies labelled for three empathy mechanisms. */
    EPITOME("epitome", "EPITOME"),
    /** Campsite negotiation chats with multi-label strategy annotations. */
    CASINO("casino", "CaSiNo");

    private final String id;
    private final String title;

    DatasetName(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Returns the lower-case identifier used in reports and on the command line. */
    public String id() {
        return id;
    }

    /** Returns the dataset's name as its authors write it. */
    public String title() {
        return title;
    }

    /** Returns the reader for this dataset's file layout. */
    public DatasetReader reader() {
        return switch (this) {
            case ANNOMI -> new AnnomiReader();
            case ESCONV -> new EsconvReader();
            case EPITOME -> new EpitomeReader();
            case CASINO -> new CasinoReader();
        };
    }

    /** Finds the dataset with this identifier, ignoring case. */
    public static Optional<DatasetName> byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (DatasetName d : values()) {
            if (d.id.equals(wanted)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
