package ru.nastavnik.shared.web;

import java.util.List;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Implemented by the modules that have something for the signed-in user to do next: the landing page (upstream of
 * them all) shows their tiles, so that a mentor's or a mentee's cabinet is a click from sign-in, not hidden in a menu.
 */
public interface HomeTiles {

    List<HomeTile> tilesFor(NastavnikPrincipal me);
}
