package dev.spar.web.practice;

import java.util.regex.Pattern;

/** Checks ids that come in from URLs and bodies before anything looks them up. */
public final class Limits {
    private static final Pattern SESSION_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private Limits() {}

    /**
     * Returns the id if it can be a session's.
     *
     * @throws NotFound if it cannot
     */
    public static String sessionId(String id) {
        if (id == null || !SESSION_ID.matcher(id).matches()) {
            throw new NotFound("There is no session '" + shorten(id) + "'.");
        }
        return id;
    }

    /**
     * Returns the id if it can be a scenario's.
     *
     * @throws NotFound if it cannot
     */
    public static String id(String id) {
        if (id == null || !SCENARIO_ID.matcher(id).matches()) {
            throw new NotFound("There is no scenario '" + shorten(id)
                    + "'. Scenario ids are lower-case words joined by dashes; the library lists them.");
        }
        return id;
    }

    /** Returns the start of a long text, for messages. */
    public static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
