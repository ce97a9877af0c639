package ru.nastavnik.shared.web;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
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
 * (or tries to store) a NUL, a bidirectional override, an invisible-only value or a text longer than
 * {@link UnsafeText#LONGEST} characters; every date and time stays within years 1–9999 ({@link CalendarYears}); a list
 * holds no {@code null} (a service iterating it met a NullPointerException) and at most {@value #LONGEST_LIST}
 * elements. The API answers 400 naming the field
 * ({@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class SafeTextJson {

    /**
     * No list a client sends holds more than {@value #LONGEST_LIST} elements: the largest school's staff is a few
     * hundred, a region's lists (proposals approved at once, a questionnaire's invitations) some thousands; a longer
     * one is a mistake or an attack, and a service would work through every element (ten thousand consent requests in
     * one call took eight seconds), so it is refused while being read.
     */
    static final int LONGEST_LIST = 10_000;

    @Bean
    JacksonModule safeTextModule() {
        return new SimpleModule("nastavnik-safe-text")
                .addDeserializer(String.class, new SafeStringDeserializer())
                .setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyDeserializer(
                            DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> reader) {
                        return Temporal.class.isAssignableFrom(bean.getBeanClass())
                                ? new Checked(
                                        reader,
                                        value -> CalendarYears.far(value) ? CalendarYears.MESSAGE_KEY + ".field" : null)
                                : reader;
                    }

                    @Override
                    public ValueDeserializer<?> modifyCollectionDeserializer(
                            DeserializationConfig config,
                            CollectionType type,
                            BeanDescription.Supplier bean,
                            ValueDeserializer<?> reader) {
                        return new Checked(reader, SafeTextJson::listProblem);
                    }
                });
    }

    /**
     * A value read by Jackson's own reader, then refused with the message key {@code problem} answers (null: none),
     * naming the field. Only what a client sends is judged: the same mapper reads the event publication registry's
     * stored events back on a restart, outside any request, and a stored event is never refused.
     */
    static final class Checked extends DelegatingDeserializer {

        private final Function<Object, String> problem;

        Checked(ValueDeserializer<?> reader, Function<Object, String> problem) {
            super(reader);
            this.problem = problem;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> reader) {
            return new Checked(reader, problem);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            String refused = RequestContextHolder.getRequestAttributes() == null ? null : problem.apply(value);
            if (refused != null) {
                throw new RefusedValueException(refused);
            }
            return value;
        }
    }

    /** A list (or set) with a {@code null} in it — a service iterating it failed — or too long to be meant. */
    private static String listProblem(Object value) {
        if (!(value instanceof Collection<?> list)) {
            return null;
        }
        if (list.size() > LONGEST_LIST) {
            return "error.unreadable.tooLong";
        }
        return list.stream().anyMatch(Objects::isNull) ? "error.unreadable.nullElement" : null;
    }

    static final class SafeStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            // the length only of what a client sends: a stored event read back on a restart is never refused
            String problem = RequestContextHolder.getRequestAttributes() == null
                    ? UnsafeText.problem(value)
                    : UnsafeText.sentProblem(value);
            if (problem != null) {
                throw new RefusedValueException(problem);
            }
            return value;
        }
    }

    /**
     * A value refused while being read (unsafe text, a date out of range, a list with a null or too long): carries the
     * message key out of the reader; the API's handler names the field from the reader's path.
     */
    static final class RefusedValueException extends RuntimeException {

        private final String messageKey;

        RefusedValueException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
