package ru.nastavnik.shared.web;

import java.util.List;

/**
 * A tile of the landing page: what the signed-in user can do next in one module (her cabinet as a mentor or a
 * mentee, her questionnaires, the roadmap of the school she runs). The words are message keys with arguments;
 * {@code lines} list what the tile is about (a pair and its programme), their text being data, not wording.
 */
public record HomeTile(
        String id, int order, String titleKey, String href, String textKey, List<Object> textArgs, List<Line> lines) {

    public HomeTile {
        textArgs = List.copyOf(textArgs);
        lines = List.copyOf(lines);
    }

    /** A tile with a sentence and a link only. */
    public static HomeTile of(String id, int order, String titleKey, String href, String textKey, Object... textArgs) {
        return new HomeTile(id, order, titleKey, href, textKey, List.of(textArgs), List.of());
    }

    /** One thing the tile lists: its text (a name, a title), a link to it if any, and a note about it. */
    public record Line(String text, String href, String noteKey, List<Object> noteArgs) {

        public Line {
            noteArgs = List.copyOf(noteArgs);
        }
    }
}
