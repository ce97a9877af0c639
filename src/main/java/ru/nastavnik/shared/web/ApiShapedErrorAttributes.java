package ru.nastavnik.shared.web;

import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that reach {@code /error} — a form or upload over the size limit, a body refused by a filter — in the
 * one documented shape, in Russian: {@code {status, title, errors}} for the API, the same attributes for the
 * error page. Spring's default would answer in English with a path and a timestamp.
 */
@Component
class ApiShapedErrorAttributes extends DefaultErrorAttributes {

    private final ApiErrorWriter errors;

    ApiShapedErrorAttributes(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Object status = super.getErrorAttributes(request, ErrorAttributeOptions.defaults())
                .get("status");
        int code = status instanceof Integer i ? i : 500;
        Map<String, Object> body = errors.body(code, titleKey(code), List.of());
        // the Russian reason a filter gave for refusing the request (RequestTextFilter), shown on the error page
        Object refusal = request.getAttribute(RequestTextFilter.PROBLEM, RequestAttributes.SCOPE_REQUEST);
        if (refusal != null) {
            body.put("refusal", refusal);
        }
        return body;
    }

    static String titleKey(int status) {
        return switch (status) {
            case 400 -> "error.badRequest";
            case 401 -> "error.unauthorized";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 411 -> "error.lengthRequired";
            case 413 -> "error.requestTooLarge";
            case 414, 431 -> "error.requestTooLong";
            default -> status >= 500 ? "error.server" : "error.badRequest";
        };
    }
}
