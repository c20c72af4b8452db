package dev.spar.semantic;

import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads what a sentence means by comparing its embedding with this project's example banks.
 *
 * <p>A sentence reads as a family when it is close enough to that family's bank (the mean similarity of its
 * three nearest examples) and closer to it than to any other bank by the family's margin; the neutral bank
 * of ordinary good lines of the same conversations is one of the others. Both figures are calibrated per
 * family. Everything runs in-process; the model's
 * weights ship inside its Maven artifact.
 *
 * <pre>{@code
 * Analyzer analyzer = new RuleAnalyzer(SentenceMeaning.standard());
 * }</pre>
 *
 * <p>Instances are safe to share between threads. Repeated sentences (a counterpart's authored lines) are
 * answered from a small bounded cache.
 */
public final class SentenceMeaning implements Meaning {
    private static final System.Logger LOG = System.getLogger(SentenceMeaning.class.getName());
    private static final int CACHE_SIZE = 2048;
    /** Vectors kept for the lines and sentences read lately (384 floats each: 256 of them are about 400 KB). */
    private static final int VECTOR_CACHE_SIZE = 256;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static volatile Meaning standard;

    private final Encoder encoder;
    private final List<Bank> families;
    private final Bank neutral;
    private final Map<String, Threshold> thresholds;
    private final Map<String, List<MeaningMatch>> cache;
    private final CoachedLines coached;
    private final Optional<LineClassifier> classifier;
    private final Map<String, List<MeaningMatch>> coachedCache;
    private final Map<String, float[]> vectors;
    private final Map<String, float[]> phraseVectors;

    private SentenceMeaning(
            Encoder encoder,
            List<Bank> families,
            Bank neutral,
            List<Threshold> thresholds,
            CoachedLines coached,
            Optional<LineClassifier> classifier) {
        this.encoder = encoder;
        this.families = List.copyOf(families);
        this.neutral = neutral;
        this.coached = coached;
        this.classifier = classifier;
        this.coachedCache = lru();
        this.vectors = lru(VECTOR_CACHE_SIZE);
        this.phraseVectors = lru(CACHE_SIZE);
        Map<String, Threshold> byFamily = new LinkedHashMap<>();
        thresholds.forEach(t -> byFamily.put(t.family(), t));
        this.thresholds = Map.copyOf(byFamily);
        this.cache = lru();
    }

    private static <V> Map<String, V> lru() {
        return lru(CACHE_SIZE);
    }

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }

    /**
     * Returns the process's semantic reading with the bundled model, banks and thresholds, loading it on
     * first use. When it cannot be loaded it logs one line and returns {@link Meaning#NONE}, so the rules
     * alone decide and nothing else fails.
     */
    public static Meaning standard() {
        Meaning loaded = standard;
        if (loaded == null) {
            synchronized (SentenceMeaning.class) {
                loaded = standard;
                if (loaded == null) {
                    loaded = loadOrNone(() -> load(MiniLm::load, MeaningData.standard()));
                    standard = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * Starts loading {@link #standard()} on a background thread and returns at once, so that a server can
     * load the model while it starts its other parts; the first {@code standard()} call waits for it.
     */
    public static void preload() {
        if (standard == null) {
            Thread.ofPlatform().daemon().name("spar-semantic-load").start(SentenceMeaning::standard);
        }
    }

    /** Loads a reading, or logs why it could not and reads nothing. */
    static Meaning loadOrNone(Supplier<? extends Meaning> loader) {
        try {
            return loader.get();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Semantic reading unavailable, reading lines with the rules alone: {0}",
                    String.valueOf(e));
            return Meaning.NONE;
        }
    }

    /** Loads the model and the data; vectors missing from the shipped file are computed now. */
    static SentenceMeaning load(Supplier<Encoder> model, MeaningData data) {
        Encoder encoder = model.get();
        Map<String, float[]> shipped = data.vectors(MiniLm.ID).orElse(Map.of());
        Set<String> keptOut = data.keptOut();
        List<Threshold> thresholds = data.thresholds().stream()
                .map(t -> keptOut.contains(t.family()) ? Threshold.off(t.family()) : t)
                .toList();
        List<Bank> families = new ArrayList<>();
        int[] missing = {0};
        for (Threshold threshold : thresholds) {
            families.add(bank(threshold.family(), data.bank(threshold.family()), shipped, encoder, missing));
        }
        Bank neutral = bank(MeaningData.NEUTRAL, data.bank(MeaningData.NEUTRAL), shipped, encoder, missing);
        CoachedLines coached = coached(data.coachedLines(), shipped, encoder, missing);
        if (missing[0] > 0) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "{0} example lines had no precomputed vector and were encoded at start-up;"
                            + " refresh spar-semantic''s vectors.bin (see its README)",
                    missing[0]);
        }
        return new SentenceMeaning(encoder, families, neutral, thresholds, coached, data.lineClassifier());
    }

    private static CoachedLines coached(
            List<CoachedLines.Line> lines, Map<String, float[]> shipped, Encoder encoder, int[] missing) {
        if (lines.isEmpty()) {
            return CoachedLines.NONE;
        }
        Bank bank = bank("coached", lines.stream().map(CoachedLines.Line::text).toList(), shipped, encoder, missing);
        return new CoachedLines(List.copyOf(lines), bank);
    }

    private static Bank bank(
            String family, List<String> lines, Map<String, float[]> shipped, Encoder encoder, int[] missing) {
        float[] first = null;
        List<float[]> vectors = new ArrayList<>(lines.size());
        for (String line : lines) {
            float[] vector = shipped.get(line);
            if (vector == null) {
                vector = encoder.encode(line);
                missing[0]++;
            }
            if (first == null) {
                first = vector;
            }
            vectors.add(vector);
        }
        int dimensions = first == null ? 0 : first.length;
        float[] flat = new float[lines.size() * dimensions];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, flat, i * dimensions, dimensions);
        }
        return new Bank(family, lines, flat, dimensions);
    }

    @Override
    public List<MeaningMatch> match(String sentence) {
        String key = normalized(sentence);
        if (key.isEmpty()) {
            return List.of();
        }
        synchronized (cache) {
            List<MeaningMatch> known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        List<MeaningMatch> matches = matches(read(key));
        synchronized (cache) {
            cache.put(key, matches);
        }
        return matches;
    }

    @Override
    public List<MeaningMatch> likeCoachedLines(String line) {
        String key = normalized(line);
        if (key.isEmpty() || classifier.isEmpty()) {
            return List.of();
        }
        synchronized (coachedCache) {
            List<MeaningMatch> known = coachedCache.get(key);
            if (known != null) {
                return known;
            }
        }
        List<MeaningMatch> read = classifier.get().read(vector(key), key, coached);
        synchronized (coachedCache) {
            coachedCache.put(key, read);
        }
        return read;
    }

    @Override
    public double[] closeness(String sentence, List<String> phrases) {
        String key = normalized(sentence);
        double[] closeness = new double[phrases.size()];
        if (key.isEmpty()) {
            return closeness;
        }
        float[] vector = vector(key);
        for (int i = 0; i < phrases.size(); i++) {
            // The phrases compared with (a scenario's topics) come back turn after turn, so they keep their own
            // cache, which the lines read passing through do not wear out.
            closeness[i] = Bank.dot(vector, encoded(phraseVectors, normalized(phrases.get(i))), 0);
        }
        return closeness;
    }

    /**
     * Returns a normalised text's vector, encoding it only when it was not encoded lately: a one-sentence line is
     * read as a sentence and then as a whole line, and is encoded once.
     */
    private float[] vector(String key) {
        return encoded(vectors, key);
    }

    private float[] encoded(Map<String, float[]> cache, String key) {
        synchronized (cache) {
            float[] known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        float[] vector = encoder.encode(key);
        synchronized (cache) {
            cache.put(key, vector);
        }
        return vector;
    }

    /** Returns the sentence as it is encoded and cached: trimmed, single-spaced, lower case (the model is uncased). */
    static String normalized(String sentence) {
        return SPACES.matcher(sentence.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Returns how close a sentence is to every bank, before any threshold: what calibration works from. */
    Reading read(String sentence) {
        float[] vector = vector(sentence);
        Map<String, Bank.Nearest> nearest = new LinkedHashMap<>();
        for (Bank bank : families) {
            nearest.put(bank.family(), bank.nearest(vector));
        }
        return new Reading(nearest, neutral.nearest(vector));
    }

    /** Returns the families a reading passes, most similar first. */
    List<MeaningMatch> matches(Reading reading) {
        return matches(reading, thresholds);
    }

    static List<MeaningMatch> matches(Reading reading, Map<String, Threshold> thresholds) {
        List<MeaningMatch> matches = new ArrayList<>();
        reading.families().forEach((family, near) -> {
            Threshold threshold = thresholds.get(family);
            if (threshold != null && threshold.passes(near.similarity(), reading.closestOtherThan(family))) {
                matches.add(new MeaningMatch(family, near.similarity(), near.line()));
            }
        });
        matches.sort(Comparator.comparingDouble(MeaningMatch::similarity).reversed());
        return List.copyOf(matches);
    }

    /** Returns the families this reading knows, in the thresholds file's order. */
    List<String> families() {
        return families.stream().map(Bank::family).toList();
    }

    /**
     * How close one sentence is to each family's nearest example and to the nearest neutral line.
     *
     * @param families the nearest example per family
     * @param neutral the nearest neutral line
     */
    record Reading(Map<String, Bank.Nearest> families, Bank.Nearest neutral) {
        /** Returns the similarity of the closest bank other than this family's, the neutral one included. */
        double closestOtherThan(String family) {
            double closest = neutral.similarity();
            for (var entry : families.entrySet()) {
                if (!entry.getKey().equals(family)) {
                    closest = Math.max(closest, entry.getValue().similarity());
                }
            }
            return closest;
        }
    }
}
