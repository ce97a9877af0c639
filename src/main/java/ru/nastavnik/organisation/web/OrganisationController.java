package ru.nastavnik.organisation.web;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.organisation.UserSummary;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.SavedMeanwhile;
import ru.nastavnik.shared.web.Submit;

@Controller
@RequestMapping("/organisation/organisations")
class OrganisationController {

    static final String LIST = "organisation/organisation-list";
    static final String DETAIL = "organisation/organisation-detail";

    private final OrganisationManagement organisations;
    private final UserManagement users;

    OrganisationController(OrganisationManagement organisations, UserManagement users) {
        this.organisations = organisations;
        this.users = users;
    }

    @GetMapping
    String list(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        if (!model.containsAttribute("organisationForm")) {
            model.addAttribute("organisationForm", new OrganisationForm());
        }
        model.addAttribute("organisations", OrganisationTree.of(organisations.visibleTo(me)));
        model.addAttribute(
                "parents",
                organisations.visibleTo(me).stream()
                        .filter(o -> o.kind() != OrganisationKind.ORGANISATION)
                        .toList());
        model.addAttribute("kinds", OrganisationKind.values());
        return LIST;
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @ModelAttribute OrganisationForm organisationForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormPage.of(model, result, () -> list(me, model))
                .submit(
                        redirect,
                        () -> organisations.create(me, organisationForm.toRequest()),
                        created -> Flash.of("organisation.created", created.name()),
                        created -> "redirect:/organisation/organisations/" + created.id());
    }

    @GetMapping("/{id}")
    String detail(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable("id") OrganisationId organisationId,
            Model model) {
        OrganisationSummary organisation = organisations.get(me, organisationId);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "children",
                organisations.subtree(organisationId).stream()
                        .filter(o -> organisationId.equals(o.parentId()))
                        .toList());
        model.addAttribute(
                "parent",
                organisation.parentId() == null
                        ? null
                        : organisations.find(organisation.parentId()).orElse(null));
        // a school's curator sees her municipality's name but not its card: no link that answers 404
        model.addAttribute(
                "parentLinked", organisation.parentId() != null && organisations.mayView(me, organisation.parentId()));
        boolean manageUsers = users.mayManageUsers(me, organisationId);
        model.addAttribute("manageUsers", manageUsers);
        model.addAttribute("timeZones", OrganisationManagement.TIME_ZONES);
        List<UserSummary> accounts = manageUsers ? users.inOrganisation(me, organisationId) : List.of();
        model.addAttribute("users", accounts);
        // the accounts whose password she may reset and which she may block: the administrator's any, a director's
        // her organisation's staff
        model.addAttribute(
                "manageable",
                accounts.stream()
                        .map(UserSummary::id)
                        .filter(u -> users.mayManage(me, u))
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("grantable", grantableRoles(me, organisation));
        model.addAttribute(
                "canStaff",
                organisation.kind() == OrganisationKind.ORGANISATION
                        && (me.isSystemAdmin() || me.hasAnyIn(organisationId, Role.DIRECTOR, Role.CURATOR)));
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new UserForm());
        }
        if (!model.containsAttribute("requisitesForm")) {
            model.addAttribute("requisitesForm", RequisitesForm.of(organisation.requisites(), organisation.version()));
        }
        model.addAttribute("editRequisites", organisations.mayEditRequisites(me, organisation));
        model.addAttribute("genders", Gender.values());
        return DETAIL;
    }

    @PostMapping("/{id}/users")
    String createUser(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable("id") OrganisationId organisationId,
            @ModelAttribute UserForm userForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        organisations.get(me, organisationId);
        return FormPage.of(model, result, () -> detail(me, organisationId, model))
                .submit(
                        redirect,
                        () -> users.create(me, userForm.toRequest(organisationId.toString())),
                        created -> Flash.of("user.created", created.username()),
                        created -> "redirect:/organisation/organisations/" + organisationId);
    }

    /** A forgotten password: a new one, shown once in the flash to hand over; her sessions end. */
    @PostMapping("/{id}/users/{user}/password")
    String resetPassword(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId id,
            @PathVariable UserId user,
            RedirectAttributes redirect) {
        organisations.get(me, id);
        String login = users.find(user).map(UserSummary::username).orElse("");
        Submit.done(redirect, () -> Flash.of("user.reset.done", login, users.resetPassword(me, user)));
        return "redirect:/organisation/organisations/" + id;
    }

    @PostMapping("/{id}/users/{user}/block")
    String block(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId id,
            @PathVariable UserId user,
            RedirectAttributes redirect) {
        organisations.get(me, id);
        Submit.done(redirect, () -> users.block(me, user, true), "user.block.done");
        return "redirect:/organisation/organisations/" + id;
    }

    @PostMapping("/{id}/users/{user}/unblock")
    String unblock(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId id,
            @PathVariable UserId user,
            RedirectAttributes redirect) {
        organisations.get(me, id);
        Submit.done(redirect, () -> users.unblock(me, user), "user.unblock.done");
        return "redirect:/organisation/organisations/" + id;
    }

    /** Where its «today» is taken; an area's for every organisation below it too. */
    @PostMapping("/{id}/time-zone")
    String timeZone(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String timeZone,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Submit.versioned(
                redirect,
                "organisation.timeZone.stale",
                () -> organisations.changeTimeZone(me, id, timeZone, version),
                "organisation.timeZone.saved");
        return "redirect:/organisation/organisations/" + id;
    }

    @PostMapping("/{id}/requisites")
    String requisites(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId id,
            @ModelAttribute RequisitesForm requisitesForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Supplier<String> page = () -> {
            model.addAttribute("requisitesOpen", true);
            return detail(me, id, model);
        };
        try {
            return FormPage.of(model, result, page)
                    .submit(
                            redirect,
                            () -> organisations.updateRequisites(
                                    me, id, requisitesForm.toRequisites(), requisitesForm.getVersion()),
                            "organisation.requisites.saved",
                            "redirect:/organisation/organisations/" + id);
        } catch (StaleVersionException | VersionRequiredException e) {
            OrganisationSummary saved = organisations.get(me, id);
            SavedMeanwhile.show(
                    model,
                    result,
                    requisitesForm,
                    RequisitesForm.of(saved.requisites(), saved.version()),
                    saved.version(),
                    "form.stale");
            return page.get();
        }
    }

    /** The roles the caller may give in this kind of organisation; the service checks again. */
    private static List<Role> grantableRoles(NastavnikPrincipal me, OrganisationSummary organisation) {
        return switch (organisation.kind()) {
            case REGION -> me.isSystemAdmin() ? List.of(Role.REGIONAL_METHODOLOGIST) : List.of();
            case MUNICIPALITY -> me.isSystemAdmin() ? List.of(Role.MUNICIPAL_METHODOLOGIST) : List.of();
            case ORGANISATION ->
                me.isSystemAdmin() || me.has(Role.DIRECTOR, organisation.id())
                        ? List.of(Role.DIRECTOR, Role.CURATOR, Role.MENTOR, Role.MENTEE)
                        : me.has(Role.CURATOR, organisation.id())
                                ? List.of(Role.CURATOR, Role.MENTOR, Role.MENTEE)
                                : List.of();
        };
    }
}
