package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route that takes an organisation or an entity id (a path variable, an {@code organisation}/{@code *Id}
 * request parameter or form field) has been refused (404/403) to a request sent from some {@code *IsolationTests}
 * class, or is exempt in {@link IsolationExemptions} with a reason. The probes stay beside their features; this test
 * runs every isolation class that has not yet run in this JVM (found by name under {@code ru.nastavnik}) and then
 * compares the routes they reached ({@link ProbedRoutes}, recorded by {@link ProbeRecorder}) with all the routes.
 * <p>To register a new feature's probes: name its class {@code <Feature>IsolationTests} anywhere under
 * {@code ru.nastavnik}, annotate it {@code @SpringBootTest @AutoConfigureMockMvc} (the shared context) and send the
 * cross-tenant requests through the autowired {@code MockMvc}; nothing else. A route that must stay open goes into
 * {@link IsolationExemptions} with its reason. See docs/isolation.md.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IsolationCoverageTests {

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteThatTakesAnIdIsRefusedToAnotherTenantOrExemptWithAReason() {
        List<String> failed = runTheIsolationClassesNotYetRun();
        List<String> unprobed = new ArrayList<>();
        int takingAnId = 0;
        int exempt = 0;
        List<Route> routes = routes();
        for (Route route : routes) {
            if (!route.takesAnId()) {
                continue;
            }
            takingAnId++;
            if (IsolationExemptions.reasonFor(route.pattern()).isPresent()) {
                exempt++;
            } else if (route.methods().stream().noneMatch(method -> ProbedRoutes.probed(method, route.pattern()))) {
                unprobed.add(route.describe());
            }
        }
        System.out.printf(
                "isolation coverage: %d routes, %d take an id, %d exempt, %d not refused to another tenant%n",
                routes.size(), takingAnId, exempt, unprobed.size());
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(failed)
                    .as("isolation tests that failed when run from here")
                    .isEmpty();
            softly.assertThat(unprobed)
                    .as("routes no isolation test refused to another tenant (add a probe, or an "
                            + "exemption with its reason to IsolationExemptions)")
                    .isEmpty();
            softly.assertThat(ProbedRoutes.auditedRefusals())
                    .as("refused probes that wrote an audit entry about another organisation's person (the log page"
                            + " would name her): audit only after the access check passes")
                    .isEmpty();
        });
    }

    @Test
    void aRequestSentFromAnyOtherTestIsNotCountedAsAProbe() {
        assertThat(ProbedRoutes.isolationClassOnStack()).isEmpty();
    }

    @Test
    void everyExemptionNamesARouteThatExists() {
        Set<String> patterns = new TreeSet<>();
        routes().forEach(route -> patterns.add(route.pattern()));
        assertThat(IsolationExemptions.entries())
                .allSatisfy(entry -> assertThat(patterns)
                        .as("routes of exemption " + entry)
                        .anyMatch(pattern -> IsolationExemptions.covers(entry, pattern)));
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                Set<RequestMethod> declared =
                        entry.getKey().getMethodsCondition().getMethods();
                List<String> methods = declared.isEmpty()
                        ? List.of("GET", "POST", "PUT", "DELETE", "PATCH")
                        : declared.stream().map(RequestMethod::name).sorted().toList();
                for (String pattern : entry.getKey().getPatternValues()) {
                    routes.add(new Route(pattern, methods, entry.getValue()));
                }
            }
        }
        return routes;
    }

    private List<String> runTheIsolationClassesNotYetRun() {
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequest all = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("ru.nastavnik"))
                .filters(
                        includeClassNamePatterns(".*" + ProbedRoutes.ISOLATION_CLASS_SUFFIX),
                        EngineFilter.includeEngines("junit-jupiter"))
                .build();
        Set<String> toRun = new TreeSet<>();
        var plan = launcher.discover(all);
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier child : plan.getChildren(root)) {
                child.getSource()
                        .filter(ClassSource.class::isInstance)
                        .map(ClassSource.class::cast)
                        .map(ClassSource::getClassName)
                        .ifPresent(toRun::add);
            }
        }
        assertThat(toRun).as("isolation classes found").isNotEmpty();
        toRun.removeAll(ProbedRoutes.classesRun());
        if (toRun.isEmpty()) {
            return List.of();
        }
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(toRun.stream().map(name -> selectClass(name)).toList())
                        .build(),
                summary);
        return summary.getSummary().getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
                .toList();
    }

    private record Route(String pattern, List<String> methods, HandlerMethod handler) {

        boolean takesAnId() {
            return pattern.contains("{") || IdParameters.takesAnId(handler);
        }

        String describe() {
            return String.join("|", methods) + " " + pattern + "  ("
                    + handler.getBeanType().getSimpleName() + "#"
                    + handler.getMethod().getName() + ")";
        }
    }
}
