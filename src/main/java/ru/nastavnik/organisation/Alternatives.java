package ru.nastavnik.organisation;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A mapping such as {@code /{kind:mentees|mentors}/export} serves two fixed paths, but springdoc documents it as
 * {@code /{kind}/export}, a template that any {@code /pairs/{id}} would also match. The document gets the fixed
 * paths instead, one operation each (operationId and summary suffixed with the word).
 */
final class Alternatives {

    private static final Pattern ALTERNATIVE = Pattern.compile("\\{(\\w+):([\\w-]+(?:\\|[\\w-]+)+)}");

    private Alternatives() {}

    static void expand(OpenAPI api, RequestMappingHandlerMapping mappings) {
        mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> ALTERNATIVE.matcher(pattern).find())
                .distinct()
                .forEach(pattern -> {
                    PathItem item =
                            api.getPaths().remove(ALTERNATIVE.matcher(pattern).replaceAll("{$1}"));
                    if (item != null) {
                        fixed(pattern, Map.of())
                                .forEach((path, words) -> api.getPaths().addPathItem(path, copy(item, words)));
                    }
                });
    }

    /** Each fixed path the pattern serves, with the word put in place of each variable. */
    private static Map<String, Map<String, String>> fixed(String pattern, Map<String, String> words) {
        Matcher m = ALTERNATIVE.matcher(pattern);
        if (!m.find()) {
            return Map.of(pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}"), words);
        }
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (String word : m.group(2).split("\\|")) {
            Map<String, String> chosen = new LinkedHashMap<>(words);
            chosen.put(m.group(1), word);
            all.putAll(fixed(pattern.substring(0, m.start()) + word + pattern.substring(m.end()), chosen));
        }
        return all;
    }

    private static PathItem copy(PathItem item, Map<String, String> words) {
        PathItem copy = Json31.mapper().convertValue(item, PathItem.class);
        copy.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().removeIf(p -> "path".equals(p.getIn()) && words.containsKey(p.getName()));
            }
            String suffix = String.join(
                    "", words.values().stream().map(StringUtils::capitalize).toList());
            operation
                    .operationId(operation.getOperationId() + suffix.replace("-", ""))
                    .summary(
                            operation.getSummary() == null
                                    ? null
                                    : operation.getSummary() + " (" + String.join(", ", List.copyOf(words.values()))
                                            + ")");
        });
        return copy;
    }
}
