package dev.spar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person talking to a Spar server in accounts mode: over the JSON API with HTTP Basic (as a script does), or
 * with the login session the browser gets from the login form. Sign-up goes through the sign-up form, as a person
 * with an invitation does.
 */
final class SparApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");

    /** An answer: its status, its body and how long it took, from sending to the last byte. */
    record Response(int status, String body, long nanos) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        /** Returns the body as JSON, or fails naming the call when the status is not the one expected. */
        JsonNode expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + ": " + body);
            }
            return json();
        }
    }

    private final HttpClient client;
    private final String base;
    private final String authorization;

    private SparApi(HttpClient client, String base, String authorization) {
        this.client = client;
        this.base = base;
        this.authorization = authorization;
    }

    /** A person calling the API with HTTP Basic: each call checks the password (BCrypt) again. */
    static SparApi basic(String base, String name, String password) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String credentials =
                Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new SparApi(client, base, "Basic " + credentials);
    }

    /** A person logged in through the login form, as in the browser: the session cookie comes with each call. */
    static SparApi loggedIn(String base, String name, String password) throws IOException, InterruptedException {
        SparApi api = new SparApi(cookies(), base, null);
        Response r = api.form("/login", "username=" + encode(name) + "&password=" + encode(password));
        if (r.status() != 302 || r.body().contains("error")) {
            throw new IllegalStateException("logging in as " + name + " answered " + r.status());
        }
        return api;
    }

    /** Signs up with an invitation code through the sign-up form. */
    static void signUp(String base, String code, String name, String password)
            throws IOException, InterruptedException {
        SparApi api = new SparApi(cookies(), base, null);
        Response r = api.form(
                "/signup?code=" + encode(code),
                "code=" + encode(code) + "&username=" + encode(name) + "&password=" + encode(password));
        if (r.status() != 302) {
            throw new IllegalStateException("signing up " + name + " answered " + r.status() + ": " + r.body());
        }
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    Response post(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Gets a page for its CSRF token and posts the form to it, as a browser does. */
    private Response form(String page, String fields) throws IOException, InterruptedException {
        String html = get(page).body();
        Matcher token = TOKEN.matcher(html);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        String action = page.replaceAll("\\?.*", "");
        return send(request(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + encode(token.group(1))))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        long began = System.nanoTime();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), System.nanoTime() - began);
    }

    private static HttpClient cookies() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
