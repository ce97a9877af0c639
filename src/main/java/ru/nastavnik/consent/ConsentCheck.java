package ru.nastavnik.consent;

import ru.nastavnik.people.PersonId;

/** For the banks and matching: may this person's data be processed for this purpose today? */
public interface ConsentCheck {

    boolean hasValid(PersonId person, ConsentPurpose purpose);

    /** Those of {@code people} with a valid consent for the purpose, in one query rather than one per person. */
    java.util.Set<PersonId> withValid(java.util.Collection<PersonId> people, ConsentPurpose purpose);

    /**
     * How many of the organisation's current (not archived) staff have a valid consent for the purpose: a count
     * in SQL, for figures (the roadmap sent a thousand ids to learn one number).
     */
    long countValidAmongStaff(ru.nastavnik.shared.OrganisationId organisation, ConsentPurpose purpose);

    /**
     * Did the person end her consent of this purpose (withdrawn or expired) without giving or being asked for a new
     * one since? A consent never asked for is not withdrawn: it may still be given.
     */
    boolean withdrew(PersonId person, ConsentPurpose purpose);
}
