package ru.nastavnik.programme;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.programme.internal.ProgrammeManagement;
import ru.nastavnik.programme.internal.ProgrammeWork;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A programme being worked through by its pair, and the same programme completed with both evaluations. */
@Component
public class CompletedProgrammes {

    public record Completed(
            OrganisationId school,
            NastavnikPrincipal curator,
            NastavnikPrincipal mentor,
            NastavnikPrincipal mentee,
            NastavnikPrincipal stranger,
            String programme) {}

    private final ProgrammeFixtures fixtures;
    private final ProgrammeManagement programmes;
    private final ProgrammeWork work;

    CompletedProgrammes(ProgrammeFixtures fixtures, ProgrammeManagement programmes, ProgrammeWork work) {
        this.fixtures = fixtures;
        this.programmes = programmes;
        this.work = work;
    }

    public Completed inProgress() {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline"));
        ProgrammeView programme = programmes.create(pair.curator(), pair.mentorship());
        programmes.approve(pair.curator(), programme.id());
        return new Completed(
                pair.school(),
                pair.curator(),
                pair.mentor(),
                pair.mentee(),
                pair.stranger(),
                programme.id().toString());
    }

    public Completed complete(Completed p) {
        UUID id = UUID.fromString(p.programme());
        work.evaluate(p.mentee(), id, "Стала увереннее на уроках");
        work.evaluate(p.mentor(), id, "Цели достигнуты");
        programmes.complete(p.curator(), id, true, "Цели достигнуты раньше срока");
        return p;
    }
}
