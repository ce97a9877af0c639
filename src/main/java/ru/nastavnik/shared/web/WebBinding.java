package ru.nastavnik.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every controller binds the same way: typed ids from paths and parameters. */
@Configuration(proxyBeanMethods = false)
class WebBinding implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new TypedIdConverter());
    }
}
