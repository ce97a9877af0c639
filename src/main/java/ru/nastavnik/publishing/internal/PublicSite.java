package ru.nastavnik.publishing.internal;

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

    @Column(name = "show_overdue")
    private boolean showOverdue;

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

    /** Whether the public roadmap marks an activity past its deadline as overdue (V162; off by default). */
    void showOverdue(boolean shown, Instant now) {
        this.showOverdue = shown;
        this.updatedAt = now;
    }

    boolean showsOverdue() {
        return showOverdue;
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
