package ru.nastavnik.matching;

import ru.nastavnik.people.PersonId;

/**
 * What matching must know of the pairs that already exist, answered by the pairs module: how many mentees a
 * mentor has now, and whether a mentee already has a pair.
 */
public interface MentorLoads {

    int load(PersonId mentor);

    boolean paired(PersonId mentee);
}
