package ru.nastavnik.mentorship;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The pairs as the modules built on them (programmes, the teacher's cabinet) read them: views only, never the
 * aggregate. A view without names carries an empty name for every member; names are read only where the caller may
 * see them (implemented in {@code internal}).
 */
public interface PairLookup {

    /** A curator or director of the organisation, else 404: who manages its pairs (and their programmes). */
    static void check(NastavnikPrincipal caller, OrganisationId organisation) {
        PairManagement.check(caller, organisation);
    }

    /** A pair of the caller's school (else 404), without names. */
    MentorshipView managed(NastavnikPrincipal caller, MentorshipId id);

    /** A pair with the names of its members as the caller may read them; no access check (the caller made it). */
    MentorshipView named(NastavnikPrincipal caller, MentorshipId id);

    /** A pair without names (404 if none). */
    MentorshipView unnamed(MentorshipId id);

    /** These pairs without names, read in one query (unknown ids are left out). */
    List<MentorshipView> unnamed(Collection<MentorshipId> ids);

    /** Every pair, running or ended, the person is or was in, without names. */
    List<MentorshipView> runningAndEndedWith(PersonId person);

    /** The organisation's pairs not ended. */
    Set<UUID> notEnded(OrganisationId organisation);

    /** Everyone now in these pairs, read in one query. */
    List<UUID> memberIds(Collection<MentorshipId> ids);

    /** Completing the programme completes its pair, whatever the planned end: the goals were reached together. */
    void completeWithProgramme(NastavnikPrincipal caller, MentorshipId id);
}
