package ru.nastavnik.shared.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** The error page's Russian explanation of a refused request, when the refusal gave one ({@link RequestTextFilter}). */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object problem = request.getAttribute(RequestTextFilter.PROBLEM, RequestAttributes.SCOPE_REQUEST);
        if (problem != null) {
            attributes.put("refusal", problem);
        }
        return attributes;
    }
}
