package ru.nastavnik.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every controller binds the same way: typed ids from paths and parameters; a file form's text checked. */
@Configuration(proxyBeanMethods = false)
class WebBinding implements WebMvcConfigurer {

    private final MultipartTextCheck multipartText;

    WebBinding(MultipartTextCheck multipartText) {
        this.multipartText = multipartText;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(multipartText);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new TypedIdConverter());
    }
}
