package ru.nastavnik.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** A Thymeleaf page rendered with its variables in memory ({@link RenderingRequest}), not in Tomcat's request. */
public class RenderingView extends ThymeleafView {

    @Override
    protected void renderFragment(
            Set<String> markupSelectors, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        super.renderFragment(markupSelectors, model, new RenderingRequest(request), response);
    }

    @Configuration(proxyBeanMethods = false)
    static class ViewClass {

        @Bean
        static BeanPostProcessor renderingViewClass() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof ThymeleafViewResolver resolver) {
                        resolver.setViewClass(RenderingView.class);
                    }
                    return bean;
                }
            };
        }
    }
}
