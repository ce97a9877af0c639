package ru.nastavnik.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@Entity
@Table(name = "app_user")
class User {

    @Id
    private UUID id;

    private String username;

    @Column(name = "full_name")
    private String fullName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    private Set<Grant> grants = new HashSet<>();

    protected User() {}

    User(String username, String fullName, String passwordHash, Set<RoleGrant> grants) {
        this.id = UUID.randomUUID();
        this.username = username.trim();
        this.fullName = fullName.trim();
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.passwordChangedAt = createdAt;
        grants.forEach(this::grant);
    }

    void grant(RoleGrant grant) {
        grants.add(new Grant(
                grant.role(),
                grant.organisation() == null ? null : grant.organisation().value()));
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
    }

    void block() {
        enabled = false;
    }

    void unblock() {
        enabled = true;
    }

    boolean enabled() {
        return enabled;
    }

    UserId id() {
        return new UserId(id);
    }

    String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<RoleGrant> roleGrants() {
        return grants.stream().map(Grant::toRoleGrant).collect(Collectors.toSet());
    }

    NastavnikPrincipal principal(Instant now) {
        return new NastavnikPrincipal(id(), username, fullName, passwordHash, roleGrants(), enabled, false);
    }

    UserSummary summary() {
        return new UserSummary(id(), username, fullName, roleGrants(), enabled);
    }

    @Embeddable
    record Grant(
            @Enumerated(EnumType.STRING) Role role,
            @Column(name = "organisation_id") UUID organisationId) {

        RoleGrant toRoleGrant() {
            return new RoleGrant(role, organisationId == null ? null : new OrganisationId(organisationId));
        }
    }
}
