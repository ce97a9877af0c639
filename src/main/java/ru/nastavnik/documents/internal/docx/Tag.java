package ru.nastavnik.documents.internal.docx;

/**
 * One {@code {{…}}} of a template: a value, or a block marker. {@code raw} is the text as written, which is how
 * messages name it; {@code start} and {@code end} locate it in the text it was found in.
 */
record Tag(Kind kind, String path, String raw, int start, int end) {

    enum Kind {
        VALUE,
        EACH,
        IF,
        ELSE,
        END_EACH,
        END_IF;

        boolean opens() {
            return this == EACH || this == IF;
        }

        boolean closes() {
            return this == END_EACH || this == END_IF;
        }
    }

    boolean closedBy(Kind closing) {
        return (kind == Kind.EACH && closing == Kind.END_EACH) || (kind == Kind.IF && closing == Kind.END_IF);
    }
}
