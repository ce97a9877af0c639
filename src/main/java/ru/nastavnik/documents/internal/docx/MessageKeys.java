package ru.nastavnik.documents.internal.docx;

/** Keys of {@code i18n/documents.properties}; each names what the administrator has to fix. */
final class MessageKeys {

    static final String TOO_LARGE = "document.template.tooLarge";
    static final String NOT_DOCX = "document.template.notDocx";
    static final String OLD_FORMAT = "document.template.oldFormat";
    static final String CORRUPT = "document.template.corrupt";
    static final String ZIP_BOMB = "document.template.zipBomb";
    static final String UNKNOWN_PLACEHOLDER = "document.template.unknownPlaceholder";
    static final String UNCLOSED_PLACEHOLDER = "document.template.unclosedPlaceholder";
    static final String BAD_PLACEHOLDER = "document.template.badPlaceholder";
    static final String MARKER_NOT_ALONE = "document.template.markerNotAlone";
    static final String UNCLOSED_BLOCK = "document.template.unclosedBlock";
    static final String UNEXPECTED_CLOSE = "document.template.unexpectedClose";
    static final String MISMATCHED_CLOSE = "document.template.mismatchedClose";
    static final String MISPLACED_ELSE = "document.template.misplacedElse";
    static final String NOT_LIST = "document.template.notList";
    static final String NOT_PRINTABLE = "document.template.notPrintable";

    private MessageKeys() {}
}
