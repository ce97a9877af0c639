package ru.nastavnik.bank;

import ru.nastavnik.people.PersonId;

/** How many mentees a mentor has now, answered by the pairs module, so that the bank shows free places. */
public interface MentorWorkload {

    int load(PersonId mentor);

    /** The loads of many mentors in a few queries, not one per mentor: a bank page shows them all. */
    java.util.Map<PersonId, Integer> loads(java.util.Collection<PersonId> mentors);
}
