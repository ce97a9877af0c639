package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The pager of long lists links only to pages that exist: never page -1, never past the last. */
class PagerTests {

    private static final Pattern PAGE_LINK = Pattern.compile("href=\"[^\"]*page=(-?\\d+)\"");

    @Test
    void theFirstPageLinksOnlyForward() {
        assertThat(linkedPages(page(0, 3))).containsExactly(1);
    }

    @Test
    void aMiddlePageLinksBothWays() {
        assertThat(linkedPages(page(1, 3))).containsExactly(0, 2);
    }

    @Test
    void theLastPageLinksOnlyBack() {
        assertThat(linkedPages(page(2, 3))).containsExactly(1);
    }

    @Test
    void theArrowsAtTheEndsStayVisibleButDisabled() {
        String html = render(page(0, 3));
        assertThat(html).contains("Назад").contains("Страница 1 из 3").contains("Вперёд");
        assertThat(html).doesNotContain("page=-1");
    }

    private static Page<String> page(int number, int pages) {
        return new PageImpl<>(List.of("a", "b"), PageRequest.of(number, 2), 2L * pages);
    }

    private static List<Integer> linkedPages(Page<String> page) {
        Matcher matcher = PAGE_LINK.matcher(render(page));
        List<Integer> pages = new java.util.ArrayList<>();
        while (matcher.find()) {
            pages.add(Integer.parseInt(matcher.group(1)));
        }
        return pages;
    }

    private static String render(Page<String> page) {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        engine.setTemplateEngineMessageSource(messages);
        Context context = new Context(java.util.Locale.forLanguageTag("ru"), Map.of("page", page));
        return engine.process("<nav th:replace=\"~{fragments/forms :: pager(${page}, '?q=&')}\"></nav>", context);
    }
}
