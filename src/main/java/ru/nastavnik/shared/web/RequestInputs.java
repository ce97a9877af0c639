package ru.nastavnik.shared.web;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a JSON API call sent, by name: the body's fields ({@code members[].person}, and each field's own name), the
 * path variables and the request parameters. A refusal may name only these: a service names its aggregate's state
 * («status», «kind») or its page form's field, which a client cannot find in what she sent.
 */
final class RequestInputs {

    private static final int MAX_DEPTH = 5;
    private static final Map<Method, Optional<Set<String>>> BY_HANDLER = new ConcurrentHashMap<>();

    private RequestInputs() {}

    /**
     * The names of the call's inputs: its path variables and parameters, and its JSON body's fields. {@code null}
     * (nothing judged) for a read, for a call that sends a file or a form record, whose rows and columns a refusal
     * names, and for a body with keys of its own choosing (a questionnaire's answers by question: any name may be
     * the client's).
     */
    static Set<String> of(HandlerMethod handler) {
        return BY_HANDLER
                .computeIfAbsent(handler.getMethod(), m -> Optional.ofNullable(names(handler)))
                .orElse(null);
    }

    /** {@code members[2].person} is the body's {@code members[].person}; a field's own name is enough too. */
    static boolean names(Set<String> inputs, String field) {
        String path = field.replaceAll("\\[\\d*]", "[]");
        String bare = path.replace("[]", "");
        return inputs.contains(path) || inputs.contains(bare.substring(bare.lastIndexOf('.') + 1));
    }

    /** The call's input names, or {@code null} when they cannot be known. */
    private static Set<String> names(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping != null && java.util.Arrays.asList(mapping.method()).contains(RequestMethod.GET)) {
            // a read refused for the record's state («a protocol needs its number, chair and secretary») names the
            // record's fields, which the client reads and fills in: nothing she sent to mistake them for
            return null;
        }
        Set<String> names = new HashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (path != null) {
                names.add(path.value().isEmpty() ? parameter.getParameterName() : path.value());
            } else if (param != null && !MultipartFile.class.isAssignableFrom(type)) {
                names.add(param.value().isEmpty() ? parameter.getParameterName() : param.value());
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                // a list or a value as the whole body has no field names of its own to compare with
                if (!type.isRecord() || !fields(parameter.getGenericParameterType(), "", 0, names)) {
                    return null;
                }
            } else if (!context(parameter)) {
                // a file, or a form record bound from the parameters: its refusals name its rows and columns
                return null;
            }
        }
        return Set.copyOf(names);
    }

    /** Who calls, the version she read, the request itself: nothing a refusal could name. */
    private static boolean context(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                || parameter.hasParameterAnnotation(RequestHeader.class)
                || WebRequest.class.isAssignableFrom(type)
                || type.getName().startsWith("jakarta.servlet.")
                || java.security.Principal.class.isAssignableFrom(type)
                || type == java.util.Locale.class;
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
