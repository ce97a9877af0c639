package ru.nastavnik.bank;

import ru.nastavnik.people.PersonId;

/** How many mentees a mentor has now, answered by the pairs module, so that the bank shows free places. */
public interface MentorWorkload {

    int load(PersonId mentor);
}
