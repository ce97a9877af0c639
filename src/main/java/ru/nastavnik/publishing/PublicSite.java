package ru.nastavnik.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The address an organisation chose for its public section. */
@Entity
@Table(name = "publishing_site")
class PublicSite {

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    private String slug;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected PublicSite() {}

    PublicSite(UUID organisation, Slug slug, Instant now) {
        this.organisationId = organisation;
        this.slug = slug.value();
        this.updatedAt = now;
    }

    void rename(Slug slug, Instant now) {
        this.slug = slug.value();
        this.updatedAt = now;
    }

    UUID organisationId() {
        return organisationId;
    }

    String slug() {
        return slug;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
