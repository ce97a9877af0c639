package ru.nastavnik.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import ru.nastavnik.shared.Ids;

/**
 * Binds a typed id ({@code MentorshipId}, {@code PersonId} … — a record of one {@link UUID}) from a path variable
 * or a request parameter, so that a handler takes {@code @PathVariable MentorshipId id} instead of parsing a
 * string. A malformed id is "not found" ({@link Ids#parse}), which the error handlers answer with a 404.
 */
final class TypedIdConverter implements ConditionalGenericConverter {

    private final Map<Class<?>, Constructor<?>> constructors = new ConcurrentHashMap<>();

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, Record.class));
    }

    @Override
    public boolean matches(TypeDescriptor source, TypeDescriptor target) {
        return isTypedId(target.getType());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || ((String) source).isBlank()) {
            return null;
        }
        Constructor<?> constructor = constructors.computeIfAbsent(targetType.getType(), TypedIdConverter::constructor);
        try {
            return constructor.newInstance(Ids.parse((String) source));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot make " + targetType.getType().getSimpleName(), e);
        }
    }

    static boolean isTypedId(Class<?> type) {
        if (!type.isRecord() || !type.getPackageName().startsWith("ru.nastavnik")) {
            return false;
        }
        RecordComponent[] components = type.getRecordComponents();
        return components.length == 1 && components[0].getType() == UUID.class;
    }

    private static Constructor<?> constructor(Class<?> type) {
        try {
            return type.getDeclaredConstructor(UUID.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no constructor of its UUID", e);
        }
    }
}
