package ru.nastavnik.survey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where a personal link points: {@code nastavnik.public-url} when set (it must be, behind a proxy and for
 * reminders sent by the scheduler), else the address of the current request.
 */
@Component
class SurveyLinks {

    private final String configured;
    private final int port;

    SurveyLinks(@Value("${nastavnik.public-url:}") String configured, @Value("${server.port:8080}") int port) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        this.port = port;
    }

    String of(String token) {
        return base() + "/s/" + token;
    }

    String cabinet() {
        return base() + "/survey/my";
    }

    private String base() {
        if (!configured.isBlank()) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return "http://localhost:" + port;
    }
}
