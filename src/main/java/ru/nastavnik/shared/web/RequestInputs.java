package ru.nastavnik.shared.web;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * What a JSON API call sent, by name: the body's fields ({@code members[].person}, and each field's own name), the
 * path variables and the request parameters. A refusal may name only these: a service names its aggregate's state
 * («status», «kind») or its page form's field, which a client cannot find in what she sent.
 */
final class RequestInputs {

    private static final int MAX_DEPTH = 5;
    private static final Map<Method, Set<String>> BY_HANDLER = new ConcurrentHashMap<>();

    private RequestInputs() {}

    /**
     * The names of the call's inputs; empty when the handler takes no JSON body (a form, a file, a query) or one with
     * keys of its own choosing (a questionnaire's answers by question: any name may be the client's).
     */
    static Set<String> of(HandlerMethod handler) {
        return BY_HANDLER.computeIfAbsent(handler.getMethod(), m -> names(handler));
    }

    /** {@code members[2].person} is the body's {@code members[].person}; a field's own name is enough too. */
    static boolean names(Set<String> inputs, String field) {
        String path = field.replaceAll("\\[\\d*]", "[]");
        String bare = path.replace("[]", "");
        return inputs.contains(path) || inputs.contains(bare.substring(bare.lastIndexOf('.') + 1));
    }

    private static Set<String> names(HandlerMethod handler) {
        Set<String> names = new HashSet<>();
        boolean body = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (path != null) {
                names.add(path.value().isEmpty() ? parameter.getParameterName() : path.value());
            } else if (param != null) {
                names.add(param.value().isEmpty() ? parameter.getParameterName() : param.value());
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = true;
                // a list or a value as the whole body has no field names of its own to compare with
                if (!parameter.getParameterType().isRecord()
                        || !fields(parameter.getGenericParameterType(), "", 0, names)) {
                    return Set.of();
                }
            }
        }
        return body ? Set.copyOf(names) : Set.of();
    }

    /** Adds the type's field paths; false when a part of it is a map or a free JSON tree, whose keys are anyone's. */
    private static boolean fields(Type type, String prefix, int depth, Set<String> into) {
        Class<?> raw = type instanceof Class<?> c
                ? c
                : type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
        if (raw == null || depth > MAX_DEPTH) {
            return true;
        }
        if (Map.class.isAssignableFrom(raw)
                || raw == Object.class
                || raw.getName().startsWith("tools.jackson")) {
            return false;
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            return fields(generic.getActualTypeArguments()[0], prefix + "[]", depth + 1, into);
        }
        if (!raw.isRecord() || raw.getPackageName().startsWith("java")) {
            return true;
        }
        boolean closed = true;
        for (RecordComponent component : raw.getRecordComponents()) {
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            into.add(path);
            into.add(component.getName());
            closed &= fields(component.getGenericType(), path, depth + 1, into);
        }
        return closed;
    }
}
