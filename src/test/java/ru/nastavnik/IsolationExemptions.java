package ru.nastavnik;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes that take an id yet need no cross-tenant probe, each with the reason. An entry names one route pattern, or
 * every route under it when it ends with {@code /**}; {@link IsolationCoverageTests} fails on an entry that no
 * longer names a route, so the list cannot rot.
 */
final class IsolationExemptions {

    private static final Map<String, String> REASONS = new LinkedHashMap<>();

    static {
        String section = "/o/{slug}/nastavnichestvo";
        String published = "the anonymous public section: only published items whose people consented to "
                + "distribution; the slug is public and `school` only filters a territory's section (drafts are "
                + "probed by PublishingIsolationTests, PublishingSiteIsolationTests, PublishingScheduleIsolationTests)";
        for (String page : List.of(
                "",
                "/api/documents",
                "/api/events",
                "/api/practices",
                "/api/publications",
                "/atom.xml",
                "/rss.xml",
                "/sitemap.xml",
                "/widget",
                "/widget.js",
                "/dlya-slabovidyashchih")) {
            exempt(section + page, published);
        }
        String link = "a personal link: the random token is the respondent's only credential, bound to no session and "
                + "to no organisation the caller could swap";
        exempt("/s/{token}/**", link);
        exempt("/api/v1/public/answers/{token}/**", link);
        exempt("/calendar/feeds/{token}.ics", "a personal calendar feed: the random token is its only credential");
        String own = "the signed-in mentee's own wishes, found from her account: a mentor not offered to her by the "
                + "standing search is refused (MatchingWishes.choose), and removing touches only her own";
        exempt("/matching/my/wishes", own);
        exempt("/matching/my/wishes/delete", own);
        exempt("/api/v1/me/mentor-wishes/{mentorId}", own);
    }

    private IsolationExemptions() {}

    private static void exempt(String prefix, String reason) {
        REASONS.put(prefix, reason);
    }

    static Optional<String> reasonFor(String pattern) {
        return REASONS.entrySet().stream()
                .filter(entry -> covers(entry.getKey(), pattern))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    static boolean covers(String entry, String pattern) {
        return entry.endsWith("/**")
                ? pattern.startsWith(entry.substring(0, entry.length() - 3))
                : entry.equals(pattern);
    }

    static Set<String> entries() {
        return REASONS.keySet();
    }
}
