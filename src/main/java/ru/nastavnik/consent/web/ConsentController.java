package ru.nastavnik.consent.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentReads;
import ru.nastavnik.consent.ConsentScans;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/** The consents of one person: a panel on the staff card, her forms, scans, withdrawal and subject-access export. */
@Controller
class ConsentController {

    static final String PANEL = "consent/_person-consents";

    private final ConsentManagement consents;
    private final ConsentReads reads;
    private final ConsentScans scans;
    private final StaffManagement staff;
    private final ru.nastavnik.consent.internal.SubjectAccessExport export;
    private final ru.nastavnik.consent.internal.ConsentScopes scopes;

    ConsentController(
            ConsentManagement consents,
            ConsentReads reads,
            ConsentScans scans,
            StaffManagement staff,
            ru.nastavnik.consent.internal.SubjectAccessExport export,
            ru.nastavnik.consent.internal.ConsentScopes scopes) {
        this.scopes = scopes;
        this.consents = consents;
        this.reads = reads;
        this.scans = scans;
        this.staff = staff;
        this.export = export;
    }

    @GetMapping("/consent/persons/{personId}")
    String panel(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId personId, Model model) {
        PersonId person = personId;
        OrganisationId organisation = staff.organisationOf(me, person);
        List<ConsentView> all = reads.ofPerson(me, organisation, person);
        Map<ConsentPurpose, ConsentView> latest = new java.util.EnumMap<>(ConsentPurpose.class);
        for (ConsentView consent : all) {
            latest.putIfAbsent(consent.purpose(), consent);
        }
        model.addAttribute("personId", person);
        model.addAttribute("organisationId", organisation);
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("latest", latest);
        model.addAttribute("history", all);
        model.addAttribute("today", reads.today(organisation));
        model.addAttribute("distributionKinds", ru.nastavnik.consent.DistributionKind.values());
        model.addAttribute("distributionChannels", ru.nastavnik.consent.DistributionChannel.values());
        return PANEL;
    }

    @PostMapping("/consent/persons/{personId}/given")
    String given(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PersonId personId,
            @RequestParam ConsentPurpose purpose,
            GivenForm given,
            @RequestParam(name = "scan", required = false) MultipartFile scan,
            RedirectAttributes redirect)
            throws IOException {
        PersonId person = personId;
        OrganisationId organisation = staff.organisationOf(me, person);
        GiveConsent command = new GiveConsent(
                personId.toString(),
                purpose,
                given.givenOn(),
                given.validUntil(),
                given.items(),
                purpose == ConsentPurpose.PUBLICATION ? given.scope() : null);
        Submit.done(
                redirect,
                () -> {
                    try (InputStream in = scan == null || scan.isEmpty() ? null : scan.getInputStream()) {
                        consents.recordGivenWithScan(
                                me, organisation, command, in, scan == null ? null : scan.getOriginalFilename());
                    }
                },
                "consent.recorded");
        return "redirect:/people/staff/" + personId;
    }

    @PostMapping("/consent/consents/{id}/scan")
    String scan(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ConsentId id,
            @RequestParam("organisation") OrganisationId organisation,
            @RequestParam("person") PersonId person,
            @RequestParam(name = "scan", required = false) MultipartFile scan,
            RedirectAttributes redirect)
            throws IOException {
        Submit.done(
                redirect,
                () -> {
                    try (InputStream in = scan == null || scan.isEmpty() ? null : scan.getInputStream()) {
                        if (in == null) {
                            throw InvalidInputException.of("file", "document.file.empty");
                        }
                        consents.attachScan(me, organisation, id, in, scan.getOriginalFilename());
                    }
                },
                "consent.scanUploaded");
        return "redirect:/people/staff/" + person;
    }

    @GetMapping("/consent/consents/{id}/scan")
    void downloadScan(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ConsentId id,
            @RequestParam("organisation") OrganisationId organisation,
            jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        var scan = scans.scan(me, organisation, id);
        response.setContentType(scan.info().contentType());
        response.setHeader(
                "Content-Disposition",
                ru.nastavnik.documents.SafeFileName.attachment(scan.info().originalName()));
        try (InputStream in = scan.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    @GetMapping(path = "/consent/persons/{personId}/subject-access", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<Map<String, Object>> subjectAccess(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId personId) {
        PersonId person = personId;
        Map<String, Object> data = export.export(me, staff.organisationOf(me, person), person);
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", ru.nastavnik.documents.SafeFileName.attachment(export.fileName(data)))
                .body(data);
    }

    @PostMapping("/consent/consents/{id}/withdrawal")
    String withdraw(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ConsentId id,
            @RequestParam("organisation") OrganisationId organisation,
            @RequestParam("person") PersonId person,
            WithdrawalForm form,
            RedirectAttributes redirect) {
        return Submit.to(
                "redirect:/people/staff/" + person,
                redirect,
                () -> consents.withdraw(me, organisation, id, form.withdrawnOn(), form.reason()),
                "consent.withdrawnMessage");
    }

    /** She demanded that distribution of some of her data stop: the consent is narrowed to what stays ticked. */
    @PostMapping("/consent/consents/{id}/scope")
    String narrow(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ConsentId id,
            @RequestParam("organisation") OrganisationId organisation,
            @RequestParam("person") PersonId person,
            GivenForm scope,
            RedirectAttributes redirect) {
        return Submit.to(
                "redirect:/people/staff/" + person,
                redirect,
                () -> scopes.narrow(me, organisation, id, scope.scope()),
                "consentScope.narrowed");
    }

    static List<String> items(String publishedItems) {
        return publishedItems == null
                ? List.of()
                : Arrays.stream(publishedItems.split("[,;]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
