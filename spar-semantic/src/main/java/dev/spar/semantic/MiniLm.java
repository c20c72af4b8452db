package dev.spar.semantic;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;

/** The quantized all-MiniLM-L6-v2 sentence encoder, run in-process by ONNX Runtime (384 dimensions). */
final class MiniLm implements Encoder {
    /** Names the model in the shipped vectors, so vectors from another model are never mixed in. */
    static final String ID = "all-minilm-l6-v2-q";

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLm(AllMiniLmL6V2QuantizedEmbeddingModel model) {
        this.model = model;
    }

    /** Loads the model from its jar; the tokenizer's native library is unpacked under the temporary folder. */
    static MiniLm load() {
        // DJL unpacks the tokenizer's native library into ~/.djl.ai unless told otherwise.
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty(
                    "DJL_CACHE_DIR",
                    Path.of(System.getProperty("java.io.tmpdir"), "spar-djl").toString());
        }
        return new MiniLm(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    @Override
    public float[] encode(String sentence) {
        return Encoder.normalized(model.embed(sentence).content().vector());
    }
}
