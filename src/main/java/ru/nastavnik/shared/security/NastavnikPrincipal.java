package ru.nastavnik.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.UserId;

/** The signed-in user with the organisations each of their roles is held in. */
public final class NastavnikPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final List<Role> ORGANISATION_ROLES = List.of(Role.DIRECTOR, Role.CURATOR, Role.MENTOR, Role.MENTEE);

    private final UserId id;
    private final String username;
    private final String fullName;
    private final Set<RoleGrant> grants;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    public NastavnikPrincipal(
            UserId id,
            String username,
            String fullName,
            String passwordHash,
            Set<RoleGrant> grants,
            boolean enabled,
            boolean locked) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.grants = Set.copyOf(grants);
        this.enabled = enabled;
        this.locked = locked;
    }

    public UserId id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Set<RoleGrant> grants() {
        return grants;
    }

    public boolean isSystemAdmin() {
        return grants.stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
    }

    public boolean has(Role role, OrganisationId organisation) {
        return grants.stream().anyMatch(g -> g.role() == role && organisation.equals(g.organisation()));
    }

    public boolean hasAnyIn(OrganisationId organisation, Role... roles) {
        for (Role role : roles) {
            if (has(role, organisation)) {
                return true;
            }
        }
        return false;
    }

    /** A director or curator somewhere: they run an organisation's mentorship and see its registers. */
    public boolean isManager() {
        return grants.stream().anyMatch(g -> g.role() == Role.DIRECTOR || g.role() == Role.CURATOR);
    }

    public boolean isMethodologist() {
        return grants.stream()
                .anyMatch(g -> g.role() == Role.REGIONAL_METHODOLOGIST || g.role() == Role.MUNICIPAL_METHODOLOGIST);
    }

    /** The organisation the user works in, if they hold a role in one. */
    public Optional<OrganisationId> homeOrganisation() {
        return ORGANISATION_ROLES.stream()
                .flatMap(role -> grants.stream().filter(g -> g.role() == role))
                .map(RoleGrant::organisation)
                .findFirst();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name()))
                .collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Drops the hash once authentication is done so that it never sits in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
