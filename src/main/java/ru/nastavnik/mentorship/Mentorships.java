package ru.nastavnik.mentorship;

import java.util.List;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Pairs and groups as other modules read them (the roadmap, publishing's news and documents); forming, pausing and
 * ending them is {@code internal}'s, under the pairing rules.
 */
public interface Mentorships {

    /** The pairs with their members' names; the list is a read of everyone in it (one audit record). */
    List<MentorshipView> list(NastavnikPrincipal caller, OrganisationId organisation);

    /** The pairs without names, for figures (the roadmap): nobody is shown, so nobody's data is read. */
    List<MentorshipView> withoutNames(NastavnikPrincipal caller, OrganisationId organisation);

    /** A pair of the caller's school with its members' names (an audited read). */
    MentorshipView get(NastavnikPrincipal caller, MentorshipId id);
}
