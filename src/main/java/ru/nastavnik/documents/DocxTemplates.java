package ru.nastavnik.documents;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.documents.internal.docx.AllowedPaths;
import ru.nastavnik.documents.internal.docx.DocxConcatenator;
import ru.nastavnik.documents.internal.docx.DocxPackage;
import ru.nastavnik.documents.internal.docx.TemplateChecker;
import ru.nastavnik.documents.internal.docx.TemplateRenderer;

/**
 * Documents from DOCX templates that an organisation's administrator edits in Word or LibreOffice. Stateless
 * and thread-safe.
 *
 * <h2>Язык шаблонов (для администратора)</h2>
 * Шаблон — обычный документ Word (.docx). В нём можно оформлять бланк, шапку, колонтитулы и текст как угодно,
 * а в места, куда система подставит данные, вписать поля в двойных фигурных скобках.
 * <ul>
 *   <li>{@code {{organisation.name}}}, {@code {{person.fullName}}} — значение. Поле получает оформление своего
 *       первого символа (шрифт, размер, полужирный), даже если Word разбил его на части при проверке орфографии.
 *       Поля работают в тексте, в таблицах, в колонтитулах и в надписях. Дата печатается как 01.09.2025,
 *       «да/нет» — словами «да» и «нет», дробные числа — с запятой. Переносы строк внутри значения становятся
 *       переносами строк в документе; значение всегда печатается как текст.</li>
 *   <li>Повтор строки таблицы: в начале первой ячейки строки напишите {@code {{#each pupils}}}, в ячейках —
 *       {@code {{item.name}}}, {@code {{item.birthDate}}} и {@code {{index}}} (номер по порядку с 1). Строка
 *       повторится для каждого элемента списка, сама метка не печатается. {@code {{/each}}} в последней ячейке
 *       строки можно поставить, но не обязательно.</li>
 *   <li>Повтор абзацев: {@code {{#each pupils}}} и {@code {{/each}}}, каждая метка в отдельном абзаце; всё между
 *       ними (абзацы и таблицы) повторяется. Внутри доступны {@code {{item.…}}} и {@code {{index}}}; во вложенном
 *       повторе {@code item} означает элемент внутреннего списка.</li>
 *   <li>Условие: {@code {{#if hasMentor}}}, необязательный {@code {{else}}} и {@code {{/if}}}, каждая метка в
 *       отдельном абзаце. Абзацы между ними остаются, если значение «да», непустой текст, непустой список или
 *       число не 0; иначе остаются абзацы после {@code {{else}}}.</li>
 * </ul>
 * Поле с опечаткой (имя, которого нет в данных) не печатается молча пустым: шаблон с ним не принимается при
 * загрузке ({@link #check}), а документ по нему не формируется ({@link TemplateException}).
 *
 * <h2>For developers</h2>
 * The model is a tree of {@code Map<String, ?>} with String, Number, Boolean, {@code LocalDate},
 * {@code LocalDateTime}, nested maps and {@code Collection}s (of maps, or of plain values printed as
 * {@code {{item}}}). A key present with {@code null} prints nothing; a missing key fails the render with
 * {@code document.template.unknownPlaceholder}. A list or map printed as a value fails too.
 */
public final class DocxTemplates {

    private DocxTemplates() {}

    /**
     * Fills a template.
     *
     * @throws TemplateException when the file is not a usable DOCX, or a placeholder is unknown, malformed or
     *         misplaced; its key and arguments say which
     */
    public static byte[] render(InputStream template, Map<String, ?> model) {
        return TemplateRenderer.render(DocxPackage.read(template), model);
    }

    /**
     * Checks an uploaded template: a real DOCX by its content whatever its name, no larger than 10 MB, not a zip
     * bomb; placeholders closed, blocks balanced, and every path in {@code allowedPaths}. Paths of list
     * elements are spelled through their list ({@code {{item.name}}} in {@code {{#each pupils}}} is
     * {@code pupils.name}); an entry ending in {@code .*} allows everything below it. {@link #pathsOf} builds the
     * set from a sample model.
     *
     * @return the problems found, empty when the template is fine
     */
    public static List<TemplateProblem> check(InputStream template, Set<String> allowedPaths) {
        try {
            return TemplateChecker.check(DocxPackage.read(template), allowedPaths);
        } catch (TemplateException e) {
            return List.of(TemplateProblem.of(e));
        }
    }

    /** Every path of a sample model, spelled as {@link #check} expects. */
    public static Set<String> pathsOf(Map<String, ?> sampleModel) {
        return AllowedPaths.of(sampleModel);
    }

    /**
     * Several filled documents as one DOCX, e.g. a batch of consents to print: each starts on a new page and
     * keeps its own margins, header and footer; numbered lists start again in each.
     */
    public static byte[] concatenate(List<byte[]> documents) {
        return DocxConcatenator.concatenate(documents);
    }
}
