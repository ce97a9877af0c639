package ru.nastavnik.people;

import java.time.LocalDate;
import ru.nastavnik.shared.OrganisationId;

/**
 * What a withdrawn personal-data consent does to the staff record (implemented in
 * {@code internal.RestrictionManagement}, which also anonymises records whose retention period ended): processing
 * stops at once (only the director and curator still see it). Called by the consent module, which has checked the
 * caller.
 */
public interface StaffRestrictions {

    void restrict(OrganisationId organisation, PersonId id, LocalDate anonymiseOn);

    /** The person consented again: processing resumes and no anonymisation is due. */
    void lift(OrganisationId organisation, PersonId id);

    /** Anonymises every record whose retention period ended (a nightly job; a test runs it at will). */
    void anonymiseDue();
}
