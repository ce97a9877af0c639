package ru.nastavnik.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.shared.UnsafeText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string of every JSON body passes {@link UnsafeText} while it is read, so that no service ever receives
 * (or tries to store) a NUL, a bidirectional override or an invisible-only value; the API answers 400 naming the
 * field ({@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class SafeTextJson {

    @Bean
    JacksonModule safeTextModule() {
        return new SimpleModule("nastavnik-safe-text").addDeserializer(String.class, new SafeStringDeserializer());
    }

    static final class SafeStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            String problem = UnsafeText.problem(value);
            if (problem != null) {
                throw new UnsafeTextException(problem);
            }
            return value;
        }
    }

    /** Carries the message key out of the reader; the API's handler names the field from the reader's path. */
    static final class UnsafeTextException extends RuntimeException {

        private final String messageKey;

        UnsafeTextException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
