package dev.spar.transcripts;

/** A kind of file a conversation can be imported from. */
public enum Format {
    /** {@code Name: text} lines, one turn per line, continuation lines joining the turn before. */
    PLAIN("plain"),
    /** WebVTT captions (Teams voice tags, Zoom {@code Name:} prefixes). */
    WEBVTT("webvtt"),
    /** SubRip captions. */
    SRT("srt"),
    /** A CSV table with a speaker column and a text column. */
    CSV("csv"),
    /** A JSON array of {@code {"speaker", "text", "time"}} objects. */
    JSON_TURNS("json-turns"),
    /** A Zendesk ticket's comments. */
    ZENDESK("zendesk"),
    /** An Intercom conversation with its parts. */
    INTERCOM("intercom"),
    /** A Freshdesk ticket's conversations. */
    FRESHDESK("freshdesk"),
    /** An Amazon Connect Contact Lens transcript. */
    AMAZON_CONNECT("amazon-connect");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    /** Returns the identifier used in messages, requests and reports. */
    public String id() {
        return id;
    }
}
