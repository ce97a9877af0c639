package ru.nastavnik.practices;

import java.util.Collection;
import java.util.List;
import ru.nastavnik.shared.OrganisationId;

/**
 * The schools' accepted practices that may be shown to the public: only those whose authors' consent to
 * distribution is recorded (152-ФЗ art. 10.1) and is still in force for best practices on the section, read from the
 * authors' consents at every read — a withdrawn or narrowed one takes the practice off at once; the authors
 * themselves are not named.
 */
public interface PublicPractices {

    record Shown(PracticeId id, OrganisationId school, String title, String summary) {}

    /** One page of shown practices, newest proposed first, and how many are shown in all. */
    record ShownPage(List<Shown> practices, long total) {}

    /**
     * The practices {@link #of} shows, from {@code offset}, at most {@code limit}, in one query of the shown columns:
     * an area's page would otherwise load every practice aggregate of each of its schools, one query a school.
     */
    ShownPage page(Collection<OrganisationId> schools, int offset, int limit);

    List<Shown> of(Collection<OrganisationId> schools);
}
