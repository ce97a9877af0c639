package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * SPI: the school's published items, which the curator may link to a roadmap activity as its evidence (stage 7: the
 * mentorship covered on the school's site). Implemented by {@code publishing}, which itself contributes to this
 * module's inspection package, so this module may not call it directly. Only items public now are offered or opened.
 */
public interface PublishedEvidence {

    /** A published item: its title, the day it first went public, its public address (none without a site). */
    record Published(UUID id, String title, LocalDate publishedOn, String address) {}

    /** The school's items public now, newest first. */
    List<Published> published(OrganisationId school);

    /** One of them, if it is the school's and public now. */
    Optional<Published> find(OrganisationId school, UUID publication);

    /** The item as a page to keep (its title, date, address and text), for the download and the inspection package. */
    Optional<byte[]> page(OrganisationId school, UUID publication);
}
