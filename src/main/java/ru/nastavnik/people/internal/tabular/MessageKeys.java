package ru.nastavnik.people.internal.tabular;

/** Keys of {@code i18n/tabular.properties}; a test checks that each one has a message. */
final class MessageKeys {

    static final String EMPTY = "import.file.empty";
    /** {0}: the limit in megabytes. */
    static final String TOO_LARGE = "import.file.tooLarge";

    static final String XLS = "import.file.xls";
    static final String NOT_TABLE = "import.file.notTable";
    /** {0}: the extension the file was named with. */
    static final String NAME_MISMATCH = "import.file.nameMismatch";
    /** {0}: the rejected extension. */
    static final String EXTENSION = "import.file.extension";

    static final String ZIP_BOMB = "import.file.zipBomb";
    static final String CORRUPT = "import.file.corrupt";
    static final String NOT_WORKBOOK = "import.file.notWorkbook";
    /** {0}: the row where the text stops being readable. */
    static final String ENCODING = "import.file.encoding";
    /** {0}: the row where the unclosed quote starts. */
    static final String UNCLOSED_QUOTE = "import.file.unclosedQuote";

    static final String UNREADABLE = "import.file.unreadable";

    private MessageKeys() {}
}
