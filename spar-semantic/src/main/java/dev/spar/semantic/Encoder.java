package dev.spar.semantic;

/** Turns a sentence into a unit-length vector, so that a dot product is the cosine similarity. */
@FunctionalInterface
interface Encoder {
    float[] encode(String sentence);

    /** Scales a vector to unit length, in place, and returns it. */
    static float[] normalized(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
        }
        return vector;
    }
}
