package dev.spar.llm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a tiny llama-architecture model in GGUF, made up on the spot (no weights are downloaded here): one
 * layer, 64 dimensions, a SentencePiece-style vocabulary of a few dozen English words plus the byte tokens
 * llama.cpp needs. Its output layer only scores the word tokens, so greedy decoding says words. It talks
 * nonsense, but it loads and generates like any model file.
 */
final class TinyGguf {
    private static final int EMBED = 64;
    private static final int HEADS = 4;
    private static final int FEED_FORWARD = 128;
    private static final int ALIGNMENT = 32;
    private static final List<String> WORDS = List.of(
            "fine", "okay", "look", "I", "want", "my", "money", "back", "now", "this", "is", "not", "good", "enough",
            "please", "listen", "really", "today", "talk", "later", "the", "laptop", "still", "crashes", "week",
            "thanks");

    private TinyGguf() {}

    /** Writes the model file and returns its path. */
    static Path write(Path file) throws IOException {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        List<Integer> types = new ArrayList<>(List.of(2, 3, 3));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
            types.add(6);
        }
        int firstWord = tokens.size();
        for (String word : WORDS) {
            tokens.add("▁" + word);
            types.add(1);
        }
        int vocab = tokens.size();
        List<Float> scores = new ArrayList<>();
        for (int i = 0; i < vocab; i++) {
            scores.add(i >= firstWord ? -1f - i * 0.01f : 0f);
        }

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("general.architecture", "llama");
        meta.put("general.name", "spar-tiny-test");
        meta.put("general.alignment", new U32(ALIGNMENT));
        meta.put("llama.context_length", new U32(2048));
        meta.put("llama.embedding_length", new U32(EMBED));
        meta.put("llama.block_count", new U32(1));
        meta.put("llama.feed_forward_length", new U32(FEED_FORWARD));
        meta.put("llama.attention.head_count", new U32(HEADS));
        meta.put("llama.attention.head_count_kv", new U32(HEADS));
        meta.put("llama.attention.layer_norm_rms_epsilon", 1e-5f);
        meta.put("llama.rope.dimension_count", new U32(EMBED / HEADS));
        meta.put("llama.vocab_size", new U32(vocab));
        meta.put("tokenizer.ggml.model", "llama");
        meta.put("tokenizer.ggml.tokens", tokens);
        meta.put("tokenizer.ggml.scores", scores);
        meta.put("tokenizer.ggml.token_type", new I32s(types));
        meta.put("tokenizer.ggml.bos_token_id", new U32(1));
        meta.put("tokenizer.ggml.eos_token_id", new U32(2));
        meta.put("tokenizer.ggml.unknown_token_id", new U32(0));
        meta.put("tokenizer.ggml.add_bos_token", Boolean.TRUE);

        SplittableRandom random = new SplittableRandom(42);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("token_embd.weight", Tensor.random(random, EMBED, vocab));
        tensors.put("output_norm.weight", Tensor.ones(EMBED));
        Tensor output = Tensor.random(random, EMBED, vocab);
        for (int row = 0; row < firstWord; row++) {
            for (int col = 0; col < EMBED; col++) {
                output.values[row * EMBED + col] = 0f;
            }
        }
        tensors.put("output.weight", output);
        tensors.put("blk.0.attn_norm.weight", Tensor.ones(EMBED));
        tensors.put("blk.0.attn_q.weight", Tensor.random(random, EMBED, EMBED));
        tensors.put("blk.0.attn_k.weight", Tensor.random(random, EMBED, EMBED));
        tensors.put("blk.0.attn_v.weight", Tensor.random(random, EMBED, EMBED));
        tensors.put("blk.0.attn_output.weight", Tensor.random(random, EMBED, EMBED));
        tensors.put("blk.0.ffn_norm.weight", Tensor.ones(EMBED));
        tensors.put("blk.0.ffn_gate.weight", Tensor.random(random, EMBED, FEED_FORWARD));
        tensors.put("blk.0.ffn_up.weight", Tensor.random(random, EMBED, FEED_FORWARD));
        tensors.put("blk.0.ffn_down.weight", Tensor.random(random, FEED_FORWARD, EMBED));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GGUF".getBytes(StandardCharsets.US_ASCII));
        u32(out, 3);
        u64(out, tensors.size());
        u64(out, meta.size());
        for (Map.Entry<String, Object> kv : meta.entrySet()) {
            string(out, kv.getKey());
            value(out, kv.getValue());
        }
        long offset = 0;
        for (Map.Entry<String, Tensor> t : tensors.entrySet()) {
            string(out, t.getKey());
            u32(out, t.getValue().shape.length);
            for (long dim : t.getValue().shape) {
                u64(out, dim);
            }
            u32(out, 0); // F32
            u64(out, offset);
            offset += padded(t.getValue().values.length * 4L);
        }
        pad(out);
        for (Tensor t : tensors.values()) {
            ByteBuffer data = ByteBuffer.allocate(t.values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float v : t.values) {
                data.putFloat(v);
            }
            out.writeBytes(data.array());
            pad(out);
        }
        try (OutputStream file1 = Files.newOutputStream(file)) {
            out.writeTo(file1);
        }
        return file;
    }

    private record U32(int value) {}

    private record I32s(List<Integer> values) {}

    private record Tensor(long[] shape, float[] values) {
        static Tensor random(SplittableRandom random, int columns, int rows) {
            float[] values = new float[columns * rows];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (random.nextGaussian() * 0.5);
            }
            return new Tensor(new long[] {columns, rows}, values);
        }

        static Tensor ones(int n) {
            float[] values = new float[n];
            java.util.Arrays.fill(values, 1f);
            return new Tensor(new long[] {n}, values);
        }
    }

    private static void value(ByteArrayOutputStream out, Object value) {
        switch (value) {
            case String s -> {
                u32(out, 8);
                string(out, s);
            }
            case U32(int v) -> {
                u32(out, 4);
                u32(out, v);
            }
            case Float f -> {
                u32(out, 6);
                u32(out, Float.floatToIntBits(f));
            }
            case Boolean b -> {
                u32(out, 7);
                out.write(b ? 1 : 0);
            }
            case I32s(List<Integer> values) -> {
                u32(out, 9);
                u32(out, 5);
                u64(out, values.size());
                values.forEach(v -> u32(out, v));
            }
            case List<?> list
            when !list.isEmpty() && list.getFirst() instanceof Float -> {
                u32(out, 9);
                u32(out, 6);
                u64(out, list.size());
                list.forEach(v -> u32(out, Float.floatToIntBits((Float) v)));
            }
            case List<?> list -> {
                u32(out, 9);
                u32(out, 8);
                u64(out, list.size());
                list.forEach(v -> string(out, (String) v));
            }
            default -> throw new IllegalArgumentException("no GGUF type for " + value);
        }
    }

    private static long padded(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private static void pad(ByteArrayOutputStream out) {
        while (out.size() % ALIGNMENT != 0) {
            out.write(0);
        }
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        u64(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void u32(ByteArrayOutputStream out, int v) {
        out.writeBytes(
                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
    }

    private static void u64(ByteArrayOutputStream out, long v) {
        out.writeBytes(
                ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
    }
}
