package ru.nastavnik.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/** A kind of event an organisation added to the standard ones («педагогическая мастерская»); its schools may use it too. */
@Entity
@Table(name = "event_kind")
class CustomKind extends OrganisationOwned {

    @Id
    private UUID id;

    private String title;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CustomKind() {}

    CustomKind(OrganisationId organisation, String title, Instant now) {
        super(organisation);
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw InvalidInputException.of("title", "event.customKind.title.invalid");
        }
        this.id = UUID.randomUUID();
        this.title = title.strip();
        this.createdAt = now;
    }

    CustomKindView view() {
        return new CustomKindView(id, organisation(), title);
    }
}
