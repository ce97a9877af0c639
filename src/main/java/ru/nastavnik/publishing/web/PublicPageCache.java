package ru.nastavnik.publishing.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rendered bytes of public pages on this node, least recently used first out once they hold more than
 * {@code nastavnik.publishing.page-cache-bytes} (64 MB unless set). An entry is only ever served while the
 * organisation's version stamp read on the request is the one it was rendered under (see {@link PublicPageFilter}).
 */
@Component
class PublicPageCache {

    /** A rendered page and the stamp it was rendered under. */
    record Entry(
            String stamp,
            byte[] body,
            String contentType,
            String cacheControl,
            String etag,
            Map<String, String> headers) {

        Entry {
            headers = Map.copyOf(headers);
        }

        Entry(String stamp, byte[] body, String contentType, String cacheControl, String etag) {
            this(stamp, body, contentType, cacheControl, etag, Map.of());
        }

        long size() {
            return body.length + 256L;
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    PublicPageCache(@Value("${nastavnik.publishing.page-cache-bytes:67108864}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The page under {@code key} if it was rendered under {@code stamp}; null otherwise (a stale one is dropped). */
    Entry get(String key, String stamp) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && entry.stamp().equals(stamp)) {
                hits.incrementAndGet();
                return entry;
            }
            if (entry != null) {
                remove(key);
            }
        }
        misses.incrementAndGet();
        return null;
    }

    void put(String key, Entry entry) {
        if (entry.size() > maxBytes / 4) {
            return;
        }
        synchronized (entries) {
            remove(key);
            entries.put(key, entry);
            bytes += entry.size();
            var eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().size();
                eldest.remove();
            }
        }
    }

    private void remove(String key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.size();
        }
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    /** How many pages and bytes it holds now. */
    Map<String, Long> size() {
        synchronized (entries) {
            return Map.of("pages", (long) entries.size(), "bytes", bytes);
        }
    }
}
