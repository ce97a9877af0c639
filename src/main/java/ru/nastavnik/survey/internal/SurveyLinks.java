package ru.nastavnik.survey.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.PublicBaseUrl;

/** Where a personal link points: the system's public address ({@link PublicBaseUrl}), never the request's {@code Host}. */
@Component
class SurveyLinks {

    private final String base;

    SurveyLinks(
            @Value("${nastavnik.public-base-url:${nastavnik.public-url:}}") String configured,
            @Value("${server.port:8080}") int port) {
        this.base = PublicBaseUrl.normalise(configured, port);
    }

    String of(String token) {
        return base + "/s/" + token;
    }

    String cabinet() {
        return base + "/survey/my";
    }
}
