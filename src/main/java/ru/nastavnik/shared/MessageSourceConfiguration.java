package ru.nastavnik.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Replaces Spring Boot's message source (its auto-configuration steps aside for a bean named {@code messageSource})
 * with {@link UnlockedMessageSource}, configured from the same {@code spring.messages.*} properties as Boot's.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    @Bean
    @ConfigurationProperties(prefix = "spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        return configured(new UnlockedMessageSource(), properties);
    }

    /** What Boot's {@code MessageSourceAutoConfiguration} sets, setting for setting. */
    static UnlockedMessageSource configured(UnlockedMessageSource source, MessageSourceProperties properties) {
        if (!properties.getBasename().isEmpty()) {
            source.setBasenames(properties.getBasename().toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        if (properties.getCommonMessages() != null) {
            source.setCommonMessages(commonMessages(properties));
        }
        return source;
    }

    private static Properties commonMessages(MessageSourceProperties properties) {
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
