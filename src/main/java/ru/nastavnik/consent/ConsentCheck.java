package ru.nastavnik.consent;

import ru.nastavnik.people.PersonId;

/** For the banks and matching: may this person's data be processed for this purpose today? */
public interface ConsentCheck {

    boolean hasValid(PersonId person, ConsentPurpose purpose);

    /** Those of {@code people} with a valid consent for the purpose, in one query rather than one per person. */
    java.util.Set<PersonId> withValid(java.util.Collection<PersonId> people, ConsentPurpose purpose);

    /**
     * Did the person end her consent of this purpose (withdrawn or expired) without giving or being asked for a new
     * one since? A consent never asked for is not withdrawn: it may still be given.
     */
    boolean withdrew(PersonId person, ConsentPurpose purpose);
}
