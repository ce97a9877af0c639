package ru.nastavnik.bank;

import java.time.LocalDate;
import ru.nastavnik.people.PersonId;

/**
 * For the pairs downstream (implemented in {@code internal.MenteeCompletions}): a mentee whose mentorship completed
 * has had her need met, so she leaves the mentee bank (her stay is kept in the history) and no run or search takes
 * her up again, until the curator returns her.
 */
public interface MenteeCompletion {

    void completed(PersonId mentee, LocalDate on);
}
