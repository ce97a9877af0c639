package ru.nastavnik.organisation;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json31;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's schema names: a type declared inside another whose simple name another of the application's
 * types shares is named after both («EventRequestItem», «ProgrammeDraftItem»). Named by its own simple name, as
 * swagger does, the agenda line of an event, a programme's activity and a programme's impact line were all «Item», and
 * the document described every one of them as the first it met: a script written from it sent an event's agenda as a
 * programme's activities and was refused (a new school's review, session 33; «Settings», «Figure», «Delivery» …
 * likewise). Other types keep their names. springdoc's registrar replaces its resolver with this bean (the same
 * class).
 */
@Configuration(proxyBeanMethods = false)
class ApiSchemaNames {

    @Bean
    ModelResolver nestedTypeNamingModelResolver() {
        return new ModelResolver(Json31.mapper(), new NestedTypeNames()).openapi31(true);
    }

    /** «Enclosing» + «Nested», the enclosing type's «ApiController» or «Controller» left out. */
    static final class NestedTypeNames extends TypeNameResolver {

        private volatile Set<String> shared;

        @Override
        protected String getNameOfClass(Class<?> type) {
            Class<?> enclosing = type.getEnclosingClass();
            if (enclosing == null || getUseFqn() || !shared().contains(type.getSimpleName())) {
                return super.getNameOfClass(type);
            }
            return enclosing.getSimpleName().replaceFirst("(Api)?Controller$", "") + type.getSimpleName();
        }

        /** The simple names two or more of the application's types have: read once, when a document is first made. */
        private Set<String> shared() {
            Set<String> names = shared;
            if (names == null) {
                names = sharedSimpleNames("ru.nastavnik");
                shared = names;
            }
            return names;
        }
    }

    static Set<String> sharedSimpleNames(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        Map<String, Long> counts = scanner.findCandidateComponents(basePackage).stream()
                .map(definition -> definition.getBeanClassName().replaceFirst("^.*[.$]", ""))
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
