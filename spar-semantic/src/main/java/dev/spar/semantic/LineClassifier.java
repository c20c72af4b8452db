package dev.spar.semantic;

import dev.spar.analysis.MeaningMatch;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads which problems a coach would flag on a whole line: one logistic regression per problem category over the
 * line's sentence embedding and its words and word pairs ({@link LineWords}), trained on the lines a coach
 * labelled (the critique's development lines) and on the example banks. A category is read when its probability
 * is at least {@link #threshold()}.
 *
 * <p>The embedding hears what a line is about and roughly its stance; the words hear the few that turn a line
 * (an "oh great", an "as I said"). Trained by {@code LineClassifierTests} with {@code -Dspar.meaning.refresh=true}
 * (see the module's README), which also records which examples it was trained on.
 *
 * @param trainedOn a fingerprint of the examples and settings it was trained on
 * @param threshold the least probability that reads as a category
 * @param dimensions the embedding's dimensions; the words' weights follow them
 * @param vocabulary each word or word pair the weights know, by its column after the embedding's
 * @param categories the problem categories, row for row with {@code weights} and {@code bias}
 * @param weights per category, the embedding's weights then the words'
 * @param bias per category, the intercept
 */
record LineClassifier(
        String trainedOn,
        double threshold,
        int dimensions,
        Map<String, Integer> vocabulary,
        List<String> categories,
        float[][] weights,
        float[] bias) {
    private static final String MAGIC = "spar-line-classifier-1";

    LineClassifier {
        vocabulary = Map.copyOf(vocabulary);
        categories = List.copyOf(categories);
    }

    /**
     * A line's known words as the weights see them: their columns after the embedding's, in order, and the value
     * each takes, 1 / sqrt(the line's words), every word of the line counted, known or not. Training and reading
     * both take a line's words from here.
     */
    record Words(int[] columns, double value) {
        static Words of(String line, Map<String, Integer> vocabulary, int dimensions) {
            Set<String> words = LineWords.of(line);
            int[] columns = words.stream()
                    .map(vocabulary::get)
                    .filter(java.util.Objects::nonNull)
                    .mapToInt(c -> dimensions + c)
                    .sorted()
                    .toArray();
            return new Words(columns, words.isEmpty() ? 0 : 1 / Math.sqrt(words.size()));
        }
    }

    /** Returns each category's probability for a line, given its unit vector and its text. */
    double[] probabilities(float[] vector, String line) {
        Words words = Words.of(line, vocabulary, dimensions);
        double[] out = new double[categories.size()];
        for (int c = 0; c < categories.size(); c++) {
            float[] w = weights[c];
            double z = bias[c];
            for (int i = 0; i < dimensions; i++) {
                z += w[i] * vector[i];
            }
            for (int column : words.columns()) {
                z += w[column] * words.value();
            }
            out[c] = 1 / (1 + Math.exp(-z));
        }
        return out;
    }

    /** Returns the categories read on a line, most probable first, each with its probability. */
    List<MeaningMatch> read(float[] vector, String line, CoachedLines examples) {
        double[] p = probabilities(vector, line);
        List<String> read = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            if (p[c] >= threshold) {
                read.add(categories.get(c));
            }
        }
        Map<String, String> like = read.isEmpty() ? Map.of() : examples.nearestWith(read, vector);
        List<MeaningMatch> out = new ArrayList<>();
        for (String category : read) {
            out.add(new MeaningMatch(category, p[categories.indexOf(category)], like.get(category)));
        }
        out.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return List.copyOf(out);
    }

    /** Reads a classifier written by {@link #write}. */
    static LineClassifier read(InputStream in) throws IOException {
        var data = new DataInputStream(new BufferedInputStream(in));
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not a line classifier file");
        }
        String trainedOn = data.readUTF();
        double threshold = data.readDouble();
        int dimensions = data.readInt();
        int words = data.readInt();
        Map<String, Integer> vocabulary = LinkedHashMap.newLinkedHashMap(words);
        for (int i = 0; i < words; i++) {
            vocabulary.put(data.readUTF(), i);
        }
        int count = data.readInt();
        List<String> categories = new ArrayList<>(count);
        float[][] weights = new float[count][dimensions + words];
        float[] bias = new float[count];
        for (int c = 0; c < count; c++) {
            categories.add(data.readUTF());
            bias[c] = data.readFloat();
            for (int i = 0; i < dimensions + words; i++) {
                weights[c][i] = data.readFloat();
            }
        }
        return new LineClassifier(trainedOn, threshold, dimensions, vocabulary, categories, weights, bias);
    }

    /** Writes the classifier; the vocabulary in column order. */
    void write(OutputStream out) throws IOException {
        var data = new DataOutputStream(new BufferedOutputStream(out));
        data.writeUTF(MAGIC);
        data.writeUTF(trainedOn);
        data.writeDouble(threshold);
        data.writeInt(dimensions);
        String[] byColumn = new String[vocabulary.size()];
        vocabulary.forEach((word, column) -> byColumn[column] = word);
        data.writeInt(byColumn.length);
        for (String word : byColumn) {
            data.writeUTF(word);
        }
        data.writeInt(categories.size());
        for (int c = 0; c < categories.size(); c++) {
            data.writeUTF(categories.get(c));
            data.writeFloat(bias[c]);
            for (float w : weights[c]) {
                data.writeFloat(w);
            }
        }
        data.flush();
    }
}
