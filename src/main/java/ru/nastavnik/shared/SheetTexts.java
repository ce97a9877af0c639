package ru.nastavnik.shared;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of an XLSX export (its file name, sheets and column headers) from the message bundles, so that what a
 * school reads in Excel is kept with the rest of the interface's texts, not in Java.
 */
@Component
public class SheetTexts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    SheetTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, RUSSIAN);
    }

    /** A header row: the message's columns are separated by «|». */
    public String[] columns(String key) {
        return text(key).split("\\|");
    }

    public String yesNo(boolean value) {
        return text(value ? "export.yes" : "export.no");
    }

    /** «Банк наставников — СШ № 1.xlsx»: what the file is and whose; a slash in the name would make a folder. */
    public String fileName(String whatKey, String whose) {
        String what = text(whatKey);
        String owner = whose == null ? "" : whose.replace('/', '-').replace('\\', '-');
        return owner.isBlank() ? what + ".xlsx" : text("export.fileName", what, owner);
    }

    public List<String> columnList(String key) {
        return List.of(columns(key));
    }
}
