package ru.nastavnik.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The URL of a static file with its content hash ({@code ${#assets.url('/css/app.css')}} in the layout), so that
 * it can be cached for a year. Only the few asset links ask: the filter Spring Boot would otherwise add looked every
 * link of every page up as a classpath resource, which made pages four times slower.
 */
public class Assets {

    private final ResourceUrlProvider urls;
    /** The versioned URL of each path the templates name (a handful): a content hash changes only with the jar. */
    private final Map<String, String> versioned = new ConcurrentHashMap<>();

    Assets(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    public String url(String path) {
        return versioned.computeIfAbsent(path, this::lookUp);
    }

    private String lookUp(String path) {
        String found = urls.getForLookupPath(path);
        return found == null ? path : found;
    }

    @Configuration(proxyBeanMethods = false)
    static class NoLinkRewriting {

        @Bean
        ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
            return new ResourceUrlEncodingFilter();
        }

        @Bean
        FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff(
                ResourceUrlEncodingFilter filter) {
            FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(filter);
            registration.setEnabled(false);
            return registration;
        }
    }
}
