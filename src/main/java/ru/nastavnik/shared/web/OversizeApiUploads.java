package ru.nastavnik.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over {@code spring.servlet.multipart.max-request-size} fails before any controller is chosen, so
 * no API advice applies; left to Spring it becomes a 413 whose error page fails on the same body again and
 * answers nothing. Under {@code /api/} it is answered here, in the documented shape.
 */
@Component
class OversizeApiUploads implements HandlerExceptionResolver, Ordered {

    private final ApiErrorWriter errors;

    OversizeApiUploads(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(ex instanceof MaxUploadSizeExceededException)
                || handler != null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        try {
            errors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.requestTooLarge");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /** Before Spring's own resolvers, and only where they would have no controller to go by. */
    @Override
    public int getOrder() {
        return -1;
    }
}
