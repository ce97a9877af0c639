package ru.nastavnik.training.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.Submit;
import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.MaterialId;
import ru.nastavnik.training.MaterialView;
import ru.nastavnik.training.internal.Download;
import ru.nastavnik.training.internal.MaterialManagement;
import ru.nastavnik.training.internal.MaterialQuery;

/** The methodical materials: the searchable list, a material's card with its file versions, publishing and editing. */
@Controller
@RequestMapping("/training/materials")
class MaterialController {

    static final String LIST = "training/material-list";
    static final String FORM = "training/material-form";
    static final String DETAIL = "training/material-detail";
    private static final int PAGE_SIZE = 20;

    private final MaterialManagement materials;

    MaterialController(MaterialManagement materials) {
        this.materials = materials;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            MaterialFilter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrganisationId org = context(me, organisation);
        MaterialQuery query = filter.query();
        model.addAttribute("page", materials.search(me, org, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("query", query);
        model.addAttribute("topics", materials.topics(me, org));
        model.addAttribute("audiences", MaterialAudience.values());
        model.addAttribute("organisationId", org);
        model.addAttribute("mayPublish", materials.mayPublish(me, org));
        model.addAttribute(
                "pagerBase",
                UriComponentsBuilder.fromPath("")
                                .queryParam("organisation", org)
                                .queryParam("q", query.words())
                                .queryParam("topic", query.topic())
                                .queryParam(
                                        "audience",
                                        filter.audience() == null
                                                ? ""
                                                : filter.audience().name())
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        return LIST;
    }

    @GetMapping("/new")
    String create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = publisher(me, organisation);
        model.addAttribute("materialForm", new MaterialForm());
        return form(me, org, null, model);
    }

    @PostMapping
    String publish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @ModelAttribute MaterialForm materialForm,
            BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        OrganisationId org = publisher(me, organisation);
        try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            return FormPage.of(model, result, () -> form(me, org, null, model))
                    .submit(
                            redirect,
                            () -> materials.publish(
                                    me,
                                    org,
                                    materialForm.getKind(),
                                    materialForm.draft(),
                                    in,
                                    file == null ? null : file.getOriginalFilename()),
                            published -> Flash.of("training.material.published"),
                            published -> "redirect:/training/materials/" + published.id());
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable MaterialId id, Model model) {
        MaterialView material = materials.get(me, id);
        model.addAttribute("material", material);
        model.addAttribute("mayEdit", materials.mayPublish(me, material.organisation()));
        return DETAIL;
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable MaterialId id, Model model) {
        MaterialView material = editable(me, id);
        model.addAttribute("materialForm", MaterialForm.of(material));
        return form(me, material.organisation(), material, model);
    }

    @PostMapping("/{id}")
    String save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MaterialId id,
            @ModelAttribute MaterialForm materialForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MaterialView material = editable(me, id);
        materialForm.setKind(material.kind());
        try {
            return FormPage.of(model, result, () -> form(me, material.organisation(), material, model))
                    .submit(
                            redirect,
                            () -> materials.edit(me, id, materialForm.draft(), materialForm.getVersion()),
                            "training.material.saved",
                            "redirect:/training/materials/" + id);
        } catch (StaleVersionException e) {
            result.reject("training.material.savedMeanwhile");
            materialForm.setVersion(e.current());
            return form(me, material.organisation(), material, model);
        }
    }

    @PostMapping("/{id}/file")
    String replace(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MaterialId id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        Submit.done(
                redirect,
                () -> {
                    try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
                        materials.replaceFile(me, id, in, file == null ? null : file.getOriginalFilename());
                    }
                },
                "training.material.fileReplaced");
        return "redirect:/training/materials/" + id;
    }

    @GetMapping("/{id}/files/{number}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable MaterialId id, @PathVariable int number) {
        return file(materials.download(me, id, number));
    }

    static ResponseEntity<byte[]> file(Download download) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(download.name()))
                .header(HttpHeaders.CONTENT_TYPE, download.contentType())
                .body(download.content());
    }

    private MaterialView editable(NastavnikPrincipal me, MaterialId id) {
        MaterialView material = materials.get(me, id);
        if (!materials.mayPublish(me, material.organisation())) {
            throw new NotFoundException();
        }
        return material;
    }

    private String form(NastavnikPrincipal me, OrganisationId org, MaterialView material, Model model) {
        model.addAttribute("organisationId", org);
        model.addAttribute("material", material);
        model.addAttribute("topics", materials.topics(me, org));
        model.addAttribute("audiences", MaterialAudience.values());
        return FORM;
    }

    private OrganisationId publisher(NastavnikPrincipal me, OrganisationId requested) {
        OrganisationId org = context(me, requested);
        if (!materials.mayPublish(me, org)) {
            throw new NotFoundException();
        }
        return org;
    }

    private static OrganisationId context(NastavnikPrincipal me, OrganisationId requested) {
        return requested != null ? requested : MaterialManagement.homeOf(me).orElseThrow(NotFoundException::new);
    }
}
