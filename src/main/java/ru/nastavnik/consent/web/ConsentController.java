package ru.nastavnik.consent.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.consent.ConsentBatches;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentRetention;
import ru.nastavnik.consent.ConsentScans;
import ru.nastavnik.consent.ConsentSettingsView;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.consent.GiveConsents;
import ru.nastavnik.consent.ScanPart;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.SavedMeanwhile;
import ru.nastavnik.shared.web.Submit;

/** The consents of one person (a panel on the staff card) and the organisation's overview by purpose. */
@Controller
class ConsentController {

    static final String PANEL = "consent/_person-consents";
    static final String OVERVIEW = "consent/consent-overview";
    /** The overview's page fields are named {@code pages-<consent id>}. */
    static final String PAGES = "pages-";

    private final ConsentManagement consents;
    private final ConsentRetention retention;
    private final ConsentScans scans;
    private final ConsentBatches batches;
    private final StaffManagement staff;
    private final ru.nastavnik.consent.SubjectAccessExport export;

    ConsentController(
            ConsentManagement consents,
            ConsentRetention retention,
            ConsentScans scans,
            ConsentBatches batches,
            StaffManagement staff,
            ru.nastavnik.consent.SubjectAccessExport export) {
        this.consents = consents;
        this.retention = retention;
        this.scans = scans;
        this.batches = batches;
        this.staff = staff;
        this.export = export;
    }

    @GetMapping("/consent/persons/{personId}")
    String panel(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId personId, Model model) {
        PersonId person = personId;
        OrganisationId organisation = staff.organisationOf(me, person);
        List<ConsentView> all = consents.ofPerson(me, organisation, person);
        Map<ConsentPurpose, ConsentView> latest = new java.util.EnumMap<>(ConsentPurpose.class);
        for (ConsentView consent : all) {
            latest.putIfAbsent(consent.purpose(), consent);
        }
        model.addAttribute("personId", person);
        model.addAttribute("organisationId", organisation);
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("latest", latest);
        model.addAttribute("history", all);
        model.addAttribute("today", consents.today(organisation));
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
        GiveConsent command =
                new GiveConsent(personId.toString(), purpose, given.givenOn(), given.validUntil(), given.items());
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
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate withdrawnOn,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return Submit.to(
                "redirect:/people/staff/" + person,
                redirect,
                () -> consents.withdraw(me, organisation, id, withdrawnOn, reason),
                "consent.withdrawnMessage");
    }

    @GetMapping("/consent/consents")
    String overview(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(name = "organisation", required = false) OrganisationId organisation,
            @RequestParam(name = "purpose", defaultValue = "PERSONAL_DATA") ConsentPurpose purpose,
            Model model) {
        OrganisationId organisationId = RequestedOrganisation.get(me, organisation);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("purpose", purpose);
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("missing", consents.missing(me, organisationId, purpose));
        model.addAttribute("consents", consents.search(me, organisationId, purpose, null));
        model.addAttribute("names", names(me, organisationId));
        model.addAttribute("today", consents.today(organisationId));
        model.addAttribute("settings", retention.settings(me, organisationId));
        return OVERVIEW;
    }

    /** The signed forms that came back, ticked on the overview, marked received on one day: all or none. */
    @PostMapping("/consent/consents/given")
    String markGiven(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam("organisation") OrganisationId organisation,
            @RequestParam ConsentPurpose purpose,
            @RequestParam(name = "consent", required = false) List<String> selected,
            GivenForm given,
            RedirectAttributes redirect) {
        OrganisationId organisationId = organisation;
        Submit.done(redirect, () -> {
            int marked = batches.markGiven(
                            me,
                            organisationId,
                            new GiveConsents(
                                    selected == null ? List.of() : selected,
                                    given.givenOn(),
                                    given.validUntil(),
                                    given.items()))
                    .size();
            return Flash.of("consent.batch.marked", marked);
        });
        return overviewOf(organisationId, purpose);
    }

    /** One scan of many signed forms, cut by the pages written against each consent on the overview. */
    @PostMapping("/consent/consents/scan-parts")
    String scanParts(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam("organisation") OrganisationId organisation,
            @RequestParam ConsentPurpose purpose,
            @RequestParam(name = "scan", required = false) MultipartFile scan,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect)
            throws IOException {
        OrganisationId organisationId = organisation;
        List<ScanPart> parts = form.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PAGES) && !e.getValue().isBlank())
                .map(e -> new ScanPart(e.getKey().substring(PAGES.length()), e.getValue()))
                .toList();
        Submit.done(redirect, () -> {
            try (InputStream in = scan == null || scan.isEmpty() ? null : scan.getInputStream()) {
                int done =
                        batches.attachScanParts(me, organisationId, in, parts).size();
                return Flash.of("consent.split.done", done);
            }
        });
        return overviewOf(organisationId, purpose);
    }

    private static String overviewOf(OrganisationId organisation, ConsentPurpose purpose) {
        return "redirect:/consent/consents?organisation=" + organisation + "&purpose=" + purpose;
    }

    static List<String> items(String publishedItems) {
        return publishedItems == null
                ? List.of()
                : Arrays.stream(publishedItems.split("[,;]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    @PostMapping("/consent/settings")
    String settings(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam("organisation") OrganisationId organisation,
            @RequestParam(name = "retentionDays", required = false) Integer retentionDays,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId organisationId = organisation;
        try {
            Submit.done(
                    redirect,
                    () -> {
                        if (retentionDays == null) {
                            throw InvalidInputException.of("retentionDays", "consent.retentionDays.range");
                        }
                        retention.retentionDays(me, organisationId, retentionDays, version);
                    },
                    "consent.settings.saved");
        } catch (StaleVersionException | VersionRequiredException e) {
            // saved by someone else since she opened the page: the page again, her term in the form, his beside it
            String page = overview(me, organisation, ConsentPurpose.PERSONAL_DATA, model);
            SavedMeanwhile.show(
                    model,
                    "typedSettings",
                    new ConsentSettingsView(retentionDays, 0),
                    model.getAttribute("settings"),
                    "form.stale");
            return page;
        }
        return "redirect:/consent/consents?organisation=" + organisationId;
    }

    private Map<PersonId, String> names(NastavnikPrincipal me, OrganisationId organisation) {
        Map<PersonId, String> names = new java.util.HashMap<>();
        staff.current(me, organisation).forEach(s -> names.put(s.id(), s.data().fullName()));
        return names;
    }
}
