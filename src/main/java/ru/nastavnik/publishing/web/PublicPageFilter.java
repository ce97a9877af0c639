package ru.nastavnik.publishing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ru.nastavnik.publishing.internal.PageVersions;

/**
 * Serves the public section's list pages — the section (a school's or an area's), its events, practices and documents,
 * its version for the visually impaired, its feeds, its widget and its public API's lists — from {@link PublicPageCache} while the organisation's version stamp in PostgreSQL is the one the page was
 * rendered under: one query instead of rendering, and right on every node, since every node reads the same stamp and
 * a change bumps it in its own transaction. The key holds the address's parameters that change the page and today's
 * date (the roadmap's statuses are derived from it). The cache's ETag is a digest of the bytes, so a 304 is only
 * answered for exactly what the reader holds. Runs after the security chain: its headers are written as for any page.
 */
@Component
class PublicPageFilter extends OncePerRequestFilter implements Ordered {

    private static final Pattern PAGE = Pattern.compile("^/o/([^/]+)/nastavnichestvo(|/events|/practices|/documents"
            + "|/rss\\.xml|/atom\\.xml|/widget|/dlya-slabovidyashchih"
            + "|/api/publications|/api/events|/api/practices|/api/documents|/api/figures)$");
    /** The headers a page's controller writes that a cached answer repeats (the API's CORS and paging headers). */
    private static final List<String> KEPT_HEADERS =
            List.of("Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "X-Total-Count", HttpHeaders.LINK);

    private static final List<String> PARAMETERS = List.of("school", "topic", "stage", "page", "n");
    private static final Set<String> CONDITIONAL =
            Set.of("if-none-match", "if-modified-since", "if-match", "if-unmodified-since");

    private final PageVersions versions;
    private final PublicPageCache cache;
    private final Clock clock;

    PublicPageFilter(PageVersions versions, PublicPageCache cache, Clock clock) {
        this.versions = versions;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        // after Spring Security's chain (-100): its headers (CSP, frame options) are written on every answer
        return 0;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/o/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher page = PAGE.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        Optional<PageVersions.Stamp> stamp =
                page.matches() ? versions.stamp(page.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
        if (stamp.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(stamp.get(), page.group(1).toLowerCase(Locale.ROOT), page.group(2), request);
        PublicPageCache.Entry cached = cache.get(key, stamp.get().value());
        if (cached != null) {
            answer(cached, request, response);
            return;
        }
        // the stamp was read before the page: a change committed meanwhile makes the next stamp differ from it
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(new Unconditional(request), rendered);
        if (rendered.getStatus() != HttpServletResponse.SC_OK || rendered.containsHeader(HttpHeaders.SET_COOKIE)) {
            rendered.copyBodyToResponse();
            return;
        }
        byte[] body = rendered.getContentAsByteArray();
        PublicPageCache.Entry entry = new PublicPageCache.Entry(
                stamp.get().value(),
                body,
                rendered.getContentType(),
                rendered.getHeader(HttpHeaders.CACHE_CONTROL),
                etag(stamp.get().value(), body),
                kept(rendered));
        cache.put(key, entry);
        rendered.resetBuffer();
        answer(entry, request, response);
    }

    private String key(PageVersions.Stamp stamp, String slug, String kind, HttpServletRequest request) {
        StringBuilder key = new StringBuilder()
                .append(stamp.organisation().value())
                .append('|')
                .append(slug)
                .append('|')
                .append(kind)
                .append('|')
                // the hour, not Moscow's date: a page's statuses follow its schools' own dates, and every Russian
                // zone's midnight falls on a whole UTC hour (an area's schools may lie in several zones)
                .append(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS));
        for (String name : PARAMETERS) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                key.append('|').append(name).append('=').append(String.join(",", values));
            }
        }
        return key.toString();
    }

    private static Map<String, String> kept(HttpServletResponse rendered) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = rendered.getHeader(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return kept;
    }

    private static void answer(PublicPageCache.Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        entry.headers().forEach(response::setHeader);
        response.setHeader(HttpHeaders.ETAG, entry.etag());
        if (entry.cacheControl() != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, entry.cacheControl());
        }
        if (matches(request.getHeaders(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    private static boolean matches(Enumeration<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String header : Collections.list(ifNoneMatch)) {
            for (String tag : header.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A digest of the bytes and of the stamp: after any change the reader gets the page again, as before the cache. */
    static String etag(String stamp, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest.digest(body), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request as the page's controller sees it on a miss: never conditional, so it always renders the page. */
    private static final class Unconditional extends HttpServletRequestWrapper {

        Unconditional(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return CONDITIONAL.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return CONDITIONAL.contains(name.toLowerCase(Locale.ROOT))
                    ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return CONDITIONAL.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
        }
    }
}
