package ru.nastavnik.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf's caches sized for this application's templates. Thymeleaf keeps 200 parsed templates and 500 parsed
 * expressions by default; the system has about 140 templates (each fragment chosen by a selector is an entry of its
 * own) and about 5,400 distinct expressions (whole attribute values and the expressions in them), a {@code ${…}}
 * cached once more as compiled SpEL. With the defaults a real mix of pages evicts what the next page needs: it parses
 * its template and expressions again and compiles their SpEL to new classes again — a curator's mix of 92 pages ran
 * at 96–99 requests a second with the defaults, 127–141 with these sizes (docs/perf-load.md, «session 29»). The
 * entries stay soft references, as Thymeleaf's own are, so the heap can still take them back. Both sizes can be set
 * ({@code nastavnik.thymeleaf.template-cache}, {@code nastavnik.thymeleaf.expression-cache}) for such a comparison.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

    static final int TEMPLATES = 1_000;
    static final int EXPRESSIONS = 20_000;

    @Bean
    static BeanPostProcessor templateCacheSizes(Environment environment) {
        Binder binder = Binder.get(environment);
        int templates =
                binder.bind("nastavnik.thymeleaf.template-cache", Integer.class).orElse(TEMPLATES);
        int expressions = binder.bind("nastavnik.thymeleaf.expression-cache", Integer.class)
                .orElse(EXPRESSIONS);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setCacheManager(manager(templates, expressions));
                }
                return bean;
            }
        };
    }

    static StandardCacheManager manager(int templates, int expressions) {
        StandardCacheManager manager = new StandardCacheManager();
        manager.setTemplateCacheMaxSize(templates);
        manager.setExpressionCacheMaxSize(expressions);
        return manager;
    }
}
