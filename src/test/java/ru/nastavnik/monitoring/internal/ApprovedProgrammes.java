package ru.nastavnik.monitoring.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.Programmes;

/**
 * The monitoring tests' programme: an active pair (its mentee's needs as given) whose programme the curator has
 * drafted and approved — or, {@link #halfway}, one already at its mid-point today (started 100 days ago, 100 days
 * to go), so that the check-ins are open.
 */
@Component
class ApprovedProgrammes {

    /** The pair (school, curator, mentor, mentee, a stranger) and its approved programme as approved. */
    record Approved(ProgrammeFixtures.ActivePair pair, ProgrammeView programme) {}

    private final ProgrammeFixtures pairs;
    private final Programmes programmes;
    private final JdbcTemplate jdbc;

    ApprovedProgrammes(ProgrammeFixtures pairs, Programmes programmes, JdbcTemplate jdbc) {
        this.pairs = pairs;
        this.programmes = programmes;
        this.jdbc = jdbc;
    }

    Approved approved(List<String> needs) {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(needs);
        ProgrammeView programme = programmes.create(pair.curator(), pair.mentorship());
        programmes.approve(pair.curator(), programme.id());
        return new Approved(pair, programme);
    }

    Approved halfway(List<String> needs) {
        Approved approved = approved(needs);
        jdbc.update(
                "update programme set starts_on = ?, ends_on = ? where id = ?",
                ru.nastavnik.SchoolToday.date().minusDays(100),
                ru.nastavnik.SchoolToday.date().plusDays(100),
                approved.programme().id());
        return approved;
    }
}
