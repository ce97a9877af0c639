package ru.nastavnik.programme.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.internal.Cabinet;
import ru.nastavnik.programme.internal.CabinetPair;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/**
 * The landing page's way into the cabinet: a mentor sees her mentees and their programmes, a mentee her mentor and
 * her programme (or the way to choose a mentor while she waits in the mentee bank without one); both see the
 * programmes they completed this school year, and whether a practice may be proposed from them; a teacher whose
 * account is linked to no staff record is told why her cabinet is empty.
 */
@Component
class CabinetTiles implements HomeTiles {

    static final String CABINET = "/mentorship/my";

    private final Cabinet cabinet;

    CabinetTiles(Cabinet cabinet) {
        this.cabinet = cabinet;
    }

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        if (me.homeOrganisation().isEmpty()) {
            return List.of();
        }
        boolean mentee = holds(me, Role.MENTEE);
        boolean teacher = mentee || holds(me, Role.MENTOR);
        Optional<Cabinet.Home> home = cabinet.home(me, mentee);
        if (home.isEmpty()) {
            return teacher
                    ? List.of(HomeTile.of("tile-cabinet", 20, "home.cabinet.title", null, "home.cabinet.unlinked"))
                    : List.of();
        }
        List<CabinetPair> pairs = home.get().pairs();
        List<CabinetPair> mentoring =
                pairs.stream().filter(p -> p.role() == MemberRole.MENTOR).toList();
        List<CabinetPair> mentored =
                pairs.stream().filter(p -> p.role() == MemberRole.MENTEE).toList();
        List<HomeTile> tiles = new ArrayList<>();
        if (!mentoring.isEmpty()) {
            tiles.add(new HomeTile(
                    "tile-mentees",
                    20,
                    "home.mentees.title",
                    CABINET,
                    "home.mentees.text",
                    List.of(mentoring.size()),
                    lines(mentoring, CabinetPair::mentees)));
        }
        if (!mentored.isEmpty()) {
            tiles.add(new HomeTile(
                    "tile-my-programme",
                    21,
                    "home.myProgramme.title",
                    CABINET,
                    "home.myProgramme.text",
                    List.of(),
                    lines(mentored, CabinetPair::mentors)));
        } else if (home.get().waitingInMenteeBank()) {
            // only a mentee the bank holds may choose: anyone else's «Выбор наставника» ends in a refusal
            tiles.add(HomeTile.of(
                    "tile-choose-mentor", 22, "home.chooseMentor.title", "/matching/my", "home.chooseMentor.text"));
        }
        if (!home.get().finished().isEmpty()) {
            tiles.add(new HomeTile(
                    "tile-finished-programmes",
                    23,
                    "home.finished.title",
                    CABINET,
                    "home.finished.text",
                    List.of(),
                    finished(home.get().finished())));
        }
        if (tiles.isEmpty() && teacher) {
            tiles.add(HomeTile.of("tile-cabinet", 20, "home.cabinet.title", CABINET, "home.cabinet.noPairs"));
        }
        return tiles;
    }

    /**
     * A line per programme completed this school year: the others of its pair, linked to it — to its practice card
     * while a practice may still be proposed from it.
     */
    private static List<HomeTile.Line> finished(List<Cabinet.Finished> programmes) {
        return programmes.stream()
                .map(f -> {
                    CabinetPair pair = f.pair();
                    ProgrammeView programme = pair.programme();
                    String names =
                            String.join(", ", pair.role() == MemberRole.MENTOR ? pair.mentees() : pair.mentors());
                    String href = "/mentorship/programmes/" + programme.id();
                    return f.mayPropose()
                            ? new HomeTile.Line(
                                    names,
                                    href + "#practice",
                                    "home.finished.mayPropose",
                                    List.of(Dates.DATE.format(programme.completedOn())))
                            : new HomeTile.Line(
                                    names,
                                    href,
                                    "home.finished.proposed",
                                    List.of(Dates.DATE.format(programme.completedOn())));
                })
                .toList();
    }

    /** A line per pair: the others' names, linked to the pair's programme, with how far it has come. */
    private static List<HomeTile.Line> lines(List<CabinetPair> pairs, Function<CabinetPair, List<String>> others) {
        return pairs.stream()
                .map(pair -> {
                    ProgrammeView programme = pair.programme();
                    String names = String.join(", ", others.apply(pair));
                    // who writes it: the curator drafts it, then the mentor works it out with the mentee
                    return programme == null
                            ? new HomeTile.Line(
                                    names,
                                    null,
                                    "home.pair.noProgramme." + pair.role().name(),
                                    List.of())
                            : new HomeTile.Line(
                                    names,
                                    "/mentorship/programmes/" + programme.id(),
                                    "home.pair.programme." + programme.status().name(),
                                    List.of(programme.percentDone(), programme.overdue()));
                })
                .toList();
    }

    private static boolean holds(NastavnikPrincipal me, Role role) {
        return me.grants().stream().anyMatch(g -> g.role() == role);
    }
}
