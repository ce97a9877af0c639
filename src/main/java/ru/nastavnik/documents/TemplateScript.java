package ru.nastavnik.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The wording of a built-in template as a text resource ({@code documents/defaults/<kind>.txt}), so that a
 * methodologist or lawyer can review and change a document's text without reading Java. One line is one block:
 * <pre>
 * # a comment
 * heading: text            paragraph: text           justified: text
 * centered: text           centered bold: text       right: text
 * spread: left | right     (one line: left at the margin, right flush with the right margin)
 * empty
 * table 10,45,45 pairs     (optionally "font 9" after the list name), then two lines of cells split by " | ":
 *   the header, and the row repeated for each element of the list
 * </pre>
 * Placeholders are written as {@code {{path}}}, as in an uploaded DOCX.
 */
public final class TemplateScript {

    private static final String CELL = " | ";

    private TemplateScript() {}

    /** The built-in template of this kind, read from {@code documents/defaults/<kind>.txt} on the class path. */
    public static TemplateBuilder read(String kind) {
        String resource = "documents/defaults/" + kind + ".txt";
        try (InputStream in = TemplateScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no built-in template text " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TemplateBuilder parse(String source, String text) {
        TemplateBuilder b = TemplateBuilder.a4();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("empty")) {
                b.emptyLine();
            } else if (line.startsWith("table ")) {
                if (i + 2 >= lines.size()) {
                    throw new IllegalStateException(
                            source + ":" + (i + 1) + ": a table needs its header and row lines");
                }
                table(b, line, lines.get(i + 1).strip(), lines.get(i + 2).strip());
                i += 2;
            } else {
                block(b, source, i + 1, line);
            }
        }
        return b;
    }

    private static void block(TemplateBuilder b, String source, int number, String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException(source + ":" + number + ": no kind of block before ':'");
        }
        String kind = line.substring(0, colon);
        String text = line.length() > colon + 1 && line.charAt(colon + 1) == ' '
                ? line.substring(colon + 2)
                : line.substring(colon + 1);
        switch (kind) {
            case "heading" -> b.heading(text);
            case "paragraph" -> b.paragraph(text);
            case "justified" -> b.justified(text);
            case "centered" -> b.centered(text, false);
            case "centered bold" -> b.centered(text, true);
            case "right" -> b.right(text);
            case "spread" -> spread(b, source, number, text);
            default -> throw new IllegalStateException(source + ":" + number + ": unknown block " + kind);
        }
    }

    private static void spread(TemplateBuilder b, String source, int number, String text) {
        List<String> parts = cells(text);
        if (parts.size() != 2) {
            throw new IllegalStateException(source + ":" + number + ": a spread line needs two parts split by |");
        }
        b.spread(parts.get(0), parts.get(1));
    }

    private static void table(TemplateBuilder b, String line, String header, String row) {
        String[] words = line.split(" ");
        int[] widths =
                Arrays.stream(words[1].split(",")).mapToInt(Integer::parseInt).toArray();
        String list = words[2];
        List<String> head = cells(header);
        List<String> cells = cells(row);
        if (words.length >= 5 && words[3].equals("font")) {
            b.table(widths, head, list, cells, Integer.parseInt(words[4]));
        } else {
            b.table(widths, head, list, cells);
        }
    }

    /** Cells split by '|', each stripped, so that an empty cell survives an editor that trims lines. */
    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
    }

    static String cells(List<String> cells) {
        return String.join(CELL, cells);
    }
}
