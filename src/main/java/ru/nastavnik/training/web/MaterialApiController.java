package ru.nastavnik.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;
import ru.nastavnik.shared.web.ETags;
import ru.nastavnik.training.MaterialId;
import ru.nastavnik.training.MaterialKind;
import ru.nastavnik.training.MaterialTopic;
import ru.nastavnik.training.MaterialView;
import ru.nastavnik.training.internal.MaterialDraft;
import ru.nastavnik.training.internal.MaterialManagement;

/** Methodical materials read in an organisation (its own, its municipality's and region's), published by it. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Методические материалы")
class MaterialApiController {

    private final MaterialManagement materials;

    MaterialApiController(MaterialManagement materials) {
        this.materials = materials;
    }

    @GetMapping("/materials")
    @Operation(summary = "Поиск методических материалов: слова (полнотекстовый поиск по-русски), тема, аудитория")
    ApiPage<MaterialView> search(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @ParameterObject MaterialSearchQuery query) {
        return ApiPage.of(materials.search(me, orgId, query.query(), query.asked()));
    }

    @GetMapping("/material-topics")
    @Operation(summary = "Темы (словарь профессиональных запросов), из которых выбирают темы материала")
    List<MaterialTopic> topics(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return materials.topics(me, orgId);
    }

    @PostMapping(value = "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Опубликовать материал: файл (file) или ссылку (url), название, описание, темы, аудитории")
    ResponseEntity<MaterialView> publish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam MaterialKind kind,
            @ParameterObject MaterialDraftForm draft,
            @RequestParam(required = false) MultipartFile file)
            throws IOException {
        try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            MaterialView view = materials.publish(
                    me, orgId, kind, draft.draft(), in, file == null ? null : file.getOriginalFilename());
            return ResponseEntity.status(HttpStatus.CREATED)
                    .eTag(ETags.of(view.version()))
                    .body(view);
        }
    }

    @GetMapping("/materials/{id}")
    @Operation(summary = "Материал с версиями файла")
    ResponseEntity<MaterialView> get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MaterialId id) {
        MaterialView view = materials.get(me, orgId, id);
        return ETags.ok(view.version(), view);
    }

    @PutMapping("/materials/{id}")
    @Operation(summary = "Изменить название, описание, ссылку, темы и аудитории материала")
    ResponseEntity<MaterialView> edit(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MaterialId id,
            @RequestBody MaterialDraft draft,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        MaterialView view = materials.edit(me, orgId, id, draft, ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @PostMapping(value = "/materials/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Заменить файл материала (прежние версии сохраняются)")
    MaterialView replace(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MaterialId id,
            @RequestParam(required = false) MultipartFile file)
            throws IOException {
        try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            return materials.replaceFile(me, orgId, id, in, file == null ? null : file.getOriginalFilename());
        }
    }

    @GetMapping("/materials/{id}/files/{number}")
    @Operation(summary = "Скачать версию файла материала (номер версии с 1)")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MaterialId id,
            @PathVariable int number) {
        return MaterialController.file(materials.download(me, orgId, id, number));
    }
}
