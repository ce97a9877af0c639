package ru.nastavnik.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import ru.nastavnik.roadmap.PublishedEvidence;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.web.Dates;

/** The school's published items for its roadmap's evidence: only what is public now is offered. */
@Component
class RoadmapPublications implements PublishedEvidence {

    private final PublicationRepository publications;
    private final PublicSiteRepository sites;
    private final PublicBaseUrl baseUrl;

    RoadmapPublications(PublicationRepository publications, PublicSiteRepository sites, PublicBaseUrl baseUrl) {
        this.publications = publications;
        this.sites = sites;
        this.baseUrl = baseUrl;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Published> published(OrganisationId school) {
        Optional<String> slug = slug(school);
        return publications.publishedBy(List.of(school.value())).stream()
                .map(p -> view(p, slug))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Published> find(OrganisationId school, UUID publication) {
        return own(school, publication)
                .filter(p -> p.status() == PublicationStatus.PUBLISHED)
                .map(p -> view(p, slug(school)));
    }

    /** The page as it was published (the school's own item, even if taken off the site since it was linked). */
    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> page(OrganisationId school, UUID publication) {
        return own(school, publication).filter(p -> p.publishedAt() != null).map(p -> {
            Published shown = view(p, slug(school));
            String title = HtmlUtils.htmlEscape(p.title());
            String address = shown.address() == null ? "" : " · " + HtmlUtils.htmlEscape(shown.address());
            // the body was sanitised when it was saved (RichText): it is kept as it is shown on the site
            return ("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>" + title
                            + "</title></head>"
                            + "<body><h1>" + title + "</h1><p>" + Dates.DATE.format(shown.publishedOn()) + address
                            + "</p>\n"
                            + p.body() + "\n</body></html>\n")
                    .getBytes(StandardCharsets.UTF_8);
        });
    }

    private Optional<Publication> own(OrganisationId school, UUID publication) {
        return publication == null
                ? Optional.empty()
                : publications
                        .findById(publication)
                        .filter(p -> p.organisation().equals(school));
    }

    private Optional<String> slug(OrganisationId school) {
        return sites.findById(school.value()).map(PublicSite::slug);
    }

    private Published view(Publication p, Optional<String> slug) {
        String address = p.status() == PublicationStatus.PUBLISHED && slug.isPresent()
                ? baseUrl.of("/o/" + slug.get() + "/nastavnichestvo/news/" + p.id())
                : null;
        return new Published(
                p.id(), p.title(), p.publishedAt().atZone(Dates.DEFAULT_ZONE).toLocalDate(), address);
    }
}
