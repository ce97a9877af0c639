package ru.nastavnik.documents;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A template cannot be read or filled. Carries a message key ({@code document.template.*}, resolved in Russian
 * from {@code i18n/documents.properties}) and its arguments so that the web layer can tell the administrator
 * what to fix; the exception's own message repeats them for the log.
 */
public class TemplateException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public TemplateException(String messageKey, Object... args) {
        super(describe(messageKey, args));
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public static TemplateException causedBy(Throwable cause, String messageKey, Object... args) {
        TemplateException e = new TemplateException(messageKey, args);
        e.initCause(cause);
        return e;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    private static String describe(String messageKey, Object[] args) {
        if (args == null || args.length == 0) {
            return messageKey;
        }
        return messageKey + ": " + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", "));
    }
}
