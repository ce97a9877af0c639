package ru.nastavnik.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The request a page is rendered with: the attributes Thymeleaf sets while rendering (the model, every th:each and
 * th:with variable, a fragment's parameters, restored as each element closes) are kept in one map here. Thymeleaf
 * keeps its variables as request attributes, so every {@code ${…}} of a page went through the security's, the
 * session's and the firewall's request wrappers down to Tomcat's attribute lookups: a tenth to a fifth of a page's
 * processor time under load (docs/perf-load.md). Attributes set before rendering (the CSRF token, the dispatcher's)
 * are read through the wrapped request; nothing set here outlives the rendering.
 */
final class RenderingRequest extends HttpServletRequestWrapper {

    /** Marks an attribute removed while rendering, hiding one of the wrapped request's. */
    private static final Object REMOVED = new Object();

    private final Map<String, Object> attributes = new HashMap<>(128);

    RenderingRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Object getAttribute(String name) {
        Object value = attributes.get(name);
        if (value == null) {
            return super.getAttribute(name);
        }
        return value == REMOVED ? null : value;
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            removeAttribute(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.put(name, REMOVED);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
        attributes.forEach((name, value) -> {
            if (value == REMOVED) {
                names.remove(name);
            } else {
                names.add(name);
            }
        });
        return Collections.enumeration(names);
    }
}
