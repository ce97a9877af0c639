package ru.nastavnik.matching.internal;

import java.util.UUID;
import ru.nastavnik.people.PersonId;

/** A wish as listed: whose it is ({@code byMentee}: the mentee's, else the mentor's) and for whom. */
public record WishView(
        UUID id, PersonId menteeId, String menteeName, PersonId mentorId, String mentorName, boolean byMentee) {}
