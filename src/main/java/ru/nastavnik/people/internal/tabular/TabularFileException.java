package ru.nastavnik.people.internal.tabular;

/**
 * The uploaded file cannot be read as a table. Carries a message key ({@code import.file.*}, resolved in
 * Russian from {@code i18n/tabular.properties}) so the web layer can tell the user what to do.
 */
public class TabularFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public TabularFileException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    static TabularFileException because(Throwable cause, String messageKey, Object... args) {
        TabularFileException e = new TabularFileException(messageKey, args);
        e.initCause(cause);
        return e;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
