package ru.nastavnik.people.internal.tabular;

import java.util.Locale;

/**
 * The extension of the name the browser sent. The name is untrusted text (it may carry a Windows path, as
 * old browsers send, or be absent), so it is only ever inspected, never used to build a path.
 */
final class UploadName {

    /** Long enough for any real extension, short enough to quote in a message. */
    private static final int MAX_SHOWN = 16;

    private UploadName() {}

    /** The lower-case extension without the dot, or an empty string when the name has none. */
    static String extension(String originalName) {
        if (originalName == null) {
            return "";
        }
        String name = originalName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return "";
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.length() > MAX_SHOWN ? extension.substring(0, MAX_SHOWN) : extension;
    }
}
