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
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/**
 * The landing page's way into the cabinet: a mentor sees her mentees and their programmes, a mentee her mentor and
 * her programme (or the way to choose a mentor while she has none); a teacher whose account is linked to no staff
 * record is told why her cabinet is empty.
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
        Optional<List<CabinetPair>> pairs = cabinet.of(me);
        if (pairs.isEmpty()) {
            return teacher
                    ? List.of(HomeTile.of("tile-cabinet", 20, "home.cabinet.title", null, "home.cabinet.unlinked"))
                    : List.of();
        }
        List<CabinetPair> mentoring =
                pairs.get().stream().filter(p -> p.role() == MemberRole.MENTOR).toList();
        List<CabinetPair> mentored =
                pairs.get().stream().filter(p -> p.role() == MemberRole.MENTEE).toList();
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
        } else if (mentee) {
            tiles.add(HomeTile.of(
                    "tile-choose-mentor", 22, "home.chooseMentor.title", "/matching/my", "home.chooseMentor.text"));
        }
        if (tiles.isEmpty() && teacher) {
            tiles.add(HomeTile.of("tile-cabinet", 20, "home.cabinet.title", CABINET, "home.cabinet.noPairs"));
        }
        return tiles;
    }

    /** A line per pair: the others' names, linked to the pair's programme, with how far it has come. */
    private static List<HomeTile.Line> lines(List<CabinetPair> pairs, Function<CabinetPair, List<String>> others) {
        return pairs.stream()
                .map(pair -> {
                    ProgrammeView programme = pair.programme();
                    String names = String.join(", ", others.apply(pair));
                    return programme == null
                            ? new HomeTile.Line(names, null, "home.pair.noProgramme", List.of())
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
