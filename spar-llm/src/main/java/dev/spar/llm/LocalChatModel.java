package dev.spar.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A GGUF model file run in this process by llama.cpp (through {@code de.kherud:llama}), behind LangChain4j's
 * streaming chat interface so that it gets the same prompts, fault handling and tidying as a server. The
 * model's own chat template formats the prompt (ChatML when the file has none). One answer at a time.
 */
final class LocalChatModel implements StreamingChatModel {
    private static final Object LOADING = new Object();
    private static final java.util.Map<String, LocalChatModel> LOADED = new java.util.HashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlamaModel model;
    private final int maxTokens;

    /** Returns the model in this file, loading it the first time: a server opens one engine per run. */
    static LocalChatModel of(Path file, int contextTokens) {
        synchronized (LOADING) {
            String key = file.toAbsolutePath().normalize() + "#" + contextTokens;
            LocalChatModel model = LOADED.get(key);
            if (model == null) {
                model = new LocalChatModel(file, contextTokens);
                LOADED.put(key, model);
            }
            return model;
        }
    }

    LocalChatModel(Path file, int contextTokens) {
        synchronized (LOADING) {
            // The native loader announces where it unpacked the library on standard output; keep standard
            // output for the conversation or the run's JSON.
            PrintStream out = System.out;
            System.setOut(System.err);
            try {
                this.model = new LlamaModel(new ModelParameters()
                        .setModel(file.toString())
                        .setCtxSize(contextTokens)
                        .setThreads(Math.max(1, Runtime.getRuntime().availableProcessors()))
                        .disableLog());
            } catch (RuntimeException e) {
                throw new EngineConfigException("cannot load the model file " + file.getFileName() + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        + ". It must be a GGUF model llama.cpp can read.");
            } finally {
                System.setOut(out);
            }
        }
        this.maxTokens = 1_200;
    }

    /** Returns a grammar that only lets the model write JSON of the schema asked for, if one was. */
    private static java.util.Optional<String> grammar(ChatRequest request) {
        ResponseFormat format = request.responseFormat();
        if (format == null || format.jsonSchema() == null) {
            return java.util.Optional.empty();
        }
        try {
            String schema = JSON.writeValueAsString(
                    JsonSchemaElementUtils.toMap(format.jsonSchema().rootElement()));
            return java.util.Optional.of(LlamaModel.jsonSchemaToGrammar(schema));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a schema always serialises", e);
        }
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        Thread.ofPlatform().daemon().name("spar-local-model").start(() -> answer(request, handler));
    }

    private void answer(ChatRequest request, StreamingChatResponseHandler handler) {
        String system = "";
        List<Pair<String, String>> messages = new ArrayList<>();
        for (ChatMessage message : request.messages()) {
            switch (message) {
                case SystemMessage s -> system = s.text();
                case UserMessage u -> messages.add(new Pair<>("user", u.singleText()));
                case AiMessage a -> messages.add(new Pair<>("assistant", a.text()));
                default -> {
                    // Tool messages are never sent by Spar.
                }
            }
        }
        int limit = request.maxOutputTokens() == null ? maxTokens : Math.min(maxTokens, request.maxOutputTokens());
        StringBuilder text = new StringBuilder();
        int pieces = 0;
        try {
            synchronized (this) {
                String prompt = model.applyTemplate(new InferenceParameters("").setMessages(system, messages));
                InferenceParameters parameters =
                        new InferenceParameters(prompt).setNPredict(limit).setTemperature(0.8f);
                grammar(request).ifPresent(parameters::setGrammar);
                LlamaIterator answer = model.generate(parameters).iterator();
                while (answer.hasNext()) {
                    LlamaOutput output = answer.next();
                    if (!output.text.isEmpty()) {
                        text.append(output.text);
                        pieces++;
                        handler.onPartialResponse(output.text);
                    }
                }
            }
            handler.onCompleteResponse(ChatResponse.builder()
                    .aiMessage(AiMessage.from(text.toString()))
                    .finishReason(pieces >= limit ? FinishReason.LENGTH : FinishReason.STOP)
                    .build());
        } catch (RuntimeException e) {
            handler.onError(e);
        }
    }
}
