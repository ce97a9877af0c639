package ru.nastavnik.organisation;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.internal.ApiTokens;
import ru.nastavnik.shared.ForbiddenException;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Pages;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.Validation;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** User accounts: who may create whom, passwords, and the roles held in organisations. */
@Service
@Transactional
public class UserManagement {

    private final UserRepository users;
    private final OrganisationManagement organisations;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ApiTokens tokens;
    private final UserSessions sessions;

    UserManagement(
            UserRepository users,
            OrganisationManagement organisations,
            PasswordEncoder passwordEncoder,
            Validator validator,
            org.springframework.context.ApplicationEventPublisher events,
            ApiTokens tokens,
            UserSessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.events = events;
    }

    public UserSummary create(NastavnikPrincipal caller, NewUser request) {
        Validation.check(validator, request);
        Set<RoleGrant> grants = new HashSet<>();
        for (int i = 0; i < request.roles().size(); i++) {
            grants.add(checkedGrant(caller, request.roles().get(i), "roles[" + i + "]"));
        }
        if (users.findByUsername(request.username()).isPresent()) {
            throw InvalidInputException.of("username", "user.username.taken");
        }
        PasswordPolicy.check("password", request.password(), request.username());
        User user =
                new User(request.username(), request.fullName(), passwordEncoder.encode(request.password()), grants);
        return users.save(user).summary();
    }

    /**
     * Ends her other sessions (whoever knew the old password may be signed in elsewhere) and, if she asks,
     * revokes her API tokens.
     */
    public void changeOwnPassword(
            NastavnikPrincipal caller, String currentPassword, String newPassword, boolean revokeTokens) {
        User user = users.findById(caller.id().value()).orElseThrow(NotFoundException::new);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "user.password.wrongCurrent");
        }
        PasswordPolicy.check("newPassword", newPassword, user.username());
        user.changePassword(passwordEncoder.encode(newPassword));
        int revoked = revokeTokens ? tokens.revokeAllOf(caller.id()) : 0;
        int ended = sessions.endOthers(user.username());
        events.publishEvent(new AuditEvent(
                caller.homeOrganisation().orElse(null),
                AuditAction.PASSWORD_CHANGE,
                "User",
                caller.id().value(),
                "смена пароля; завершено других сеансов: " + ended + ", отозвано токенов: " + revoked));
    }

    /**
     * Blocks an account: she can no longer sign in, her sessions end at once, her tokens stop working and,
     * if asked, are revoked for good (so that unblocking does not revive them). The system administrator
     * blocks anyone but herself; a director blocks the staff of her own organisation.
     */
    public void block(NastavnikPrincipal caller, UserId id, boolean revokeTokens) {
        User user = manageable(caller, id);
        if (user.id().equals(caller.id())) {
            throw InvalidInputException.of("id", "user.block.self");
        }
        user.block();
        int revoked = revokeTokens ? tokens.revokeAllOf(id) : 0;
        int ended = sessions.endAll(user.username());
        events.publishEvent(new AuditEvent(
                caller.homeOrganisation().orElse(null),
                AuditAction.UPDATE,
                "User",
                id.value(),
                "учётная запись заблокирована; завершено сеансов: " + ended + ", отозвано токенов: " + revoked));
    }

    /**
     * A forgotten password: the system administrator (anyone's) or a director (her organisation's staff) gives the
     * account a new random one, shown to her once to hand over; the account's sessions end at once. Her own password
     * she changes herself.
     */
    public String resetPassword(NastavnikPrincipal caller, UserId id) {
        User user = manageable(caller, id);
        if (user.id().equals(caller.id())) {
            throw InvalidInputException.of("id", "user.reset.self");
        }
        String password = AdminBootstrap.randomPassword();
        user.changePassword(passwordEncoder.encode(password));
        int ended = sessions.endAll(user.username());
        events.publishEvent(new AuditEvent(
                caller.homeOrganisation().orElse(null),
                AuditAction.PASSWORD_CHANGE,
                "User",
                id.value(),
                "пароль сброшен (выдан новый); завершено сеансов: " + ended));
        return password;
    }

    /** Whether she may reset the account's password and block it (as {@link #resetPassword}). */
    @Transactional(readOnly = true)
    public boolean mayManage(NastavnikPrincipal caller, UserId id) {
        try {
            return !id.equals(caller.id()) && manageable(caller, id) != null;
        } catch (NotFoundException e) {
            return false;
        }
    }

    public void unblock(NastavnikPrincipal caller, UserId id) {
        manageable(caller, id).unblock();
        events.publishEvent(new AuditEvent(
                caller.homeOrganisation().orElse(null),
                AuditAction.UPDATE,
                "User",
                id.value(),
                "учётная запись разблокирована"));
    }

    private User manageable(NastavnikPrincipal caller, UserId id) {
        User user = users.findById(id.value()).orElseThrow(NotFoundException::new);
        Set<RoleGrant> grants = user.roleGrants();
        boolean allowed = caller.isSystemAdmin()
                || (!grants.isEmpty()
                        && grants.stream()
                                .allMatch(
                                        g -> g.organisation() != null && caller.has(Role.DIRECTOR, g.organisation())));
        if (!allowed) {
            throw new NotFoundException();
        }
        return user;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> inOrganisation(NastavnikPrincipal caller, OrganisationId organisation) {
        return inOrganisation(caller, organisation, null, Pageable.unpaged()).getContent();
    }

    /** A page of the accounts, whose name or login has {@code q} in it; the read recorded is of the page's. */
    @Transactional(readOnly = true)
    public Page<UserSummary> inOrganisation(
            NastavnikPrincipal caller, OrganisationId organisation, String q, Pageable asked) {
        if (!mayManageUsers(caller, organisation)) {
            throw new NotFoundException();
        }
        Page<UserSummary> found = Pages.cut(
                users.findInOrganisation(organisation.value()).stream()
                        .map(User::summary)
                        .filter(u -> Pages.named(q, u.fullName()) || Pages.named(q, u.username()))
                        .toList(),
                asked);
        events.publishEvent(AuditEvent.ofMany(
                organisation,
                AuditAction.READ,
                "User",
                found.getContent().stream().map(u -> u.id().value()).toList(),
                "в списке учётных записей"));
        return found;
    }

    @Transactional(readOnly = true)
    public boolean mayManageUsers(NastavnikPrincipal caller, OrganisationId organisation) {
        return caller.isSystemAdmin() || caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR);
    }

    /**
     * Only the system administrator grants installation-wide and area roles; a director staffs their own
     * organisation, and a curator may add mentors, mentees and curators to it.
     */
    private RoleGrant checkedGrant(NastavnikPrincipal caller, NewUser.RoleRequest request, String field) {
        Role role = request.role();
        if (role == Role.SYSTEM_ADMIN) {
            if (!caller.isSystemAdmin()) {
                throw new ForbiddenException("Only a system administrator grants " + role);
            }
            return new RoleGrant(role, null);
        }
        if (request.organisationId() == null || request.organisationId().isBlank()) {
            throw InvalidInputException.of(field + ".organisationId", "user.role.organisationRequired");
        }
        OrganisationId organisationId;
        try {
            organisationId = OrganisationId.of(request.organisationId());
        } catch (NotFoundException e) {
            throw InvalidInputException.of(field + ".organisationId", "organisation.parent.notFound");
        }
        OrganisationSummary organisation = organisations
                .find(organisationId)
                .filter(o -> organisations.mayView(caller, o.id()))
                .orElseThrow(() -> InvalidInputException.of(field + ".organisationId", "organisation.parent.notFound"));
        OrganisationKind expected = switch (role) {
            case REGIONAL_METHODOLOGIST -> OrganisationKind.REGION;
            case MUNICIPAL_METHODOLOGIST -> OrganisationKind.MUNICIPALITY;
            default -> OrganisationKind.ORGANISATION;
        };
        if (organisation.kind() != expected) {
            throw InvalidInputException.of(field + ".organisationId", "user.role.wrongKind");
        }
        boolean allowed = caller.isSystemAdmin()
                || (role != Role.REGIONAL_METHODOLOGIST
                        && role != Role.MUNICIPAL_METHODOLOGIST
                        && (caller.has(Role.DIRECTOR, organisation.id())
                                || (role != Role.DIRECTOR && caller.has(Role.CURATOR, organisation.id()))));
        if (!allowed) {
            throw new ForbiddenException("May not grant " + role + " in " + organisation.id());
        }
        return new RoleGrant(role, organisation.id());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username == null ? "" : username.strip()).map(User::summary);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UserSummary> find(UserId id) {
        return users.findById(id.value()).map(User::summary);
    }

    /** Where to write to the people running mentorship in an organisation (for notices the system sends itself). */
    @Transactional(readOnly = true)
    public java.util.List<String> emailsOf(OrganisationId organisation, java.util.Set<Role> roles) {
        return users.emailsOf(
                organisation.value(), roles.stream().map(Role::name).toList());
    }

    /** The enabled accounts whose own address is this one (a letter to it is theirs: the in-app notifications). */
    @Transactional(readOnly = true)
    public java.util.List<UserId> enabledWithEmail(String email) {
        return users.enabledWithEmail(email).stream().map(UserId::new).toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    NastavnikPrincipal principalOf(UserId id) {
        return users.findById(id.value()).map(u -> u.principal(Instant.now())).orElseThrow(NotFoundException::new);
    }
}
