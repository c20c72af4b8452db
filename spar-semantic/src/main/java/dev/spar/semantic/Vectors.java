package dev.spar.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The banks' vectors, computed once at build time and shipped beside the banks, so that start-up does not
 * spend seconds encoding a few thousand example lines. Each vector is kept as signed bytes with one scale
 * (a quarter of the size of floats; the cosine similarities move by about a thousandth).
 */
final class Vectors {
    private static final String MAGIC = "spar-vectors-1";

    private Vectors() {}

    /** Reads vectors by line; refuses a file written for another model. */
    static Map<String, float[]> read(InputStream in, String model) throws IOException {
        var data = new DataInputStream(new BufferedInputStream(in));
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not a vectors file");
        }
        String writtenFor = data.readUTF();
        if (!writtenFor.equals(model)) {
            throw new IOException("vectors were computed with " + writtenFor + ", not " + model);
        }
        int dimensions = data.readInt();
        int count = data.readInt();
        Map<String, float[]> vectors = LinkedHashMap.newLinkedHashMap(count);
        byte[] packed = new byte[dimensions];
        for (int n = 0; n < count; n++) {
            String line = data.readUTF();
            float scale = data.readFloat();
            data.readFully(packed);
            float[] vector = new float[dimensions];
            for (int i = 0; i < dimensions; i++) {
                vector[i] = packed[i] * scale / 127f;
            }
            vectors.put(line, Encoder.normalized(vector));
        }
        return vectors;
    }

    /** Writes vectors by line, in the order given. */
    static void write(OutputStream out, String model, Map<String, float[]> vectors) throws IOException {
        var data = new DataOutputStream(new BufferedOutputStream(out));
        int dimensions = vectors.values().iterator().next().length;
        data.writeUTF(MAGIC);
        data.writeUTF(model);
        data.writeInt(dimensions);
        data.writeInt(vectors.size());
        for (var entry : vectors.entrySet()) {
            float[] vector = entry.getValue();
            float max = 0;
            for (float v : vector) {
                max = Math.max(max, Math.abs(v));
            }
            float scale = max == 0 ? 1 : max;
            data.writeUTF(entry.getKey());
            data.writeFloat(scale);
            for (float v : vector) {
                data.writeByte(Math.round(v / scale * 127f));
            }
        }
        data.flush();
    }
}
