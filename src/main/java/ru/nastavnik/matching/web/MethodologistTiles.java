package ru.nastavnik.matching.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/** A methodologist's work across the schools: the shared bank of mentors and the matching over the territory. */
@Component
class MethodologistTiles implements HomeTiles {

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        if (!me.isMethodologist()) {
            return List.of();
        }
        return List.of(
                HomeTile.of(
                        "tile-area-matching",
                        10,
                        "home.areaMatching.title",
                        "/matching/area",
                        "home.areaMatching.text"),
                HomeTile.of("tile-shared-bank", 11, "home.sharedBank.title", "/bank/shared", "home.sharedBank.text"));
    }
}
