package ru.nastavnik.publishing.web;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.practices.PublicPractices;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/**
 * A teacher's way to her school's collection of best practices (методическая копилка): the accepted practices its
 * public section shows — those whose authors consented to their distribution — for mentors and mentees to take
 * from; a teacher had no way to them but to know the section's address.
 */
@Component
class PracticesTile implements HomeTiles {

    private final PublicSites sites;
    private final PublicPractices practices;

    PracticesTile(PublicSites sites, PublicPractices practices) {
        this.sites = sites;
        this.practices = practices;
    }

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        return me.homeOrganisation()
                .filter(school -> me.has(Role.MENTOR, school) || me.has(Role.MENTEE, school))
                .flatMap(school -> sites.publicSlug(school).map(slug -> {
                    long shown = practices.page(List.of(school), 0, 1).total();
                    return shown == 0
                            ? List.<HomeTile>of()
                            : List.of(HomeTile.of(
                                    "tile-practices",
                                    40,
                                    "home.practices.title",
                                    "/o/" + slug + "/nastavnichestvo/practices",
                                    "home.practices.text",
                                    shown));
                }))
                .orElse(List.of());
    }
}
