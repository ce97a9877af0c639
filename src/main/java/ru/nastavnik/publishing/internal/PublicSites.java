package ru.nastavnik.publishing.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The address each organisation chooses for its public section; unique across the installation. */
@Service
@Transactional
public class PublicSites {

    private final PublicSiteRepository sites;
    private final PublishingAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Organisations organisations;

    PublicSites(
            PublicSiteRepository sites,
            PublishingAccess access,
            ApplicationEventPublisher events,
            Clock clock,
            Organisations organisations) {
        this.sites = sites;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.organisations = organisations;
    }

    /** Whether the organisation's section shows a roadmap (a school's); an area's gathers its schools' items only. */
    @Transactional(readOnly = true)
    public boolean showsRoadmap(OrganisationId organisation) {
        return organisations
                .find(organisation)
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .isPresent();
    }

    /** The address of the organisation's public section, if it chose one: public, so asked of anyone. */
    @Transactional(readOnly = true)
    public Optional<String> publicSlug(OrganisationId organisation) {
        return sites.findById(organisation.value()).map(PublicSite::slug);
    }

    @Transactional(readOnly = true)
    public Optional<String> slugOf(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        return sites.findById(organisation.value()).map(PublicSite::slug);
    }

    /**
     * Whether the section's public roadmap shows the «Просрочено» mark; empty while the organisation has chosen no
     * address (there is no section to set).
     */
    @Transactional(readOnly = true)
    public Optional<Boolean> showsOverdue(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        return sites.findById(organisation.value()).map(PublicSite::showsOverdue);
    }

    /**
     * Shows or hides the overdue mark on the section's public roadmap; audited, so the cached public pages are
     * rendered again (their version follows audited changes). Refused before an address is chosen.
     */
    public boolean showOverdue(NastavnikPrincipal caller, OrganisationId organisation, boolean shown) {
        access.check(caller, organisation);
        if (!showsRoadmap(organisation)) {
            throw InvalidInputException.of("showOverdue", "publicPages.overdue.schoolsOnly");
        }
        PublicSite site = sites.findById(organisation.value())
                .orElseThrow(() -> InvalidInputException.of("showOverdue", "publicPages.overdue.noSection"));
        site.showOverdue(shown, clock.instant());
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "PublicSite",
                organisation.value(),
                shown
                        ? "отметка о просрочке на публичной дорожной карте: показывается"
                        : "отметка о просрочке на публичной дорожной карте: не показывается"));
        return shown;
    }

    public String choose(NastavnikPrincipal caller, OrganisationId organisation, String wanted) {
        access.check(caller, organisation);
        Slug slug = new Slug(wanted);
        sites.bySlug(slug.value())
                .filter(s -> !s.organisationId().equals(organisation.value()))
                .ifPresent(s -> {
                    throw InvalidInputException.of("slug", "publishing.slug.taken", slug.value());
                });
        sites.findById(organisation.value())
                .ifPresentOrElse(
                        s -> s.rename(slug, clock.instant()),
                        () -> sites.save(new PublicSite(organisation.value(), slug, clock.instant())));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "PublicSite",
                organisation.value(),
                "адрес публичного раздела: " + slug.value()));
        return slug.value();
    }
}
