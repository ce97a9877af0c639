package ru.nastavnik.consent;

import ru.nastavnik.people.PersonId;

/** For the banks and matching: may this person's data be processed for this purpose today? */
public interface ConsentCheck {

    boolean hasValid(PersonId person, ConsentPurpose purpose);
}
