package ru.nastavnik.documents.internal.docx;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paths a template may use. An element's fields are spelled through their list: {@code {{item.name}}}
 * inside {@code {{#each pupils}}} is {@code pupils.name}. An entry ending in {@code .*} allows everything below it.
 */
public final class AllowedPaths {

    private final Set<String> exact = new LinkedHashSet<>();
    private final List<String> prefixes;

    AllowedPaths(Set<String> paths) {
        paths.stream().filter(p -> !p.endsWith(".*")).forEach(exact::add);
        prefixes = paths.stream()
                .filter(p -> p.endsWith(".*"))
                .map(p -> p.substring(0, p.length() - 1))
                .toList();
    }

    boolean contains(String path) {
        return exact.contains(path) || prefixes.stream().anyMatch(path::startsWith);
    }

    /** Every path of a sample model, lists spelled as above; what a template for that model may use. */
    public static Set<String> of(Map<String, ?> model) {
        Set<String> paths = new LinkedHashSet<>();
        collect("", model, paths);
        return paths;
    }

    private static void collect(String prefix, Map<?, ?> map, Set<String> paths) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String path = prefix + entry.getKey();
            paths.add(path);
            if (entry.getValue() instanceof Map<?, ?> nested) {
                collect(path + ".", nested, paths);
            } else if (entry.getValue() instanceof Collection<?> list) {
                list.stream()
                        .filter(Map.class::isInstance)
                        .forEach(element -> collect(path + ".", (Map<?, ?>) element, paths));
            }
        }
    }
}
