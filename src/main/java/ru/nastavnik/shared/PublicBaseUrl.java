package ru.nastavnik.shared;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The system's address as people reach it ({@code nastavnik.public-base-url}), for links in letters and documents.
 * Never the request's {@code Host}: whoever sends a request with a forged one would get letters whose links lead to
 * her site. Unset, links point to this machine, which only suits a trial run.
 */
@Component
public class PublicBaseUrl {

    private static final Logger LOG = LoggerFactory.getLogger(PublicBaseUrl.class);

    private final String base;

    PublicBaseUrl(
            @Value("${nastavnik.public-base-url:${nastavnik.public-url:}}") String configured,
            @Value("${server.port:8080}") int port) {
        this.base = normalise(configured, port);
    }

    /** The address without a trailing slash; refused unless http(s) with a host. */
    public static String normalise(String configured, int port) {
        String trimmed = configured == null ? "" : configured.strip();
        if (trimmed.isEmpty()) {
            LOG.warn("nastavnik.public-base-url is not set: links in letters point to http://localhost:{}", port);
            trimmed = "http://localhost:" + port;
        }
        URI uri = URI.create(trimmed);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("nastavnik.public-base-url must be an http(s) address, was " + configured);
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** {@code path} (starting with a slash) on the public address. */
    public String of(String path) {
        return base + path;
    }
}
