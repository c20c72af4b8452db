package dev.spar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Fills in the pages' forms as a browser does: with its cookie and the page's CSRF token. */
public final class PageForms {
    private static final Pattern META = Pattern.compile("<meta name=\"(csrf-[a-z]+)\" content=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private Optional<String> lastLocation = Optional.empty();

    public PageForms(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Returns the fields of "Save as my scenario" for a small scenario with this id and title. */
    public static Map<String, String> scenario(String id, String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("title", title);
        fields.put("category", "customer-service");
        fields.put("name", "Dana");
        fields.put("relationship", "a customer whose order arrived broken");
        fields.put("goal", "agree on a replacement");
        fields.put("difficulty", "3");
        fields.put("action", "save");
        return fields;
    }

    /** Opens a page, then posts the form fields to it with the page's CSRF token. */
    public Http.Response submit(String path, Map<String, String> fields) {
        return submit(path, fields, () -> {});
    }

    /** Opens a page, then posts the form fields to it with the page's CSRF token, running a step just before. */
    public Http.Response submit(String path, Map<String, String> fields, Runnable beforePost) {
        return submit(path, path, fields, beforePost);
    }

    /** Opens a page, then posts form fields to an address its form posts to, with the page's CSRF token. */
    public Http.Response submit(String page, String path, Map<String, String> fields) {
        return submit(page, path, fields, () -> {});
    }

    /** Logs in on the login page; the cookie it gets is sent with every later request. */
    public PageForms logIn(String name, String password) {
        Http.Response r = submit("/login", Map.of("username", name, "password", password));
        if (r.status() != 302 || lastLocation.orElse("").contains("error")) {
            throw new IllegalStateException("could not log in as " + name + ": " + r.status() + " " + lastLocation);
        }
        return this;
    }

    /** Opens a page with this client's cookie. */
    public Http.Response get(String path) {
        HttpResponse<String> r =
                send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        return new Http.Response(
                r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    }

    private Http.Response submit(String path, String target, Map<String, String> fields, Runnable beforePost) {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Map<String, String> csrf = new HashMap<>();
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            csrf.put(m.group(1), m.group(2));
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf.containsKey("csrf-header")) {
            post.header(csrf.get("csrf-header"), csrf.get("csrf-token"));
        }
        beforePost.run();
        HttpResponse<String> r = send(post);
        lastLocation = r.headers().firstValue("Location");
        return new Http.Response(
                r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    }

    /** Returns where the last form's answer redirected to, if it did. */
    public Optional<String> lastLocation() {
        return lastLocation;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
