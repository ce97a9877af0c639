package ru.nastavnik.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Content the product ships and a school may change afterwards (a default course, questionnaire templates, the
 * sample values a document template is checked against): written in JSON under {@code src/main/resources/defaults/},
 * not in Java, and read once when the class that offers it is loaded. A missing or malformed file stops start-up.
 */
public final class DefaultContent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DefaultContent() {}

    public static <T> T read(String resource, Class<T> type) {
        try (InputStream in = open(resource)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = open(resource)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = DefaultContent.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing default content: " + resource);
        }
        return in;
    }

    /**
     * A JSON object in the order it is written, as a document template's model: read once, and a fresh copy for
     * each caller, who may add to it.
     */
    public static Supplier<Map<String, Object>> model(String resource) {
        JsonNode tree = read(resource, JsonNode.class);
        return () -> JSON.convertValue(tree, new TypeReference<LinkedHashMap<String, Object>>() {});
    }
}
