package ru.nastavnik.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * The version of an organisation's need suggestions as one whole (they are edited together on one page); no row
 * while the organisation never saved them.
 */
@Entity
@Table(name = "programme_need_template_set")
class NeedTemplateSet {

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private Long version;

    protected NeedTemplateSet() {}

    NeedTemplateSet(OrganisationId organisation) {
        this.organisationId = organisation.value();
    }

    /** 0 while never saved, then the row's version + 1. */
    static long versionOf(Optional<NeedTemplateSet> set) {
        return set.map(s -> (s.version == null ? 0 : s.version) + 1).orElse(0L);
    }

    /** The suggestions were saved or reset: a new version of them all. */
    void changed(Instant now) {
        this.updatedAt = now;
    }
}
