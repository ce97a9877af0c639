package ru.nastavnik.publishing.channels;

/**
 * What goes to a channel: the item's title and plain text, the link to its public page, and its first photo if
 * any. Cut to fit a service's limit, the link always stays — the public page is the full, current item.
 */
record Post(String title, String text, String more, String link, Photo photo) {

    /** {@code id}: which of the item's photos, so that an edit knows whether the post's photo is still the one to show. */
    record Photo(java.util.UUID id, byte[] bytes, String contentType, String fileName) {}

    java.util.UUID photoId() {
        return photo == null ? null : photo.id();
    }

    String fitted(int limit) {
        String tail = "\n\n" + more + " " + link;
        String head = title + "\n\n";
        int room = limit - head.length() - tail.length();
        String body = text;
        if (room < body.length()) {
            body = room <= 1 ? "" : body.substring(0, room - 1).stripTrailing() + "…";
        }
        String whole = body.isEmpty() ? title + tail : head + body + tail;
        return whole.length() <= limit ? whole : whole.substring(0, limit);
    }
}
