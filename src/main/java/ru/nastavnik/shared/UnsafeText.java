package ru.nastavnik.shared;

/**
 * The one rule for text anyone may send us: no control characters (a NUL cannot even be stored by PostgreSQL),
 * no bidirectional overrides (they make «Иванова» display as something else than what is stored and compared),
 * and nothing that is only invisible characters (a zero-width "name" that looks empty but is not).
 */
public final class UnsafeText {

    /**
     * No field holds more than {@value} characters (about fifty pages): the longest texts a school writes into one
     * field — a round table's protocol, a best practice's description, a news item — are a few thousand; a longer one is
     * a pasted file or an attack that would be stored, indexed and shown on every list.
     */
    public static final int LONGEST = 100_000;

    /** The message key of a text longer than {@link #LONGEST}. */
    public static final String TOO_LONG = "text.unsafe.tooLong";

    private UnsafeText() {}

    /** Why this text, sent by someone now, is refused: {@link #problem} or longer than {@link #LONGEST}. */
    public static String sentProblem(String text) {
        return text != null && text.length() > LONGEST ? TOO_LONG : problem(text);
    }

    /** Why this text is refused (a message key), or {@code null} if it is acceptable. */
    public static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        boolean visible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (control(c)) {
                return "text.unsafe.control";
            }
            if (bidiOverride(c)) {
                return "text.unsafe.bidi";
            }
            if (!invisible(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible = true;
            }
        }
        return visible || text.isBlank() ? null : "text.unsafe.invisible";
    }

    /** C0 and C1 controls and DEL; the tab and line breaks of a multi-line text are allowed. */
    private static boolean control(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    private static boolean bidiOverride(char c) {
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean invisible(char c) {
        return Character.getType(c) == Character.FORMAT
                || c == '\u115f'
                || c == '\u1160'
                || c == '\u3164'
                || c == '\uffa0';
    }
}
