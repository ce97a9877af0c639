package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Texts moved out of Java into resources (issue 14, item 6) compared with what the Java produced before the move:
 * {@code src/test/resources/strings/} holds that output (JSON with sorted keys, a DOCX's {@code word/document.xml}).
 * A deliberate change of a default text changes its snapshot in the same commit.
 */
public final class MovedTexts {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/strings");

    private static final JsonMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private MovedTexts() {}

    /** The value, as JSON with sorted keys, is the snapshot {@code name}. */
    public static void assertSameAs(String name, Object value) {
        if (Boolean.getBoolean("strings.update")) {
            try {
                Files.writeString(SNAPSHOTS.resolve(name), SORTED.writeValueAsString(value), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(SORTED.writeValueAsString(value)).as(name).isEqualTo(snapshot(name));
    }

    /**
     * The document's body is the snapshot {@code name}, tag for tag. A deliberate change of a default text rewrites
     * its snapshot with {@code -Dstrings.update=true}, and the diff is reviewed in the same commit.
     */
    public static void assertSameDocument(String name, byte[] docx) {
        if (Boolean.getBoolean("strings.update")) {
            try {
                Files.writeString(SNAPSHOTS.resolve(name), documentXml(docx), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(documentXml(docx)).as(name).isEqualTo(snapshot(name));
    }

    private static String snapshot(String name) {
        try {
            return Files.readString(SNAPSHOTS.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String documentXml(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalStateException("no word/document.xml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
