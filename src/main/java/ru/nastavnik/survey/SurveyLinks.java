package ru.nastavnik.survey;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a personal link points: {@code nastavnik.public-base-url}, the system's address as people reach it.
 * Never the request's {@code Host}: whoever sends a request with a forged one would get letters whose links lead
 * to her site, personal tokens included. Unset, links point to this machine, which only suits a trial run.
 */
@Component
class SurveyLinks {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyLinks.class);

    private final String base;

    SurveyLinks(@Value("${nastavnik.public-base-url:${nastavnik.public-url:}}") String configured,
            @Value("${server.port:8080}") int port) {
        String trimmed = configured.strip();
        if (trimmed.isEmpty()) {
            LOG.warn("nastavnik.public-base-url is not set: links in letters point to http://localhost:{}", port);
            trimmed = "http://localhost:" + port;
        }
        URI uri = URI.create(trimmed);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("nastavnik.public-base-url must be an http(s) address, was " + configured);
        }
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    String of(String token) {
        return base + "/s/" + token;
    }

    String cabinet() {
        return base + "/survey/my";
    }
}
