package ru.nastavnik.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.documents.TemplateInfo;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}/document-templates")
@Tag(name = "Шаблоны документов", description = "Свои версии встроенных шаблонов DOCX: бланк организации, формулировки")
class TemplateApiController {

    private final DocumentTemplates templates;
    private final MessageSource messages;

    TemplateApiController(DocumentTemplates templates, MessageSource messages) {
        this.messages = messages;
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "Шаблоны организации: встроенные или свои")
    List<TemplateInfo> list(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return templates.list(me, orgId);
    }

    @GetMapping("/{kind}")
    @Operation(summary = "Скачать действующий шаблон (DOCX)")
    void download(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String kind,
            HttpServletResponse response)
            throws IOException {
        byte[] content = templates.download(me, orgId, kind);
        response.setHeader("ETag", ETags.of(templates.info(me, orgId, kind).version()));
        response.setContentType(FileType.DOCX.contentType());
        response.setHeader("Content-Disposition", SafeFileName.attachment(TemplateFileName.of(messages, kind)));
        response.getOutputStream().write(content);
    }

    @PutMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Загрузить свой шаблон; проверяется, что это DOCX и все {{поля}} известны")
    ResponseEntity<TemplateInfo> upload(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String kind,
            @RequestParam("file") MultipartFile file,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            TemplateInfo uploaded =
                    templates.upload(me, orgId, kind, in, file.getOriginalFilename(), ETags.parse(ifMatch));
            return ETags.ok(uploaded.version(), uploaded);
        }
    }

    @DeleteMapping("/{kind}")
    @Operation(summary = "Вернуть встроенный шаблон")
    ResponseEntity<Void> reset(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String kind) {
        templates.reset(me, orgId, kind);
        return ResponseEntity.noContent().build();
    }
}
