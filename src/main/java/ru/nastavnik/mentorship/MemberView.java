package ru.nastavnik.mentorship;

import java.time.LocalDate;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

public record MemberView(
        PersonId personId,
        OrganisationId organisationId,
        String fullName,
        MemberRole role,
        LocalDate from,
        LocalDate to,
        String leftReason) {

    public boolean current() {
        return to == null;
    }
}
