package ru.nastavnik.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.nastavnik.documents.TemplateException;

/** The syntax of the template language: where the {@code {{…}}} are in a text and what each one means. */
final class Placeholders {

    /** Braces inside, tabs, breaks and pictures end a placeholder: none of them can be part of one. */
    static final Pattern TAG = Pattern.compile("\\{\\{([^{}\\t\\n" + ParagraphText.OBJECT + "]*)}}");

    private static final String PATH = "[\\p{L}_][\\p{L}\\p{N}_]*(?:\\.[\\p{L}\\p{N}_]+)*";
    private static final Pattern VALUE = Pattern.compile("\\s*(" + PATH + ")\\s*");
    private static final Pattern OPEN = Pattern.compile("\\s*#(each|if)\\s+(" + PATH + ")\\s*");
    private static final Pattern WORD = Pattern.compile("\\s*(else|/each|/if)\\s*");
    private static final int EXCERPT = 30;

    private Placeholders() {}

    static List<Tag> find(String text) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            tags.add(parse(m.group(), m.group(1), m.start(), m.end()));
        }
        return tags;
    }

    /** A {@code {{} without its {@code }}} (or the reverse) is a typo that would print braces; refuse it. */
    static void requireClosed(String text) {
        String rest =
                TAG.matcher(text).replaceAll(m -> "\u0000".repeat(m.group().length()));
        int stray = rest.indexOf("{{");
        if (stray < 0) {
            stray = rest.indexOf("}}");
        }
        if (stray >= 0) {
            int from = Math.max(0, stray - EXCERPT);
            int to = Math.min(text.length(), stray + 2 * EXCERPT);
            String excerpt = text.substring(from, to)
                    .replace('\n', ' ')
                    .replace('\t', ' ')
                    .replace(ParagraphText.OBJECT, ' ')
                    .strip();
            throw new TemplateException(MessageKeys.UNCLOSED_PLACEHOLDER, excerpt);
        }
    }

    /** The block marker that makes up the whole of a paragraph's text, if it is one. */
    static Optional<Tag> marker(String paragraphText) {
        String text = paragraphText.strip();
        if (!text.startsWith("{{") || !text.endsWith("}}")) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Tag tag = parse(m.group(), m.group(1), 0, text.length());
        return tag.kind() == Tag.Kind.VALUE ? Optional.empty() : Optional.of(tag);
    }

    private static Tag parse(String raw, String inside, int start, int end) {
        Matcher word = WORD.matcher(inside);
        if (word.matches()) {
            Tag.Kind kind = switch (word.group(1)) {
                case "else" -> Tag.Kind.ELSE;
                case "/each" -> Tag.Kind.END_EACH;
                default -> Tag.Kind.END_IF;
            };
            return new Tag(kind, null, raw, start, end);
        }
        Matcher open = OPEN.matcher(inside);
        if (open.matches()) {
            Tag.Kind kind = open.group(1).equals("each") ? Tag.Kind.EACH : Tag.Kind.IF;
            return new Tag(kind, open.group(2), raw, start, end);
        }
        Matcher value = VALUE.matcher(inside);
        if (value.matches()) {
            return new Tag(Tag.Kind.VALUE, value.group(1), raw, start, end);
        }
        throw new TemplateException(MessageKeys.BAD_PLACEHOLDER, raw);
    }
}
