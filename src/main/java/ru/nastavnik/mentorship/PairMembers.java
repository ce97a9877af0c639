package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * Who a pair was, as ids only, and which pairs a registered order names — for a module that learnt of it from an
 * event (no caller to check) and has its own rule before showing anyone: publishing drafts news only with both
 * sides' consent to distribution, and counts the pairs of an order without reading a name.
 */
public interface PairMembers {

    /** A pair's members on its last day (or now), its form and dates. */
    record Members(
            MentorshipId pair,
            OrganisationId organisation,
            String form,
            LocalDate startsOn,
            LocalDate endedOn,
            List<PersonId> mentors,
            List<PersonId> mentees) {

        public Members {
            mentors = List.copyOf(mentors);
            mentees = List.copyOf(mentees);
        }
    }

    Optional<Members> of(MentorshipId pair);

    /** The pairs a registered order of this organisation names; none for a draft or another organisation's order. */
    List<Members> ofRegisteredOrder(OrganisationId organisation, UUID order);
}
