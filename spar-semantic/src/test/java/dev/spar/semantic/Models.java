package dev.spar.semantic;

/** The real model and the bundled data, loaded once for all the tests that need them. */
final class Models {
    private static SentenceMeaning standard;

    private Models() {}

    static synchronized SentenceMeaning standard() {
        if (standard == null) {
            standard = SentenceMeaning.load(Models::encoder, MeaningData.standard());
        }
        return standard;
    }

    private static MiniLm encoder;

    static synchronized Encoder encoder() {
        if (encoder == null) {
            encoder = MiniLm.load();
        }
        return encoder;
    }
}
