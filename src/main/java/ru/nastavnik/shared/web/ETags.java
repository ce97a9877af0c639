package ru.nastavnik.shared.web;

/**
 * The version of a record as an HTTP entity tag: a read answers {@code ETag: "7"}, an update must send it back in
 * {@code If-Match} (RFC 9110 §13.1.1) — without it 428, with a stale one 412 — so that two clients editing one
 * record cannot overwrite each other.
 */
public final class ETags {

    /** How the API documents the header on every update that needs it. */
    public static final String IF_MATCH = "ETag записи, полученный при чтении (без него — 428, устаревший — 412)";

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** A 200 answer carrying the record and its version as the tag of the next edit's {@code If-Match}. */
    public static <T> org.springframework.http.ResponseEntity<T> ok(long version, T body) {
        return org.springframework.http.ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** The version the client read, from its {@code If-Match}; {@code null} when it sent none (the record answers 428). */
    public static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            // not a tag we gave out: it cannot match the current one
            return -1L;
        }
    }
}
