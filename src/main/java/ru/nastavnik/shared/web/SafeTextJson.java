package ru.nastavnik.shared.web;

import java.time.temporal.Temporal;
import java.util.function.Predicate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.shared.UnsafeText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;

/**
 * Every string of every JSON body passes {@link UnsafeText} while it is read, so that no service ever receives
 * (or tries to store) a NUL, a bidirectional override or an invisible-only value; every date and time stays within
 * years 1–9999 ({@link CalendarYears}); a list holds no {@code null} (a service iterating it met a
 * NullPointerException) and at most {@value #LONGEST_LIST} elements. The API answers 400 naming the field
 * ({@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class SafeTextJson {

    @Bean
    JacksonModule safeTextModule() {
        return new SimpleModule("nastavnik-safe-text")
                .addDeserializer(String.class, new SafeStringDeserializer())
                .setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyDeserializer(
                            DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> reader) {
                        return Temporal.class.isAssignableFrom(bean.getBeanClass())
                                ? new Checked(reader, CalendarYears::far, CalendarYears.MESSAGE_KEY + ".field")
                                : reader;
                    }

                    @Override
                    public ValueDeserializer<?> modifyCollectionDeserializer(
                            DeserializationConfig config,
                            CollectionType type,
                            BeanDescription.Supplier bean,
                            ValueDeserializer<?> reader) {
                        return new Checked(
                                reader,
                                list -> list instanceof java.util.Collection<?> c && c.size() > LONGEST_LIST,
                                "error.unreadable.tooLong");
                    }
                });
    }

    /**
     * No list a school sends holds more than {@value #LONGEST_LIST} elements (the largest school's staff is a few
     * hundred); a longer one is a mistake or an attack, and a service would work through every element (ten thousand
     * consent requests in one call took eight seconds), so it is refused while being read.
     */
    static final int LONGEST_LIST = 10_000;

    /** A value read by Jackson's own reader, then refused when {@code refused} says so, naming the field. */
    static final class Checked extends DelegatingDeserializer {

        private final Predicate<Object> refused;
        private final String messageKey;

        Checked(ValueDeserializer<?> reader, Predicate<Object> refused, String messageKey) {
            super(reader);
            this.refused = refused;
            this.messageKey = messageKey;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> reader) {
            return new Checked(reader, refused, messageKey);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (refused.test(value)) {
                throw new UnsafeTextException(messageKey);
            }
            return value;
        }
    }

    /** {@code [null]} or {@code ["a", null]} in a list or a set is refused while being read, naming the element. */
    @Bean
    JsonMapperBuilderCustomizer noNullsInLists() {
        return builder -> builder.changeDefaultNullHandling(
                handling -> handling.withContentNulls(com.fasterxml.jackson.annotation.Nulls.FAIL));
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

    /**
     * A value refused while being read (unsafe text, a date out of range): carries the message key out of the reader;
     * the API's handler names the field from the reader's path.
     */
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
