package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ClassUtils;

/**
 * The event publication registry keeps an incomplete publication under its listener's id — the listener method's
 * class, name and parameter types, as Spring names it — and re-submits it on restart only to a listener with that
 * very id. Moving or renaming a listener (or the event it takes) would orphan what a node left unfinished before an
 * upgrade. So the ids are kept in {@code event-listener-ids.txt}: when one changes, add a migration that renames it
 * in {@code event_publication} (as V164 does for the listeners moved into {@code internal/}) and update the file.
 */
class EventListenerIdsTests {

    @Test
    void everyTransactionalListenerKeepsTheIdTheRegistryStoresItUnder() throws IOException {
        List<String> ids = ProductionClasses.ALL.stream()
                .map(type -> type.reflect())
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(ApplicationModuleListener.class)
                        || method.isAnnotationPresent(TransactionalEventListener.class))
                .map(EventListenerIdsTests::listenerId)
                .sorted()
                .toList();
        List<String> recorded;
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/event-listener-ids.txt"))) {
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .sorted()
                    .toList();
        }
        assertThat(ids)
                .as("a listener's id changed: add a migration renaming it in event_publication, then update"
                        + " src/test/resources/event-listener-ids.txt")
                .containsExactlyElementsOf(recorded);
    }

    /** As {@code ApplicationListenerMethodAdapter.getDefaultListenerId()} builds it. */
    private static String listenerId(Method method) {
        return ClassUtils.getQualifiedMethodName(method) + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(","))
                + ")";
    }
}
