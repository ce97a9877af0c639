package ru.nastavnik;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * What the isolation tests of this JVM proved: each route ("METHOD pattern") that answered 404 or 403 to a request
 * sent from a {@code *IsolationTests} class, and the isolation classes that have run to the end. Filled by
 * {@link ProbeRecorder} (every MockMvc of the shared context) and {@link ClassesRun}; read by
 * {@link IsolationCoverageTests}. A JVM-wide record, since the classes share one Spring context and one JVM.
 */
public final class ProbedRoutes {

    static final String ISOLATION_CLASS_SUFFIX = "IsolationTests";

    private static final Set<String> ROUTES = ConcurrentHashMap.newKeySet();
    private static final Set<String> CLASSES_RUN = ConcurrentHashMap.newKeySet();
    private static final Set<String> AUDITED_REFUSALS = ConcurrentHashMap.newKeySet();

    private ProbedRoutes() {}

    static void record(String method, String pattern) {
        ROUTES.add(key(method, pattern));
    }

    static boolean probed(String method, String pattern) {
        return ROUTES.contains(key(method, pattern));
    }

    /** A refusal that wrote an audit entry about another organisation's person ({@link RefusalAuditWatch}). */
    static void recordAuditedRefusal(String description) {
        AUDITED_REFUSALS.add(description);
    }

    static Set<String> auditedRefusals() {
        return Set.copyOf(AUDITED_REFUSALS);
    }

    static Set<String> classesRun() {
        return Set.copyOf(CLASSES_RUN);
    }

    static String key(String method, String pattern) {
        return method + " " + pattern;
    }

    /** The isolation class on the current thread's stack, if a request is sent from one (directly or via a helper). */
    static Optional<String> isolationClassOnStack() {
        return StackWalker.getInstance()
                .walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                        .map(name -> name.contains("$") ? name.substring(0, name.indexOf('$')) : name)
                        .filter(name -> name.endsWith(ISOLATION_CLASS_SUFFIX))
                        .findFirst());
    }

    /** Registered in {@code META-INF/spring.factories}: marks an isolation class as run, so it is not run again. */
    public static final class ClassesRun implements TestExecutionListener {

        @Override
        public void afterTestClass(TestContext context) {
            if (context.getTestClass().getName().endsWith(ISOLATION_CLASS_SUFFIX)) {
                CLASSES_RUN.add(context.getTestClass().getName());
            }
        }
    }

    /**
     * Registered for every test class (junit-platform.properties, extension autodetection): an isolation class that
     * {@link IsolationCoverageTests} has already run in this JVM is not run a second time; its failures, if any,
     * failed the coverage test.
     */
    public static final class RunOnce implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean ran = context.getTestMethod().isEmpty()
                    && context.getTestClass()
                            .filter(type -> CLASSES_RUN.contains(type.getName()))
                            .isPresent();
            return ran
                    ? ConditionEvaluationResult.disabled("already run in this JVM by IsolationCoverageTests")
                    : ConditionEvaluationResult.enabled("not yet run");
        }
    }
}
