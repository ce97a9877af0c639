package ru.nastavnik.documents;

import java.time.Instant;
import java.util.List;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * What a module adds to a person's personal calendar feed (the feed itself is {@code events}'): the programme's
 * activities of a mentor or mentee, for instance. Declared here, beside {@link CalendarWriter}, because every module
 * that dates things may use {@code documents} while none of them may use another: the feed gathers every source.
 */
public interface CalendarSource {

    /** The entries of {@code owner}'s own that end after {@code since}. */
    List<CalendarEntry> entriesOf(NastavnikPrincipal owner, Instant since);
}
