package ru.nastavnik;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Whether a handler takes an organisation or an entity id besides its path: a request parameter named
 * {@code organisation}, {@code school} or {@code *Id(s)}, or of a typed id ({@code OrganisationId}, {@code PersonId}),
 * or a form object of ours with such a field. Such a route can be asked about another tenant's records.
 */
final class IdParameters {

    private IdParameters() {}

    static boolean takesAnId(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(IdParameters::carriesAnId);
    }

    private static boolean carriesAnId(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        Class<?> type = parameter.getParameterType();
        if (param != null) {
            String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
            return idName(name) || typedId(type);
        }
        boolean form = parameter.hasParameterAnnotation(ModelAttribute.class)
                || (parameter.getParameterAnnotations().length == 0 && ours(type) && !typedId(type) && !type.isEnum());
        return form && fields(type).anyMatch(field -> idName(field.getName()) || typedId(field.getType()));
    }

    private static Stream<Field> fields(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .map(name -> field(type, name));
        }
        return Arrays.stream(type.getDeclaredFields());
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean idName(String name) {
        return name != null
                && (name.equals("organisation")
                        || name.equals("school")
                        || name.endsWith("Id")
                        || name.endsWith("Ids"));
    }

    private static boolean typedId(Class<?> type) {
        return ours(type) && type.isRecord() && type.getSimpleName().endsWith("Id");
    }

    private static boolean ours(Class<?> type) {
        return type.getName().startsWith("ru.nastavnik.");
    }
}
