package ru.nastavnik.bank;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * The current bank entries for the modules downstream (matching, pairs), which check the caller's rights
 * themselves (implemented in {@code internal.EntryReads}). Names are not included (the profile is empty): each caller
 * reads them from the staff records it may see.
 */
public interface BankEntries {

    /** Entries here come without the load: the callers downstream count it themselves. */
    Optional<MenteeView> currentMentee(PersonId person);

    Optional<MentorView> currentMentor(PersonId person);

    /** The current mentee entries of these people (those in the bank), read in one query: a cabinet of several pairs. */
    Map<PersonId, MenteeView> currentMentees(Collection<PersonId> people);

    /** Who is in the organisation's mentee bank now, for figures (ids only, no entry is loaded). */
    List<PersonId> menteeIds(OrganisationId organisation);

    /** Who is in the organisation's mentor bank now (with this training status, if one is given), for figures. */
    List<PersonId> mentorIds(OrganisationId organisation, TrainingStatus status);

    /**
     * The organisation's mentor bank counted in SQL (the duties' consents by a join): a school of a thousand mentors
     * sent a thousand ids back and forth for these three numbers.
     */
    MentorFigures mentorFigures(OrganisationId organisation);

    List<MenteeView> mentees(Collection<OrganisationId> organisations);

    List<MentorView> mentors(OrganisationId organisation);

    /** The current mentors of all these organisations, in one query (a region's run has a thousand schools). */
    List<MentorView> mentors(Collection<OrganisationId> organisations);

    /** Mentors of these organisations who agreed (with the separate consent) to serve other schools. */
    List<MentorView> sharedMentors(Collection<OrganisationId> organisations);
}
