package ru.nastavnik.mentorship.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/** A director's or curator's daily work in the module: the pairs, their programmes, the mentees still waiting. */
@Component
class ManagerTiles implements HomeTiles {

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        if (!me.isManager()) {
            return List.of();
        }
        return List.of(
                HomeTile.of("tile-pairs", 11, "home.pairs.title", "/mentorship/pairs", "home.pairs.text"),
                HomeTile.of(
                        "tile-programmes",
                        12,
                        "home.programmes.title",
                        "/mentorship/programmes",
                        "home.programmes.text"),
                HomeTile.of("tile-waiting", 13, "home.waiting.title", "/mentorship/waiting", "home.waiting.text"));
    }
}
