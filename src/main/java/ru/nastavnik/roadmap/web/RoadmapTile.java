package ru.nastavnik.roadmap.web;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/** A director or curator goes on from the roadmap: where the school's system stands and what comes next. */
@Component
class RoadmapTile implements HomeTiles {

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        return me.isManager() ? List.of(HomeTile.of("tile-roadmap", 10, "home.roadmap.title", "/roadmap", "home.roadmap.text"))
                : List.of();
    }
}
