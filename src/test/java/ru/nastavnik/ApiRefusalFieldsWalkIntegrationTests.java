package ru.nastavnik;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * An API client corrects the field a refusal names, so the name must be one she sent: every API route with a JSON
 * body — found in the handler mappings — is sent a plausible body, an empty one, and the plausible one without each
 * of its fields in turn, and every field a 422 names must be a field of that body (or a parameter of the route); no
 * answer may be a server error. It found services naming the page form's field ({@code mentorshipIds} for the body's
 * {@code programmeIds}, {@code scheduledAt} for {@code at}: renamed by their controllers), the resource's own state
 * ({@code status}, {@code kind}, {@code purpose}: reported without a field, {@code ApiExceptionHandler}) and a
 * publication drafted from an event without its event answering 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiRefusalFieldsWalkIntegrationTests {

    private static final tools.jackson.databind.ObjectMapper JSON = new tools.jackson.databind.json.JsonMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonRouteWorld worlds;

    @Test
    void everyFieldAnApiRefusalNamesIsAFieldOfTheBodySent() throws Exception {
        PersonRouteWorld.Walk walk = worlds.create(mvc);
        Map<String, String> values = PersonRouteWorld.withProgramme(mvc, walk);
        PersonRouteRequests requests = new PersonRouteRequests(values);
        PersonRouteBodies bodies = new PersonRouteBodies(values);
        String person = walk.mentor().toString();
        SoftAssertions softly = new SoftAssertions();
        List<String> walked = new ArrayList<>();
        List<String> notCovered = new ArrayList<>();
        for (PersonRoutes.Route route : bodyRoutes()) {
            MethodParameter body = bodyParameter(route.handler());
            Type type = body.getGenericParameterType();
            Set<String> known = known(route, type);
            Object plausible = bodies.body(route, type, person);
            Map<String, Object> variants = new LinkedHashMap<>();
            variants.put("plausible", plausible);
            variants.put("{}", Map.of());
            if (plausible instanceof Map<?, ?> fields) {
                for (Object field : fields.keySet()) {
                    Map<Object, Object> without = new LinkedHashMap<>(fields);
                    without.remove(field);
                    variants.put("without " + field, without);
                }
            }
            NastavnikPrincipal caller = caller(walk, route);
            int refusals = 0;
            Set<Integer> statuses = new java.util.TreeSet<>();
            for (Map.Entry<String, Object> variant : variants.entrySet()) {
                AbstractMockHttpServletRequestBuilder<?> request = request(requests, route, person, caller, notCovered);
                if (request == null) {
                    break;
                }
                request.content(JSON.writeValueAsString(variant.getValue())).with(user(caller));
                MvcResult answer;
                try {
                    answer = mvc.perform(request).andReturn();
                } catch (jakarta.servlet.ServletException failed) {
                    softly.fail(
                            "%s, body %s: a server error, not a refusal: %s",
                            route.describe(), variant.getKey(), String.valueOf(failed.getRootCause()));
                    continue;
                }
                statuses.add(answer.getResponse().getStatus());
                softly.assertThat(answer.getResponse().getStatus())
                        .as("%s, body %s: %s", route.describe(), variant.getKey(), text(answer))
                        .isLessThan(500);
                for (String field : refusedFields(answer)) {
                    refusals++;
                    softly.assertThat(known.contains(normalised(field)) || known.contains(last(field)))
                            .as(
                                    "%s, body %s: the 422 names «%s», not a field of the body sent %s (%s)",
                                    route.describe(), variant.getKey(), field, known, text(answer))
                            .isTrue();
                }
            }
            walked.add(route.key() + " → " + statuses + ", " + refusals + " fields refused");
        }
        walkWithoutBodies(walk, requests, person, softly, walked, notCovered);
        System.out.printf("API refusal fields walk: %d routes%n%s%n", walked.size(), String.join("\n", walked));
        System.out.printf("not covered: %s%n", notCovered);
        softly.assertThat(walked).as("API routes with a JSON body").hasSizeGreaterThan(30);
        // every route is built: a route with a value the world has none for must not pass unwalked
        softly.assertThat(notCovered).as("routes the walk could not build").isEmpty();
        softly.assertAll();
    }

    /**
     * The API's actions without a body (approve, register, block …): a refusal may name only the route's own path
     * variables and parameters — the resource's state is no field the client sent.
     */
    private void walkWithoutBodies(
            PersonRouteWorld.Walk walk,
            PersonRouteRequests requests,
            String person,
            SoftAssertions softly,
            List<String> walked,
            List<String> notCovered)
            throws Exception {
        for (PersonRoutes.Route route : actionRoutes()) {
            NastavnikPrincipal caller = caller(walk, route);
            AbstractMockHttpServletRequestBuilder<?> request = request(requests, route, person, caller, notCovered);
            if (request == null) {
                continue;
            }
            MvcResult answer;
            try {
                answer = mvc.perform(request.with(user(caller))).andReturn();
            } catch (jakarta.servlet.ServletException failed) {
                softly.fail("%s: a server error, not a refusal: %s", route.describe(), failed.getRootCause());
                continue;
            }
            int status = answer.getResponse().getStatus();
            softly.assertThat(status)
                    .as("%s: %s", route.describe(), text(answer))
                    .isLessThan(500);
            Set<String> known = known(route, Void.class);
            List<String> refused = refusedFields(answer);
            for (String field : refused) {
                softly.assertThat(known.contains(field))
                        .as(
                                "%s: the 422 names «%s», not a parameter of the call %s (%s)",
                                route.describe(), field, known, text(answer))
                        .isTrue();
            }
            walked.add(route.key() + " → [" + status + "], " + refused.size() + " fields refused (no body)");
        }
    }

    private static NastavnikPrincipal caller(PersonRouteWorld.Walk walk, PersonRoutes.Route route) {
        return route.pattern().startsWith("/api/v1/me/") ? walk.menteeAccount() : walk.director();
    }

    /** The route's request with the version its caller holds, or {@code null} (noted) when it cannot be built. */
    private AbstractMockHttpServletRequestBuilder<?> request(
            PersonRouteRequests requests,
            PersonRoutes.Route route,
            String person,
            NastavnikPrincipal caller,
            List<String> notCovered)
            throws Exception {
        try {
            return requests.build(
                    route, person, PersonRouteRequests.currentVersion(mvc, requests.url(route, person), caller));
        } catch (PersonRouteRequests.CannotBuild e) {
            notCovered.add(e.getMessage());
            return null;
        }
    }

    /** The API's writes that send neither a body nor a file: their inputs are the route's parameters only. */
    private List<PersonRoutes.Route> actionRoutes() {
        return apiWrites(handler -> java.util.Arrays.stream(handler.getMethodParameters())
                .noneMatch(p -> p.hasParameterAnnotation(RequestBody.class)
                        || p.hasParameterAnnotation(org.springdoc.core.annotations.ParameterObject.class)
                        || org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(
                                p.getParameterType())));
    }

    /** Every write of the API that takes a JSON body, with the person fields of the body as the walk knows them. */
    private List<PersonRoutes.Route> bodyRoutes() {
        return apiWrites(handler -> {
            MethodParameter body = bodyParameter(handler);
            return body != null && body.getParameterType().isRecord();
        });
    }

    /** The API's routes other than reads whose handler {@code which} takes, in a stable order. */
    private List<PersonRoutes.Route> apiWrites(java.util.function.Predicate<HandlerMethod> which) {
        return PersonRoutes.all(context).stream()
                .filter(route -> route.pattern().startsWith("/api/") && !route.read() && which.test(route.handler()))
                .toList();
    }

    private static MethodParameter bodyParameter(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter;
            }
        }
        return null;
    }

    /** The body's field paths ({@code members[].person}) and their last names, and the route's own parameters. */
    private static Set<String> known(PersonRoutes.Route route, Type type) {
        Set<String> known = new LinkedHashSet<>();
        paths(type, "", 0, known);
        for (String path : List.copyOf(known)) {
            known.add(last(path));
        }
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            PersonRoutes.boundName(parameter).ifPresent(known::add);
        }
        return known;
    }

    private static void paths(Type type, String prefix, int depth, Set<String> into) {
        Class<?> raw = PersonRoutes.raw(type);
        if (raw == null || depth > 4) {
            return;
        }
        if (java.util.Collection.class.isAssignableFrom(raw)
                && type instanceof java.lang.reflect.ParameterizedType generic) {
            paths(generic.getActualTypeArguments()[0], prefix + "[]", depth + 1, into);
            return;
        }
        if (!raw.isRecord() || raw.getPackageName().startsWith("java")) {
            return;
        }
        for (java.lang.reflect.RecordComponent component : raw.getRecordComponents()) {
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            into.add(path);
            paths(component.getGenericType(), path, depth + 1, into);
        }
    }

    /** {@code members[2].person} → {@code members[].person}. */
    private static String normalised(String field) {
        return field.replaceAll("\\[\\d*]", "[]");
    }

    private static String last(String path) {
        String bare = normalised(path).replace("[]", "");
        return bare.substring(bare.lastIndexOf('.') + 1);
    }

    private static List<String> refusedFields(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (result.getResponse().getStatus() != 422 || !body.startsWith("{")) {
            return List.of();
        }
        List<String> fields = com.jayway.jsonpath.JsonPath.read(body, "$.errors[*].field");
        return fields.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String text(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ");
    }
}
