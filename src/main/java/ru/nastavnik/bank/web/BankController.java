package ru.nastavnik.bank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import ru.nastavnik.bank.BankCapacities;
import ru.nastavnik.bank.MentoringFormSettings;
import ru.nastavnik.bank.MentoringForms;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.bank.internal.BankExport;
import ru.nastavnik.bank.internal.BankKind;
import ru.nastavnik.bank.internal.BankPages;
import ru.nastavnik.bank.internal.BankRegistry;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffQuery;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.SavedMeanwhile;
import ru.nastavnik.shared.web.Submit;

/** The school's two banks (stages 2 and 3 of the roadmap); the area's shared bank is {@link SharedBankController}. */
@Controller
class BankController {

    static final String MENTEES = "bank/mentee-bank";
    static final String MENTORS = "bank/mentor-bank";
    static final int CANDIDATES = 50;
    static final int INVITE_LIMIT = 100;

    private final BankRegistry banks;
    private final BankCapacities capacities;
    private final BankPages pages;
    private final Vocabulary vocabulary;
    private final BankExport export;
    private final StaffManagement staff;
    private final MentoringFormSettings forms;
    private final MessageSource messages;

    BankController(
            BankRegistry banks,
            BankCapacities capacities,
            BankPages pages,
            Vocabulary vocabulary,
            BankExport export,
            StaffManagement staff,
            MentoringFormSettings forms,
            MessageSource messages) {
        this.banks = banks;
        this.capacities = capacities;
        this.pages = pages;
        this.vocabulary = vocabulary;
        this.export = export;
        this.staff = staff;
        this.forms = forms;
        this.messages = messages;
    }

    // One read-only transaction (one connection, one Hibernate session) for the page's reads and its audit record,
    // instead of one per service call (issue 20: a page view's cost)
    @Transactional(readOnly = true)
    @GetMapping("/bank/mentees")
    String mentees(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            MenteeFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String who,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        candidates(me, org, who, model);
        var shown = pages.mentees(me, org, filter.filter(), page);
        model.addAttribute("page", shown.current());
        model.addAttribute("entries", shown.current().getContent());
        model.addAttribute("left", shown.left());
        model.addAttribute(
                "pagerBase", pagerBase(org, "need", filter.need(), "category", filter.category(), "q", filter.q()));
        model.addAttribute("need", filter.need());
        model.addAttribute("category", filter.category());
        model.addAttribute("q", filter.q());
        BankChoices.mentee(vocabulary, org, model);
        return MENTEES;
    }

    // One read-only transaction (one connection, one Hibernate session) for the page's reads and its audit record,
    // instead of one per service call (issue 20: a page view's cost)
    @Transactional(readOnly = true)
    @GetMapping("/bank/mentors")
    String mentors(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            MentorFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String who,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        candidates(me, org, who, model);
        var shown = pages.mentors(me, org, filter.filter(), page);
        model.addAttribute("page", shown.current());
        model.addAttribute("entries", shown.current().getContent());
        model.addAttribute("left", shown.left());
        model.addAttribute(
                "pagerBase",
                pagerBase(
                        org,
                        "competence",
                        filter.competence(),
                        "subject",
                        filter.subject(),
                        "training",
                        filter.training(),
                        "freeCapacity",
                        filter.freeCapacity(),
                        "q",
                        filter.q()));
        model.addAttribute("competence", filter.competence());
        model.addAttribute("subject", filter.subject());
        model.addAttribute("training", filter.training());
        model.addAttribute("q", filter.q());
        var titles = BankChoices.mentor(vocabulary, capacities, me, org, model);
        model.addAttribute(
                "mentorRows",
                MentorRows.of(shown.current().getContent(), titles, messages, locale, request.getContextPath(), org));
        model.addAttribute("regulationForms", forms.get(me, org));
        model.addAttribute("usualForms", MentoringForms.DEFAULTS);
        return MENTORS;
    }

    /**
     * The mentors the filter found, invited to a new event: the event form opens with them chosen by name. The ids
     * travel in the address (the bank does not know the events module, only its page's address), at most
     * {@value #INVITE_LIMIT} of them, which keeps the address within what servers and balancers accept.
     */
    @PostMapping("/bank/mentors/invite")
    String invite(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            MentorFilter filter) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        StringBuilder address = new StringBuilder("redirect:/events/new?organisation=").append(org);
        banks.mentors(me, org, filter.invitation()).stream()
                .limit(INVITE_LIMIT)
                .forEach(m -> address.append("&people=").append(m.personId()));
        return address.toString();
    }

    @GetMapping("/bank/{kind:mentees|mentors}/export")
    void exportBank(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String kind,
            @RequestParam(required = false) OrganisationId organisation,
            HttpServletResponse response)
            throws IOException {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        BankKind bank = kind.equals("mentees") ? BankKind.MENTEE : BankKind.MENTOR;
        sendXlsx(response, export.fileName(org, bank), export.write(me, org, bank));
    }

    @PostMapping("/bank/topics")
    String addTopic(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) String title,
            @RequestParam(defaultValue = "mentors") String back,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.to(
                "redirect:/bank/" + (back.equals("mentees") ? "mentees" : back.equals("shared") ? "shared" : "mentors")
                        + "?organisation=" + org,
                redirect,
                () -> vocabulary.add(me, org, title),
                "bank.topic.added");
    }

    @PostMapping("/bank/settings")
    String settings(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            LimitsForm limits,
            @RequestParam(required = false) Long version,
            Locale locale,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        try {
            Submit.done(
                    redirect,
                    () -> {
                        limits.check();
                        capacities.capacityLimits(me, org, limits.defaultCapacity(), limits.maxCapacity(), version);
                    },
                    "bank.settings.saved");
        } catch (StaleVersionException | VersionRequiredException e) {
            // saved by someone else since she opened the page: the page again, her limits in the form, his beside them
            String page = mentors(me, organisation, MentorFilter.NONE, 0, null, locale, request, model);
            SavedMeanwhile.show(model, "typedLimits", limits.typed(), model.getAttribute("limits"), "form.stale");
            return page;
        }
        return "redirect:/bank/mentors?organisation=" + org;
    }

    /** The person's bank entries, shown on the staff card (loaded by htmx; empty for those who may not see it). */
    @GetMapping("/bank/persons/{personId}")
    String personPanel(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId personId, Model model) {
        PersonId person = personId;
        OrganisationId org = staff.organisationOf(me, person);
        model.addAttribute("history", banks.history(me, org, person));
        BankChoices.topics(vocabulary, org, model);
        return "bank/_person-bank";
    }

    static void sendXlsx(HttpServletResponse response, String fileName, byte[] content) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", SafeFileName.attachment(fileName));
        response.getOutputStream().write(content);
    }

    /** The list's address with its filters, to which the pager adds {@code page=}. */
    static String pagerBase(OrganisationId organisation, Object... filters) {
        var builder = UriComponentsBuilder.fromPath("").queryParam("organisation", organisation);
        for (int i = 0; i + 1 < filters.length; i += 2) {
            if (filters[i + 1] != null && !filters[i + 1].toString().isBlank()) {
                builder.queryParam(filters[i].toString(), filters[i + 1]);
            }
        }
        return builder.encode().build().toUriString() + "&";
    }

    /** The staff found by the add form's search, on the server: a page of them, never the whole staff. */
    private void candidates(NastavnikPrincipal me, OrganisationId org, String who, Model model) {
        boolean searched = who != null && !who.isBlank();
        model.addAttribute("who", searched ? who.strip() : null);
        model.addAttribute(
                "candidates",
                searched
                        ? staff.search(me, org, new StaffQuery(who, null, false, 0, CANDIDATES))
                                .getContent()
                        : List.of());
    }
}
