package ru.nastavnik.people.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import ru.nastavnik.people.ImportResult;
import ru.nastavnik.people.StaffExport;
import ru.nastavnik.people.StaffImport;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.documents.SafeFileName;
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

    StaffFileApiController(StaffImport imports, StaffExport export, ImportUploads uploads, ApiErrorWriter errors,
            JsonMapper json) {
        this.imports = imports;
        this.export = export;
        this.uploads = uploads;
        this.errors = errors;
        this.json = json;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Импорт из XLSX/CSV: всё или ничего; при ошибках 422 и ничего не сохраняется")
    ResponseEntity<ImportResponse> importFile(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String orgId,
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "Только проверить, ничего не сохраняя") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "JSON: поле → заголовок столбца, например {\"LAST_NAME\":\"Фамилия\"}")
            @RequestParam(required = false) String mapping) {
        OrganisationId organisation = OrganisationId.of(orgId);
        Map<String, String> columns = parseMapping(mapping);
        ImportUploads.Upload upload = uploads.store(file);
        try {
            ImportResult result = imports.runWithHeaders(me, organisation, upload.path(), upload.originalName(), columns, dryRun);
            ImportResponse body = ImportResponse.of(result, errors);
            return ResponseEntity.status(result.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        } finally {
            uploads.delete(upload.path());
        }
    }

    @GetMapping("/export")
    @Operation(summary = "Выгрузка реестра в XLSX (те же заголовки, что понимает импорт)")
    void exportFile(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String orgId,
            HttpServletResponse response) throws IOException {
        OrganisationId organisation = OrganisationId.of(orgId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", SafeFileName.attachment(export.fileName(organisation)));
        export.write(me, organisation, response.getOutputStream());
    }

    private Map<String, String> parseMapping(String mapping) {
        if (mapping == null || mapping.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(mapping, new TypeReference<Map<String, String>>() { });
        } catch (JacksonException e) {
            throw InvalidInputException.of("mapping", "import.mapping.unreadable");
        }
    }

    record ImportResponse(int created, int updated, int unchanged, boolean stored, boolean dryRun, int errorCount,
            List<ImportError> errors) {

        static ImportResponse of(ImportResult r, ApiErrorWriter messages) {
            return new ImportResponse(r.created(), r.updated(), r.unchanged(), r.stored(), r.dryRun(), r.errorCount(),
                    r.errors().stream().map(p -> new ImportError(p.row(), p.field(),
                            messages.message(p.messageKey(), p.args().toArray()))).toList());
        }
    }

    record ImportError(Integer row, String column, String message) {
    }
}
