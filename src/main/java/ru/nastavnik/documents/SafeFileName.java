package ru.nastavnik.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file name as a browser sent it is only text: it never becomes a path (files are stored under random
 * names), and what is shown or sent back is stripped of directories and characters no file system accepts.
 */
public final class SafeFileName {

    private SafeFileName() {}

    public static String of(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}<>:\"|?*]", "")
                .replaceAll("^\\.+", "")
                .strip();
        if (base.length() > 200) {
            base = base.substring(base.length() - 200);
        }
        return base.isEmpty() ? fallback : base;
    }

    /**
     * A Content-Disposition header that keeps a Cyrillic name (RFC 6266 / 5987) with an ASCII fallback. A name the
     * system made from a title keeps the title's «2026/2027» as «2026-2027»: read as a path, it lost all before.
     */
    public static String attachment(String name) {
        String safe = of(name == null ? null : name.replace('/', '-').replace('\\', '-'), "document");
        String ascii = safe.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
