package ru.nastavnik.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.people.internal.ImportChoices;
import ru.nastavnik.people.internal.ImportResult;
import ru.nastavnik.people.internal.StaffExport;
import ru.nastavnik.people.internal.StaffField;
import ru.nastavnik.people.internal.StaffImport;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiErrorWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}/staff")
@Tag(name = "Педагогические работники")
class StaffFileApiController {

    private final StaffImport imports;
    private final StaffExport export;
    private final ImportUploads uploads;
    private final ApiErrorWriter errors;
    private final JsonMapper json;

    StaffFileApiController(
            StaffImport imports, StaffExport export, ImportUploads uploads, ApiErrorWriter errors, JsonMapper json) {
        this.imports = imports;
        this.export = export;
        this.uploads = uploads;
        this.errors = errors;
        this.json = json;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Импорт из XLSX/CSV: всё или ничего; при ошибках 422 и ничего не сохраняется",
            description = """
                    Строки заголовков над таблицей (название списка, «Утверждаю») пропускаются: заголовком считается \
                    первая строка, где есть ФИО (или фамилия) и ещё хотя бы один известный столбец; её можно указать \
                    в headerRow. Строки, исключённые в skipRows или объединённые в merges, не сохраняются и \
                    перечислены в leftOut с причиной; остальные сохраняются в одной транзакции, если ошибок нет. \
                    Строка, полностью повторяющая более раннюю, сохраняется один раз и попадает в warnings; \
                    тот же педагог с другими данными — ошибка, пока строку не исправят, не исключат или не объединят.""")
    ResponseEntity<ImportResponse> importFile(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam("file") MultipartFile file,
            @ParameterObject StaffImportOptions options) {
        OrganisationId organisation = orgId;
        Map<String, String> columns = read(
                options.mapping(), new TypeReference<Map<String, String>>() {}, "mapping", "import.mapping.unreadable");
        ImportChoices choices = new ImportChoices(
                options.headerRow(),
                options.skipped(),
                corrections(read(
                        options.corrections(),
                        new TypeReference<Map<Integer, Map<String, String>>>() {},
                        "corrections",
                        "import.corrections.unreadable")),
                read(
                        options.merges(),
                        new TypeReference<Map<Integer, Integer>>() {},
                        "merges",
                        "import.merges.unreadable"));
        ImportResult result = uploads.readOnce(
                file,
                path -> imports.runWithHeaders(
                        me, organisation, path, file.getOriginalFilename(), columns, choices, options.dryRun()));
        ImportResponse body = ImportResponse.of(result, errors);
        return ResponseEntity.status(result.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(body);
    }

    @GetMapping("/export")
    @Operation(summary = "Выгрузка реестра в XLSX (те же заголовки, что понимает импорт)")
    void exportFile(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            HttpServletResponse response)
            throws IOException {
        OrganisationId organisation = orgId;
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", SafeFileName.attachment(export.fileName(organisation)));
        export.write(me, organisation, response.getOutputStream());
    }

    private <K, V> Map<K, V> read(String text, TypeReference<Map<K, V>> type, String field, String messageKey) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Map<K, V> value = json.readValue(text, type);
            return value == null ? Map.of() : value;
        } catch (JacksonException e) {
            throw InvalidInputException.of(field, messageKey);
        }
    }

    private static Map<Integer, Map<StaffField, String>> corrections(Map<Integer, Map<String, String>> byName) {
        Map<Integer, Map<StaffField, String>> corrections = new HashMap<>();
        byName.forEach((row, fields) -> {
            Map<StaffField, String> typed = new EnumMap<>(StaffField.class);
            fields.forEach((name, value) -> typed.put(StaffField.parse(name), value == null ? "" : value));
            corrections.put(row, typed);
        });
        return corrections;
    }

    /**
     * @param headerRow the row read as the header (title rows above it skipped)
     * @param warnings  rows that repeat an earlier row exactly and were stored once
     * @param leftOut   rows not imported as they stand (left out or merged), with why
     */
    record ImportResponse(
            int created,
            int updated,
            int unchanged,
            boolean stored,
            boolean dryRun,
            int errorCount,
            List<ImportError> errors,
            int headerRow,
            List<ImportError> warnings,
            List<LeftOut> leftOut) {

        static ImportResponse of(ImportResult r, ApiErrorWriter messages) {
            return new ImportResponse(
                    r.created(),
                    r.updated(),
                    r.unchanged(),
                    r.stored(),
                    r.dryRun(),
                    r.errorCount(),
                    errors(r.errors(), messages),
                    r.layout().headerRow(),
                    errors(r.warnings(), messages),
                    r.leftOut().stream()
                            .map(l -> new LeftOut(
                                    l.row(),
                                    l.reasons().stream()
                                            .map(p -> messages.message(
                                                    p.messageKey(), p.args().toArray()))
                                            .toList()))
                            .toList());
        }

        private static List<ImportError> errors(List<Problem> problems, ApiErrorWriter messages) {
            return problems.stream()
                    .map(p -> new ImportError(
                            p.row(),
                            p.field(),
                            messages.message(p.messageKey(), p.args().toArray())))
                    .toList();
        }
    }

    record ImportError(Integer row, String column, String message) {}

    record LeftOut(int row, List<String> reasons) {}
}
