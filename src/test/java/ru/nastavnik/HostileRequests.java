package ru.nastavnik;

import java.beans.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The requests of {@link HostileValuesWalkIntegrationTests} for one route: the route filled as the person-id walks
 * fill it ({@link PersonRouteRequests}, {@link PersonRouteBodies}) and its forms' fields plausible too, then each
 * request parameter, form field and JSON body field in turn given each of {@link HostileValues}.
 */
final class HostileRequests {

    private static final int BODY_DEPTH = 2;

    private final PersonRouteRequests requests;
    private final PersonRouteBodies bodies;
    private final String person;

    HostileRequests(Map<String, String> values, String person) {
        this.requests = new PersonRouteRequests(values);
        this.bodies = new PersonRouteBodies(values);
        this.person = person;
    }

    /** One request: {@code field} (empty for none) given the hostile value {@code value}. */
    record Variant(
            String route,
            String field,
            String value,
            String url,
            Map<String, List<String>> parameters,
            Object body,
            List<MockMultipartFile> files) {

        String describe() {
            return route + " " + field + " = " + value;
        }
    }

    /** Every hostile variant of the route; none for a route that takes nothing but its path. */
    List<Variant> variants(PersonRoutes.Route route) {
        String url = requests.url(route, person);
        Map<String, Type> fields = new LinkedHashMap<>();
        Map<String, List<String>> plausible = new LinkedHashMap<>();
        Object body = null;
        Type bodyType = null;
        List<MockMultipartFile> files = new ArrayList<>();
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                // a file the route takes, so that the form's other fields reach its service
                files.add(HostileFiles.plausible(
                        route.pattern(), PersonRoutes.boundName(parameter).orElse(parameter.getParameterName())));
            } else if (parameter.hasParameterAnnotation(RequestParam.class)
                    && Map.class.isAssignableFrom(parameter.getParameterType())) {
                // every parameter of the request (a questionnaire's answers, a form of many rows): one of them
                fields.put("q1", String.class);
            } else if (parameter.hasParameterAnnotation(RequestParam.class)) {
                fields.put(PersonRoutes.boundName(parameter).orElseThrow(), parameter.getGenericParameterType());
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                bodyType = parameter.getGenericParameterType();
                body = bodies.body(route, bodyType, person);
            } else if (form(parameter)) {
                formFields(parameter.getParameterType()).forEach((name, type) -> {
                    if (type == MultipartFile.class) {
                        files.add(HostileFiles.plausible(route.pattern(), name));
                        return;
                    }
                    fields.put(name, type);
                    Object value = PersonRoutes.carriesAPerson(name, type) ? person : bodies.body(route, type, person);
                    if (value != null) {
                        plausible.put(name, texts(value));
                    }
                });
            }
        }
        requests.parameters(route, person).forEach((name, value) -> plausible.put(name, List.of(value)));
        List<Variant> variants = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, Type> field : fields.entrySet()) {
            for (Map.Entry<String, String> value : HostileValues.parameter(
                            field.getValue(), route.read(), first, !route.read())
                    .entrySet()) {
                Map<String, List<String>> parameters = new LinkedHashMap<>(plausible);
                parameters.put(field.getKey(), List.of(value.getValue()));
                variants.add(new Variant(route.key(), field.getKey(), value.getKey(), url, parameters, body, files));
            }
            first = false;
        }
        if (bodyType != null) {
            boolean firstField = true;
            for (BodyField field : bodyFields(bodyType, body, new ArrayList<>(), 0)) {
                for (Map.Entry<String, Object> value : HostileValues.json(
                                field.type(), at(body, field.path()), firstField)
                        .entrySet()) {
                    Object changed = with(body, field.path(), 0, value.getValue());
                    variants.add(
                            new Variant(route.key(), field.describe(), value.getKey(), url, plausible, changed, files));
                }
                firstField = false;
            }
        }
        return variants;
    }

    /** A field of a JSON body: its path of names and list positions, and its declared type. */
    private record BodyField(List<Object> path, Type type) {

        String describe() {
            StringBuilder text = new StringBuilder("body:");
            for (Object step : path) {
                text.append(step instanceof Integer ? "[0]" : (text.length() > 5 ? "." : "") + step);
            }
            return text.toString();
        }
    }

    /** The body's fields: each component of the record, of a nested record and of a list's first record. */
    private static List<BodyField> bodyFields(Type type, Object plausible, List<Object> prefix, int depth) {
        List<BodyField> fields = new ArrayList<>();
        Class<?> raw = PersonRoutes.raw(type);
        if (raw == null || !raw.isRecord() || raw.getPackageName().startsWith("java") || depth > BODY_DEPTH) {
            return fields;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            List<Object> path = new ArrayList<>(prefix);
            path.add(component.getName());
            Type generic = component.getGenericType();
            fields.add(new BodyField(path, generic));
            Class<?> componentRaw = PersonRoutes.raw(generic);
            Object value = plausible instanceof Map<?, ?> map ? map.get(component.getName()) : null;
            if (componentRaw != null
                    && Collection.class.isAssignableFrom(componentRaw)
                    && generic instanceof ParameterizedType list
                    && value instanceof List<?> elements
                    && !elements.isEmpty()) {
                List<Object> first = new ArrayList<>(path);
                first.add(0);
                fields.addAll(bodyFields(list.getActualTypeArguments()[0], elements.get(0), first, depth + 1));
            } else if (componentRaw != null && componentRaw.isRecord() && !HostileValues.typedId(componentRaw)) {
                fields.addAll(bodyFields(generic, value, path, depth + 1));
            }
        }
        return fields;
    }

    private static Object at(Object body, List<Object> path) {
        Object at = body;
        for (Object step : path) {
            if (step instanceof Integer index && at instanceof List<?> list && list.size() > index) {
                at = list.get(index);
            } else if (at instanceof Map<?, ?> map) {
                at = map.get(step);
            } else {
                return null;
            }
        }
        return at;
    }

    /** A copy of the body with the value at the path replaced (added where the plausible body left it out). */
    private static Object with(Object body, List<Object> path, int step, Object value) {
        if (step == path.size()) {
            return value;
        }
        Object key = path.get(step);
        if (key instanceof Integer index && body instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list);
            copy.set(index, with(list.get(index), path, step + 1, value));
            return copy;
        }
        Map<Object, Object> copy = body instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : new LinkedHashMap<>();
        copy.put(key, with(copy.get(key), path, step + 1, value));
        return copy;
    }

    private static List<String> texts(Object value) {
        return value instanceof Collection<?> many
                ? many.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value));
    }

    /**
     * A form or query object bound from the request's parameters: the application's own type, not a principal, an
     * id or a value of one field, and not taken from the path, a header or the body.
     */
    private static boolean form(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        boolean bound = Arrays.stream(parameter.getParameterAnnotations())
                .map(Annotation::annotationType)
                .anyMatch(annotation -> !annotation.getSimpleName().equals("ModelAttribute")
                        && !annotation.getSimpleName().equals("ParameterObject")
                        && !annotation.getSimpleName().equals("Valid")
                        && !annotation.getSimpleName().equals("Validated"));
        return !bound
                && type.getPackageName().startsWith("ru.nastavnik")
                && !NastavnikPrincipal.class.isAssignableFrom(type)
                && !type.isEnum()
                && !type.isInterface()
                && !HostileValues.typedId(type)
                && !formFields(type).isEmpty();
    }

    /** A record's components, or a bean's writable properties, with their declared types. */
    private static Map<String, Type> formFields(Class<?> type) {
        Map<String, Type> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), component.getGenericType());
            }
            return fields;
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                fields.put(property.getName(), property.getWriteMethod().getGenericParameterTypes()[0]);
            }
        }
        return fields;
    }
}
