package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

@SpringBootTest
@AutoConfigureMockMvc
class TemplateCachesIntegrationTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern EXPRESSION = Pattern.compile("[$#@*~]\\{[^}]*}");
    private static final Pattern ATTRIBUTE = Pattern.compile("th:[a-z-]+=\"([^\"]*)\"");
    private static final Pattern SELECTOR = Pattern.compile("~\\{[^}]*::[^}]*}");

    @Autowired
    SpringTemplateEngine engine;

    @Test
    void theEngineKeepsMoreTemplatesAndExpressionsThanThymeleafsDefaults() {
        StandardCacheManager manager = (StandardCacheManager) engine.getCacheManager();

        assertThat(manager.getTemplateCacheMaxSize()).isEqualTo(TemplateCaches.TEMPLATES);
        assertThat(manager.getExpressionCacheMaxSize()).isEqualTo(TemplateCaches.EXPRESSIONS);
        assertThat(manager.getTemplateCache()).isNotNull();
    }

    /**
     * Every template with each fragment chosen by a selector (with room for as many again), and every expression —
     * whole attribute values and the expressions inside them, a {@code ${…}} cached once more as SpEL — must fit: a
     * real mix of pages must not evict what the next page needs.
     */
    @Test
    void everyTemplateAndExpressionOfTheApplicationFitsTheCaches() throws IOException {
        Set<String> templates = new HashSet<>();
        Set<String> expressions = new HashSet<>();
        for (Path file : files()) {
            String text = Files.readString(file);
            templates.add(file.toString());
            Matcher selector = SELECTOR.matcher(text);
            while (selector.find()) {
                templates.add(selector.group());
            }
            Matcher attribute = ATTRIBUTE.matcher(text);
            while (attribute.find()) {
                expressions.add(attribute.group(1));
                Matcher expression = EXPRESSION.matcher(attribute.group(1));
                while (expression.find()) {
                    expressions.add(expression.group());
                }
            }
        }

        assertThat(templates).hasSizeGreaterThan(100);
        assertThat(templates.size() * 2).isLessThan(TemplateCaches.TEMPLATES);
        assertThat(expressions).hasSizeGreaterThan(3_000);
        assertThat(expressions.size() * 2).isLessThan(TemplateCaches.EXPRESSIONS);
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            return walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
