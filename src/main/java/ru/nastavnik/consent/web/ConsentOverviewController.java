package ru.nastavnik.consent.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentReads;
import ru.nastavnik.consent.internal.ConsentBatches;
import ru.nastavnik.consent.internal.ConsentRetention;
import ru.nastavnik.consent.internal.ConsentSettingsView;
import ru.nastavnik.consent.internal.GiveConsents;
import ru.nastavnik.consent.internal.ScanPart;
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

/**
 * The organisation's consents by purpose: who has not given one, the signed forms that came back marked received at
 * once, one scan of many forms cut by pages, and how long consents are kept after they end.
 */
@Controller
class ConsentOverviewController {

    static final String OVERVIEW = "consent/consent-overview";
    /** The overview's page fields are named {@code pages-<consent id>}. */
    static final String PAGES = "pages-";

    private final ConsentReads consents;
    private final ConsentRetention retention;
    private final ConsentBatches batches;
    private final StaffManagement staff;

    ConsentOverviewController(
            ConsentReads consents, ConsentRetention retention, ConsentBatches batches, StaffManagement staff) {
        this.consents = consents;
        this.retention = retention;
        this.batches = batches;
        this.staff = staff;
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
        model.addAttribute("distributionKinds", ru.nastavnik.consent.DistributionKind.values());
        model.addAttribute("distributionChannels", ru.nastavnik.consent.DistributionChannel.values());
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
                                    given.items(),
                                    purpose == ConsentPurpose.PUBLICATION ? given.scope() : null))
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
