package ru.nastavnik.publishing.channels;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sanitised item's HTML as the plain text a channel shows: blocks become lines, tags go, entities are decoded. */
final class PlainText {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(p|li|h[1-6]|blockquote|tr)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    private PlainText() {}

    static String of(String html) {
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll("\n")).replaceAll("");
        Matcher numeric = NUMERIC.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            String code = numeric.group(1);
            int point = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(point))));
        }
        numeric.appendTail(decoded);
        return decoded.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
