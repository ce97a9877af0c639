package ru.nastavnik;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.nastavnik.people.PersonId;

/**
 * The routes of the running application that take a person's id in the path, a request parameter (a
 * {@link PersonId}, a list of them, or a text parameter or form field named for a person) or a field of the JSON body
 * (named {@code body:<path>}, e.g. {@code body:people}, {@code body:members[].person}), read from the handler
 * mappings rather than kept by hand, so a route added tomorrow is walked by {@code PersonIdRoutesWalkIntegrationTests}
 * without anyone remembering to list it.
 */
final class PersonRoutes {

    /** The names a person's id travels under as plain text (the bank's entry forms, a pair's new mentor, …). */
    static final Set<String> PERSON_NAMES = Set.of(
            "person",
            "personId",
            "personIds",
            "mentee",
            "menteeId",
            "mentor",
            "mentorId",
            "leaving",
            "coming",
            "people",
            "present",
            "suggestFor");

    private PersonRoutes() {}

    /** One method and pattern of a handler, with the name of every parameter that carries a person's id. */
    record Route(String method, String pattern, HandlerMethod handler, List<String> personParameters) {

        String key() {
            return method + " " + pattern;
        }

        boolean read() {
            return method.equals("GET");
        }

        String describe() {
            return key() + "  (" + handler.getBeanType().getSimpleName() + "#"
                    + handler.getMethod().getName() + ")";
        }
    }

    /** The routes that take a person (a path variable, a parameter, a form's or a body's field). */
    static List<Route> of(ApplicationContext context) {
        return all(context).stream()
                .filter(r -> !r.personParameters().isEmpty())
                .toList();
    }

    /**
     * Every route of the handler mappings, one a method and pattern (GET and POST where the mapping names no method),
     * with the person parameters it takes, in a stable order: what the walks choose from.
     */
    static List<Route> all(ApplicationContext context) {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                List<String> persons = personParameters(entry.getValue());
                Set<RequestMethod> declared =
                        entry.getKey().getMethodsCondition().getMethods();
                List<String> methods = declared.isEmpty()
                        ? List.of("GET", "POST")
                        : declared.stream().map(RequestMethod::name).sorted().toList();
                for (String pattern : entry.getKey().getPatternValues()) {
                    methods.forEach(method -> routes.add(new Route(method, pattern, entry.getValue(), persons)));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::key));
        return routes;
    }

    static List<String> personParameters(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Optional<String> bound = boundName(parameter);
            if (bound.isPresent()) {
                if (carriesAPerson(bound.get(), parameter.getGenericParameterType())) {
                    names.add(bound.get());
                }
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                bodyPersons(parameter.getGenericParameterType(), "", 0).forEach(path -> names.add(BODY + path));
            } else if (form(parameter)) {
                Arrays.stream(parameter.getParameterType().getRecordComponents())
                        .filter(c -> carriesAPerson(c.getName(), c.getGenericType()))
                        .map(RecordComponent::getName)
                        .forEach(names::add);
            }
        }
        return names;
    }

    /** The prefix of a person's field in a JSON body. */
    static final String BODY = "body:";

    /** The paths of a JSON body's fields that carry a person: {@code people}, {@code members[].person}. */
    static List<String> bodyPersons(Type type, String prefix, int depth) {
        List<String> paths = new ArrayList<>();
        Class<?> raw = raw(type);
        if (raw == null || depth > 3) {
            return paths;
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            return bodyPersons(generic.getActualTypeArguments()[0], prefix + "[]", depth + 1);
        }
        if (!raw.isRecord() || raw.getPackageName().startsWith("java")) {
            return paths;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            if (carriesAPerson(component.getName(), component.getGenericType())) {
                paths.add(path);
            } else {
                paths.addAll(bodyPersons(component.getGenericType(), path, depth + 1));
            }
        }
        return paths;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    /** The name a path variable or request parameter is bound under; empty for anything else. */
    static Optional<String> boundName(MethodParameter parameter) {
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null) {
            return Optional.of(!path.value().isEmpty() ? path.value() : parameter.getParameterName());
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            return Optional.of(!param.value().isEmpty() ? param.value() : parameter.getParameterName());
        }
        return Optional.empty();
    }

    /** A query record bound from the request's parameters ({@code @ParameterObject}, {@code @ModelAttribute}). */
    static boolean form(MethodParameter parameter) {
        return parameter.getParameterType().isRecord()
                && (parameter.hasParameterAnnotation(ParameterObject.class)
                        || parameter.hasParameterAnnotation(ModelAttribute.class));
    }

    static boolean carriesAPerson(String name, Type type) {
        if (type == PersonId.class) {
            return true;
        }
        if (type instanceof ParameterizedType generic
                && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            Type element = generic.getActualTypeArguments()[0];
            return element == PersonId.class || (element == String.class && PERSON_NAMES.contains(name));
        }
        return type == String.class && PERSON_NAMES.contains(name);
    }
}
