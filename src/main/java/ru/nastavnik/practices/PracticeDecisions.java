package ru.nastavnik.practices;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * A round table's decisions on the practices of its organiser's library, for the events module (ids only; the
 * caller has checked that the round table is the organiser's and may decide). «Признать лучшими»: a school's
 * proposed practice is accepted into its library, one proposed to a municipality (region) into that library.
 * «Рекомендовать на уровень выше»: a practice the organiser's library holds is proposed to the library above.
 * A practice outside the organiser's library is refused; all or nothing.
 */
public interface PracticeDecisions {

    /** A practice the organiser's round table may name: its title, and whether it waits for this level's decision. */
    record Candidate(PracticeId id, String title, boolean proposed) {}

    void recogniseBest(OrganisationId organiser, UUID roundTable, Collection<PracticeId> ids);

    void recommendUpward(OrganisationId organiser, UUID roundTable, Collection<PracticeId> ids);

    /** The practices a round table may decide on: proposed to the organiser's library, or held there and not sent on. */
    List<Candidate> candidates(OrganisationId organiser);

    /** The titles of named practices (a decision shows what it named), whatever became of them since. */
    Map<PracticeId, String> titles(Collection<PracticeId> ids);
}
