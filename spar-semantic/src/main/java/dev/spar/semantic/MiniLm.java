package dev.spar.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The quantized all-MiniLM-L6-v2 sentence encoder (384 dimensions), run in-process by ONNX Runtime from the
 * weights inside its Maven artifact.
 *
 * <p>One sentence is encoded on the calling thread alone, with no pool of threads spinning while they wait
 * for work: on a small shared machine that keeps a turn's time steady and leaves the other cores to the
 * other sessions.
 */
final class MiniLm implements Encoder {
    /** Names the model in the shipped vectors, so vectors from another model are never mixed in. */
    static final String ID = "all-minilm-l6-v2-q";

    private static final String WEIGHTS = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final Model model;

    private MiniLm(Model model) {
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
        ClassLoader loader = MiniLm.class.getClassLoader();
        try (InputStream weights = resource(loader, WEIGHTS);
                InputStream tokenizer = resource(loader, TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(weights.readAllBytes(), options);
            return new MiniLm(new Model(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence model: " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("no " + name + " on the classpath");
        }
        return in;
    }

    @Override
    public float[] encode(String sentence) {
        return Encoder.normalized(model.embed(sentence).content().vector());
    }

    /** LangChain4j's in-process model over our own session; a batch, if ever asked for, runs on the caller. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
