package dev.spar.web;

import java.io.ByteArrayOutputStream;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Uploads files to a page's multipart form as a browser does: with its session cookie and CSRF token. */
final class Uploads {
    private static final Pattern META = Pattern.compile("<meta name=\"(csrf-[a-z]+)\" content=\"([^\"]*)\"");
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    Uploads(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in through the login form. */
    Uploads signIn(String name, String password) {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        Matcher m = LOGIN_CSRF.matcher(page.body());
        String token = m.find() ? m.group(1) : "";
        String body = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token;
        send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return this;
    }

    Http.Response get(String path) {
        HttpResponse<String> r =
                send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        return new Http.Response(
                r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    }

    /** Opens the page, then posts the files (name to content) as the multipart field {@code field}. */
    Http.Response upload(String path, String field, Map<String, byte[]> files) {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Map<String, String> csrf = new HashMap<>();
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            csrf.put(m.group(1), m.group(2));
        }
        String boundary = "----spar-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var f : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                                + f.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(f.getValue());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (csrf.containsKey("csrf-header")) {
            post.header(csrf.get("csrf-header"), csrf.get("csrf-token"));
        }
        HttpResponse<String> r = send(post);
        return new Http.Response(
                r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
