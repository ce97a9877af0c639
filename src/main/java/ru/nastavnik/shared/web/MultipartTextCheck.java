package ru.nastavnik.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * The text fields of a form sent with a file (a course's certificate, an order's scan, an evidence document) pass the
 * same check as every other parameter ({@link RequestTextFilter}) once Spring has read the parts and before the
 * controller sees them: a NUL in a title would otherwise reach PostgreSQL, which refuses it with a server error.
 */
@Component
class MultipartTextCheck implements HandlerInterceptor {

    private final RequestTextFilter filter;

    MultipartTextCheck(RequestTextFilter filter) {
        this.filter = filter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        // the error page's forward of a refused request reads the same parts again: refused once, not twice
        if (request.getDispatcherType() != DispatcherType.REQUEST
                || WebUtils.getNativeRequest(request, MultipartRequest.class) == null) {
            return true;
        }
        RequestTextFilter.Problem problem = RequestTextFilter.check(RequestTextFilter.each(request.getParameterMap()));
        if (problem == null) {
            return true;
        }
        filter.refuse(request, response, problem);
        return false;
    }
}
