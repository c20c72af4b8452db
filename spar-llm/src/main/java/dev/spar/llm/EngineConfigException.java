package dev.spar.llm;

/** A model setting that cannot work, said so that the person can fix it. */
public final class EngineConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    EngineConfigException(String message) {
        super(message);
    }
}
