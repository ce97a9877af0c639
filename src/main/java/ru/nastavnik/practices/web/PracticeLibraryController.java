package ru.nastavnik.practices.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.practices.PracticeDocuments;
import ru.nastavnik.practices.PracticeFile;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.internal.PracticeHierarchy;
import ru.nastavnik.practices.internal.PracticeLibrary;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.PageRefusal;

/**
 * The municipal and regional libraries with their search and the proposals waiting for a decision; sending a
 * practice up, the level's decision on it, and the practice as the contest's DOCX.
 */
@Controller
@RequestMapping("/practices")
class PracticeLibraryController {

    static final String LIBRARY = "practices/library";

    private final PracticeLibrary library;
    private final PracticeHierarchy hierarchy;
    private final PracticeDocuments documents;

    PracticeLibraryController(PracticeLibrary library, PracticeHierarchy hierarchy, PracticeDocuments documents) {
        this.library = library;
        this.hierarchy = hierarchy;
        this.documents = documents;
    }

    @GetMapping("/library")
    String library(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            LibraryFilter filter,
            Model model) {
        OrganisationId area = organisation != null
                ? organisation
                : me.grants().stream()
                        .filter(g ->
                                g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                        .map(g -> g.organisation())
                        .findFirst()
                        .orElseThrow(NotFoundException::new);
        model.addAttribute("schools", library.schools(me, area));
        model.addAttribute("proposals", hierarchy.proposals(me, area));
        model.addAttribute(
                "entries",
                PageRefusal.read(model, "refusal", () -> library.search(me, area, filter.query()))
                        .orElse(java.util.List.of()));
        model.addAttribute("organisationId", area);
        model.addAttribute("q", filter.q());
        model.addAttribute("school", filter.school());
        model.addAttribute("level", filter.level());
        model.addAttribute("levels", PracticeLevel.values());
        return LIBRARY;
    }

    @PostMapping("/{id}/proposal")
    String propose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PracticeId id,
            @RequestParam OrganisationId organisation,
            RedirectAttributes redirect) {
        return Outcome.of(id, redirect, () -> hierarchy.propose(me, organisation, id), "practice.up.proposed");
    }

    @PostMapping("/{id}/level-acceptance")
    String acceptUp(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PracticeId id,
            @RequestParam OrganisationId organisation,
            RedirectAttributes redirect) {
        return Outcome.of(id, redirect, () -> hierarchy.accept(me, organisation, id), "practice.up.accepted");
    }

    @PostMapping("/{id}/return")
    String giveBack(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PracticeId id,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return Outcome.of(
                id, redirect, () -> hierarchy.giveBack(me, organisation, id, comment), "practice.up.returned");
    }

    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PracticeId id) {
        return download(documents.contestEntry(me, id));
    }

    static ResponseEntity<byte[]> download(PracticeFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(file.fileName()))
                .body(file.content());
    }
}
