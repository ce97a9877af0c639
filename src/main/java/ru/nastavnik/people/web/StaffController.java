package ru.nastavnik.people.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.people.internal.StaffAccess;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.SavedMeanwhile;
import ru.nastavnik.shared.web.Submit;

@Controller
@RequestMapping("/people/staff")
class StaffController {

    static final String LIST = "people/staff-list";
    static final String DETAIL = "people/staff-detail";
    static final String FORM = "people/staff-form";

    private final StaffManagement staff;
    private final CurrentOrganisation current;
    private final StaffAccess access;
    private final StaffAccounts accounts;

    StaffController(StaffManagement staff, CurrentOrganisation current, StaffAccess access, StaffAccounts accounts) {
        this.staff = staff;
        this.current = current;
        this.access = access;
        this.accounts = accounts;
    }

    // One read-only transaction (one connection, one Hibernate session) for the page's reads and its audit record,
    // instead of one per service call (issue 20: a page view's cost)
    @Transactional(readOnly = true)
    @GetMapping
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(name = "organisation", required = false) OrganisationId organisation,
            StaffFilter filter,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model,
            RedirectAttributes redirect) {
        var organisationId = current.resolve(me, organisation);
        if (organisationId.isEmpty()) {
            Flash.error(redirect, "staff.chooseOrganisation");
            return "redirect:/organisation/organisations";
        }
        model.addAttribute("organisationId", organisationId.get());
        model.addAttribute("organisationName", current.name(organisationId.get()));
        model.addAttribute("page", staff.search(me, organisationId.get(), filter.query(page, 25)));
        model.addAttribute("q", filter.q());
        model.addAttribute("category", filter.category());
        model.addAttribute("archived", filter.showArchived());
        model.addAttribute("left", filter.showLeft());
        model.addAttribute("categories", QualificationCategory.values());
        return LIST;
    }

    @GetMapping("/new")
    String newForm(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(name = "organisation", required = false) OrganisationId organisation,
            Model model,
            RedirectAttributes redirect) {
        var organisationId = current.resolve(me, organisation);
        if (organisationId.isEmpty()) {
            Flash.error(redirect, "staff.chooseOrganisation");
            return "redirect:/organisation/organisations";
        }
        access.check(me, organisationId.get());
        return form(model, new StaffForm(), organisationId.get(), null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam("organisation") OrganisationId organisation,
            @ModelAttribute("staffForm") StaffForm staffForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId organisationId = organisation;
        access.check(me, organisationId);
        return FormPage.of(model, result, () -> form(model, staffForm, organisationId, null))
                .submit(
                        redirect,
                        () -> staff.create(me, organisationId, staffForm.toData()),
                        created -> Flash.of("staff.created", created.data().fullName()),
                        created -> "redirect:/people/staff/" + created.id());
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId id, Model model) {
        StaffView person = staff.get(me, id);
        model.addAttribute("person", person);
        model.addAttribute(
                "account",
                accounts.accountOf(me, person.organisationId(), person.id()).orElse(null));
        return DETAIL;
    }

    @PostMapping("/{id}/account")
    String linkAccount(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PersonId id,
            @RequestParam(name = "username", required = false) String username,
            @RequestParam(name = "despiteName", defaultValue = "false") boolean despiteName,
            RedirectAttributes redirect) {
        PersonId personId = id;
        return Submit.to(
                "redirect:/people/staff/" + id,
                redirect,
                () -> accounts.link(me, staff.organisationOf(me, personId), personId, username, despiteName),
                "staff.account.linked");
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId id, Model model) {
        StaffView person = staff.get(me, id);
        return form(model, StaffForm.of(person.data(), person.version()), person.organisationId(), person.id());
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PersonId id,
            @ModelAttribute("staffForm") StaffForm staffForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PersonId personId = id;
        OrganisationId organisationId = staff.organisationOf(me, personId);
        try {
            return FormPage.of(model, result, () -> form(model, staffForm, organisationId, personId))
                    .submit(
                            redirect,
                            () -> staff.update(
                                    me, organisationId, personId, staffForm.toData(), staffForm.getVersion()),
                            "staff.updated",
                            "redirect:/people/staff/" + id);
        } catch (StaleVersionException | VersionRequiredException e) {
            // someone saved the card meanwhile: her input stays, his values are shown beside it, and the next save
            // is made knowingly over the version she has now seen
            StaffView saved = staff.get(me, organisationId, personId);
            SavedMeanwhile.show(model, result, staffForm, StaffForm.of(saved.data()), saved.version(), "staff.stale");
            return form(model, staffForm, organisationId, personId);
        }
    }

    @PostMapping("/{id}/archive")
    String archive(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId id, RedirectAttributes redirect) {
        PersonId personId = id;
        staff.archive(me, staff.organisationOf(me, personId), personId);
        Flash.success(redirect, "staff.archivedMessage");
        return "redirect:/people/staff/" + id;
    }

    @PostMapping("/{id}/restore")
    String restore(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PersonId id, RedirectAttributes redirect) {
        PersonId personId = id;
        staff.restore(me, staff.organisationOf(me, personId), personId);
        Flash.success(redirect, "staff.restoredMessage");
        return "redirect:/people/staff/" + id;
    }

    private static String form(Model model, StaffForm form, OrganisationId organisation, PersonId person) {
        model.addAttribute("staffForm", form);
        model.addAttribute("organisationId", organisation);
        model.addAttribute("personId", person);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("categories", QualificationCategory.values());
        model.addAttribute("leavingReasons", ru.nastavnik.people.LeavingReason.values());
        return FORM;
    }
}
