package ru.nastavnik.mentorship.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/** The support a mentee without a mentor receives meanwhile. */
@Entity
@Table(name = "mentorship_support")
class Support extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "person_id")
    @Convert(converter = PersonIdConverter.class)
    private PersonId personId;

    @Enumerated(EnumType.STRING)
    private SupportKind kind;

    private String note;

    @Column(name = "assigned_on")
    private LocalDate assignedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Support() {}

    UUID id() {
        return id;
    }

    Support(OrganisationId organisation, PersonId person, SupportKind kind, String note, LocalDate on) {
        super(organisation);
        if (kind == null) {
            throw InvalidInputException.of("kind", "mentorship.support.kind.required");
        }
        if (note != null && note.length() > 500) {
            throw InvalidInputException.of("note", "mentorship.support.note.tooLong");
        }
        if (kind == SupportKind.OTHER && (note == null || note.isBlank())) {
            throw InvalidInputException.of("note", "mentorship.support.note.required");
        }
        this.id = UUID.randomUUID();
        this.personId = person;
        this.kind = kind;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.assignedOn = on;
    }

    void end(LocalDate on) {
        if (endedOn == null) {
            endedOn = on;
        }
    }

    PersonId person() {
        return personId;
    }

    WaitingView.SupportView view() {
        return new WaitingView.SupportView(id, kind, note, assignedOn, endedOn);
    }
}
