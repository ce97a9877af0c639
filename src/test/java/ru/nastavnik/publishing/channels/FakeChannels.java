package ru.nastavnik.publishing.channels;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local Telegram and VK on the port the test configuration points both APIs to (53081): records every request
 * and answers from a script per method name (the path's last part), else with a success. A JUnit extension: a test
 * class registers it as a static field ({@code @RegisterExtension}); it listens from before the class's first test
 * to after its last.
 */
final class FakeChannels implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    static final int PORT = 53081;

    record Request(String method, String path, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The fields of a form-encoded body. */
        Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : text().split("&")) {
                int eq = pair.indexOf('=');
                fields.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return fields;
        }

        /** The text fields of a multipart body, and of a file field its file name as {@code <field>.filename}. */
        Map<String, String> multipart() {
            Map<String, String> fields = new LinkedHashMap<>();
            String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
            String whole = new String(body, StandardCharsets.ISO_8859_1);
            for (String part : whole.split("--" + java.util.regex.Pattern.quote(boundary))) {
                int headEnd = part.indexOf("\r\n\r\n");
                java.util.regex.Matcher name = java.util.regex.Pattern.compile(
                                "name=\"([^\"]+)\"(; filename=\"([^\"]+)\")?")
                        .matcher(part);
                if (headEnd < 0 || !name.find()) {
                    continue;
                }
                if (name.group(3) != null) {
                    fields.put(name.group(1) + ".filename", name.group(3));
                } else {
                    String value = part.substring(headEnd + 4, part.length() - 2);
                    fields.put(
                            name.group(1),
                            new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
                }
            }
            return fields;
        }
    }

    record Answer(int status, String json, long delayMillis) {}

    private HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripts = new LinkedHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", PORT), 0);
        server.createContext("/", this::handle);
        // several threads: a request answered slowly (a timeout's test) does not hold up the next one
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The next answers of a method (e.g. {@code sendMessage}, {@code wall.post}), then successes again. */
    synchronized FakeChannels script(String method, Answer... answers) {
        scripts.computeIfAbsent(method, m -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized void reset() {
        requests.clear();
        scripts.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestBody().readAllBytes()));
        String method = path.substring(path.lastIndexOf('/') + 1);
        Answer answer;
        synchronized (this) {
            Deque<Answer> script = scripts.get(method);
            answer = script == null || script.isEmpty() ? success(method) : script.poll();
        }
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException clientGone) {
            // the client timed out first: as a real service, the post was made all the same
        }
    }

    private static Answer success(String method) {
        return new Answer(
                200,
                switch (method) {
                    case "sendMessage", "sendPhoto" -> "{\"ok\":true,\"result\":{\"message_id\":777}}";
                    case "deleteMessage" -> "{\"ok\":true,\"result\":true}";
                    case "editMessageText", "editMessageCaption", "editMessageMedia" ->
                        "{\"ok\":true,\"result\":{\"message_id\":777}}";
                    case "wall.edit" -> "{\"response\":{\"post_id\":55}}";
                    case "wall.post" -> "{\"response\":{\"post_id\":55}}";
                    case "wall.delete" -> "{\"response\":1}";
                    case "photos.getWallUploadServer" ->
                        "{\"response\":{\"upload_url\":\"http://localhost:" + PORT + "/vk-upload/upload\"}}";
                    case "upload" -> "{\"server\":42,\"photo\":\"[{\\\"photo\\\":\\\"abc\\\"}]\",\"hash\":\"h4sh\"}";
                    case "photos.saveWallPhoto" -> "{\"response\":[{\"id\":99,\"owner_id\":-123456}]}";
                    case "sendDocument" -> "{\"ok\":true,\"result\":{\"message_id\":778}}";
                    case "docs.getWallUploadServer" ->
                        "{\"response\":{\"upload_url\":\"http://localhost:" + PORT + "/vk-upload/doc-upload\"}}";
                    case "doc-upload" -> "{\"file\":\"doc-file-token\"}";
                    case "docs.save" -> "{\"response\":{\"type\":\"doc\",\"doc\":{\"id\":88,\"owner_id\":-123456}}}";
                    default -> "{}";
                },
                0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }
}
