package ru.nastavnik.practices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The library's public API. A module proposes a practice from its own record once it has checked that the
 * caller may (the library cannot know who took part in a programme); one source gives at most one proposal.
 * The organisation's curator or director sees the proposals and decides on them (in this module's {@code web/});
 * a practice's card is read in its school and in the libraries above it that hold it or decide on it.
 */
public interface Practices {

    PracticeView propose(NewPractice proposal);

    /** The proposal drawn from a source, if there is one (a programme's page shows where its proposal stands). */
    Optional<PracticeView> fromSource(OrganisationId organisation, PracticeSourceKind kind, UUID source);

    /** The school's practices, for its director or curator; for anyone else 404. */
    List<PracticeView> list(NastavnikPrincipal caller, OrganisationId organisation);
}
