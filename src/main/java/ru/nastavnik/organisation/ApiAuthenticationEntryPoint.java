package ru.nastavnik.organisation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import ru.nastavnik.shared.web.ApiErrorWriter;

/** 401 in JSON with a Russian message, and the Basic challenge so that curl and browsers know what to send. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ApiErrorWriter errors;

    ApiAuthenticationEntryPoint(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Nastavnik\"");
        errors.write(response, 401, ex instanceof LockedException ? "login.locked" : "error.unauthorized");
    }
}
