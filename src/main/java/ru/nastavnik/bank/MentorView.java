package ru.nastavnik.bank;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A mentor's stay in the bank; {@code trainedOn}: when she became trained ({@code null} if not, or not recorded). */
public record MentorView(
        UUID id,
        PersonId personId,
        OrganisationId organisationId,
        MentorProfile profile,
        List<String> competences,
        String achievements,
        int capacity,
        List<String> preferredForms,
        String availability,
        TrainingStatus trainingStatus,
        LocalDate trainedOn,
        boolean sharedBank,
        LocalDate enteredOn,
        LocalDate leftOn,
        String leftReason,
        int load,
        long version) {

    /** How many more mentees the mentor can take now: capacity less the mentees in pairs not ended. */
    public int freePlaces() {
        return Math.max(0, capacity - load);
    }

    public MentorView with(MentorProfile named) {
        return new MentorView(
                id,
                personId,
                organisationId,
                named,
                competences,
                achievements,
                capacity,
                preferredForms,
                availability,
                trainingStatus,
                trainedOn,
                sharedBank,
                enteredOn,
                leftOn,
                leftReason,
                load,
                version);
    }

    /** The profile as its edit form sends it, to be compared with what she typed. */
    public MentorRequest request() {
        return new MentorRequest(
                personId.toString(),
                competences,
                achievements,
                capacity,
                preferredForms,
                availability,
                trainingStatus,
                sharedBank);
    }
}
