package ru.nastavnik.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The application's texts ({@code spring.messages.*}, as Spring Boot would configure them) answered from one merged
 * map per locale ({@link MergedMessageSource}). With {@code spring.messages.cache-duration} set (bundles reloaded
 * while running) the plain {@link ResourceBundleMessageSource} answers, since a merged map would never reload.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties nastavnikMessageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(MessageSourceProperties properties) {
        MergedMessageSource.BundleLoader loader = loader(properties);
        return properties.getCacheDuration() != null ? loader : new MergedMessageSource(loader);
    }

    /** Spring Boot's own configuration of its ResourceBundleMessageSource (MessageSourceAutoConfiguration). */
    static MergedMessageSource.BundleLoader loader(MessageSourceProperties properties) {
        MergedMessageSource.BundleLoader loader = new MergedMessageSource.BundleLoader();
        if (!properties.getBasename().isEmpty()) {
            loader.setBasenames(properties.getBasename().toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            loader.setDefaultEncoding(properties.getEncoding().name());
        }
        loader.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            loader.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        loader.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        loader.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        loader.setCommonMessages(commonMessages(properties));
        return loader;
    }

    private static Properties commonMessages(MessageSourceProperties properties) {
        if (properties.getCommonMessages() == null
                || properties.getCommonMessages().isEmpty()) {
            return null;
        }
        Properties common = new Properties();
        for (Resource resource : properties.getCommonMessages()) {
            try {
                PropertiesLoaderUtils.fillProperties(common, resource);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to load common messages from " + resource, e);
            }
        }
        return common;
    }
}
