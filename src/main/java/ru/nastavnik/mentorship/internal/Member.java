package ru.nastavnik.mentorship.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A person's part in a pair or group, from a date until a date; a mentor may come from another school. */
@Embeddable
class Member {

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "left_reason")
    private String leftReason;

    protected Member() {}

    Member(PersonId person, OrganisationId organisation, MemberRole role, LocalDate from) {
        this.personId = person.value();
        this.organisationId = organisation.value();
        this.role = role;
        this.fromDate = from;
    }

    void leave(LocalDate on, String reason) {
        toDate = on;
        leftReason = reason;
    }

    boolean current() {
        return toDate == null;
    }

    PersonId person() {
        return new PersonId(personId);
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    MemberRole role() {
        return role;
    }

    MemberView view(String fullName) {
        return new MemberView(person(), organisation(), fullName, role, fromDate, toDate, leftReason);
    }
}
