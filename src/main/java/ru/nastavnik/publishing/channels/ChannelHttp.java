package ru.nastavnik.publishing.channels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of the channels: forms and multipart uploads, answers read as JSON. Tokens travel in the
 * body or (Telegram's design) the path, and neither is ever put into an exception or a log line.
 */
@Component
class ChannelHttp {

    record Answer(int status, JsonNode json) {}

    private final HttpClient client;
    private final Duration timeout;
    private final JsonMapper json;

    ChannelHttp(@Value("${nastavnik.publishing.channels.timeout:PT15S}") Duration timeout, JsonMapper json) {
        this.timeout = timeout;
        this.json = json;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer form(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    Answer multipart(URI uri, Map<String, String> fields, String fileField, Post.Photo photo) {
        String boundary = "nastavnik-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + photo.fileName() + "\"\r\nContent-Type: " + photo.contentType() + "\r\n\r\n");
        out.writeBytes(photo.bytes());
        write(out, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build());
    }

    private Answer send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ChannelFailure.temporary("channels.error.unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ChannelFailure.temporary("channels.error.unreachable");
        }
        JsonNode parsed;
        try {
            parsed = json.readTree(response.body());
        } catch (RuntimeException notJson) {
            parsed = null;
        }
        if (parsed == null || !parsed.isObject()) {
            // a proxy's HTML error page or an empty answer: the service is not answering properly, try later
            throw response.statusCode() == 429
                    ? ChannelFailure.rateLimited(null)
                    : ChannelFailure.temporary("channels.error.server", response.statusCode());
        }
        return new Answer(response.statusCode(), parsed);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
