package ru.nastavnik.bank;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

public record MenteeView(
        UUID id,
        PersonId personId,
        OrganisationId organisationId,
        String fullName,
        MenteeCategory category,
        String categoryNote,
        List<String> needs,
        String needsNote,
        LocalDate enteredOn,
        LocalDate leftOn,
        String leftReason,
        long version) {

    public MenteeView named(String name) {
        return new MenteeView(
                id,
                personId,
                organisationId,
                name,
                category,
                categoryNote,
                needs,
                needsNote,
                enteredOn,
                leftOn,
                leftReason,
                version);
    }

    /** The request as its edit form sends it, to be compared with what she typed. */
    public MenteeRequest request() {
        return new MenteeRequest(personId.toString(), category, categoryNote, needs, needsNote);
    }
}
