package ru.nastavnik.shared.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request came from, for the audit log's "from where". Behind a proxy, set
 * {@code server.forward-headers-strategy=native} so that this is the client's address, not the proxy's.
 */
public final class RequestOrigin {

    private RequestOrigin() {}

    public static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
