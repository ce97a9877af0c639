package ru.nastavnik.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import ru.nastavnik.shared.web.ApiErrorWriter;

/**
 * 401 in JSON with a Russian message. No {@code WWW-Authenticate: Basic} challenge: a browser would then ask for
 * and cache the password and send it with cross-site requests, and the API has no CSRF protection (scripts send
 * credentials or a token with every call, as {@code curl -u} and {@code Authorization: Bearer} do).
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ApiErrorWriter errors;

    ApiAuthenticationEntryPoint(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        if (ex instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.seconds()));
            errors.write(response, 429, "login.wait");
            return;
        }
        errors.write(response, 401, "error.unauthorized");
    }
}
