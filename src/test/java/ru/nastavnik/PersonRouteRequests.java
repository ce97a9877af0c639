package ru.nastavnik;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Builds the request a route of {@link PersonRoutes} answers, from the route's own handler: each path variable and
 * required parameter gets the walk's value of its type (the school, the person asked about, the school's own pair,
 * event, consent …), each parameter naming a person gets the person. A route with a value of a type the walk has
 * none for cannot be built: the walk reports it as not covered rather than guessing.
 */
final class PersonRouteRequests {

    private static final tools.jackson.databind.ObjectMapper JSON = new tools.jackson.databind.json.JsonMapper();

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");

    /** The walk's values by the simple name of their type; {@code person} is the one that varies per probe. */
    private final Map<String, String> values;

    private final PersonRouteBodies bodies;

    PersonRouteRequests(Map<String, String> values) {
        this.values = values;
        this.bodies = new PersonRouteBodies(values);
    }

    AbstractMockHttpServletRequestBuilder<?> build(PersonRoutes.Route route, String person) {
        return build(route, person, "\"0\"");
    }

    /** The route's URL with its path variables filled, as {@link #build} sends it. */
    String url(PersonRoutes.Route route, String person) {
        MethodParameter[] parameters = route.handler().getMethodParameters();
        StringBuilder url = new StringBuilder();
        Matcher matcher = VARIABLE.matcher(route.pattern());
        while (matcher.find()) {
            String value = pathValue(route, parameters, matcher.group(1), matcher.group(2), person);
            matcher.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(url);
        return url.toString();
    }

    /** {@code version}: the {@code If-Match} of an API change, the resource's current ETag where the caller knows it. */
    AbstractMockHttpServletRequestBuilder<?> build(PersonRoutes.Route route, String person, String version) {
        MethodParameter[] parameters = route.handler().getMethodParameters();
        String url = url(route, person);
        boolean files = java.util.Arrays.stream(parameters)
                .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
        AbstractMockHttpServletRequestBuilder<?> request = files
                ? multipart(HttpMethod.valueOf(route.method()), url.toString())
                : request(HttpMethod.valueOf(route.method()), url.toString());
        parameters(route, person).forEach(request::param);
        for (MethodParameter parameter : parameters) {
            RequestBody body = parameter.getParameterAnnotation(RequestBody.class);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(
                                bodies.body(route, parameter.getGenericParameterType(), person)));
            }
        }
        if (route.pattern().startsWith("/api/") && !route.read()) {
            // a versioned change must name the version it was made on; 0 is the first
            request.header("If-Match", version);
        }
        return request;
    }

    /**
     * The request parameters {@link #build} sends: each required parameter the walk's value of its type, each
     * parameter or form field naming a person the person asked about.
     */
    Map<String, String> parameters(PersonRoutes.Route route, String person) {
        Map<String, String> sent = new java.util.LinkedHashMap<>();
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = PersonRoutes.boundName(parameter).orElseThrow();
                String value = paramValue(route, parameter, param, name, person);
                if (value != null) {
                    sent.put(name, value);
                }
            } else if (PersonRoutes.form(parameter)) {
                route.personParameters().stream()
                        .filter(name -> java.util.Arrays.stream(
                                        parameter.getParameterType().getRecordComponents())
                                .anyMatch(c -> c.getName().equals(name)))
                        .forEach(name -> sent.put(name, person));
            }
        }
        return sent;
    }

    private String pathValue(
            PersonRoutes.Route route, MethodParameter[] parameters, String name, String regex, String person) {
        if (route.personParameters().contains(name)) {
            return person;
        }
        if (regex != null && regex.matches("[a-z|-]+")) {
            return regex.split("\\|")[0];
        }
        for (MethodParameter parameter : parameters) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    && PersonRoutes.boundName(parameter).orElseThrow().equals(name)) {
                Class<?> type = parameter.getParameterType();
                return type.isEnum() ? ((Enum<?>) type.getEnumConstants()[0]).name() : valueOf(route, type, name);
            }
        }
        // a path variable bound into a form's field rather than a parameter ({activity} of a programme's activity)
        if (values.containsKey("path:" + name)) {
            return values.get("path:" + name);
        }
        throw new CannotBuild(route, "path variable {" + name + "} is bound to no parameter");
    }

    private String paramValue(
            PersonRoutes.Route route, MethodParameter parameter, RequestParam param, String name, String person) {
        Class<?> type = parameter.getParameterType();
        if (route.personParameters().contains(name)) {
            return person;
        }
        if (name.equals("organisation")
                || name.equals("school")
                || type.getSimpleName().equals("OrganisationId")) {
            return values.get("OrganisationId");
        }
        if (name.equals("version")) {
            return "0";
        }
        boolean required = param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE);
        // a map takes every parameter of the request: none is required by name
        if (!required || MultipartFile.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return null;
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        return valueOf(route, type, name);
    }

    private String valueOf(PersonRoutes.Route route, Class<?> type, String name) {
        // a plain type (a String, an int) by its name too: a channel's kind is not a template's category; and a
        // value under a part of the path: a public document's post is not a news item's (DeliveryId@/public-documents/)
        String under = type.getSimpleName() + "@";
        String value = values.entrySet().stream()
                .filter(e -> e.getKey().startsWith(under)
                        && route.pattern().contains(e.getKey().substring(under.length())))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(
                        () -> values.getOrDefault(type.getSimpleName() + ":" + name, values.get(type.getSimpleName())));
        if (value == null) {
            throw new CannotBuild(route, "no value of " + type.getSimpleName() + " for " + name);
        }
        return value;
    }

    /**
     * The ETag a client holds for the resource a change is sent to: of its own URL, or of the nearest resource above
     * it ({@code …/practices/{id}} for {@code …/practices/{id}/distribution-consent}), as a client reads the record
     * before changing a part of it; {@code "0"} where none is found.
     */
    static String currentVersion(MockMvc mvc, String url, NastavnikPrincipal caller) throws Exception {
        for (String at = url; at.chars().filter(c -> c == '/').count() > 3; at = at.substring(0, at.lastIndexOf('/'))) {
            String etag = mvc.perform(get(at).with(user(caller)))
                    .andReturn()
                    .getResponse()
                    .getHeader("ETag");
            if (etag != null) {
                return etag;
            }
        }
        return "\"0\"";
    }

    /** A route the walk has no values for: reported as not covered, with what was missing. */
    static final class CannotBuild extends RuntimeException {

        CannotBuild(PersonRoutes.Route route, String why) {
            super(route.describe() + ": " + why);
        }
    }
}
