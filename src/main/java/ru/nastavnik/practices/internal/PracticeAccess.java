package ru.nastavnik.practices.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Who may do what with practices. A school's director or curator keeps the school's practices. The methodologist
 * of a municipality (region) keeps its library: she reads the accepted practices of every school below it and those
 * proposed to it, decides on the proposals and sends its accepted practices up. Anything else does not exist (404).
 */
@Component
class PracticeAccess {

    private final Organisations organisations;

    PracticeAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    /** Where a practice goes next: the organisation above and the level of its library. */
    record Target(OrganisationId organisation, PracticeLevel level) {}

    boolean managesSchool(NastavnikPrincipal caller, OrganisationId school) {
        return caller.hasAnyIn(school, Role.DIRECTOR, Role.CURATOR);
    }

    /** The methodologist of that municipality (region): the role that matches the kind of the organisation. */
    boolean keepsArea(NastavnikPrincipal caller, OrganisationId area) {
        return switch (levelOf(area)) {
            case MUNICIPALITY -> caller.has(Role.MUNICIPAL_METHODOLOGIST, area);
            case REGION -> caller.has(Role.REGIONAL_METHODOLOGIST, area);
            case SCHOOL -> false;
        };
    }

    /** The library the caller acts for: her school (director, curator) or her area (methodologist); else 404. */
    PracticeLevel checkKeeper(NastavnikPrincipal caller, OrganisationId organisation) {
        PracticeLevel level = levelOf(organisation);
        boolean keeps =
                level == PracticeLevel.SCHOOL ? managesSchool(caller, organisation) : keepsArea(caller, organisation);
        if (!keeps) {
            throw new NotFoundException();
        }
        return level;
    }

    /** The caller keeps the library of that municipality or region; a school's keeper has no area (404). */
    void checkArea(NastavnikPrincipal caller, OrganisationId area) {
        if (checkKeeper(caller, area) == PracticeLevel.SCHOOL) {
            throw new NotFoundException();
        }
    }

    /** A practice is read in an organisation's library: its own school, or an area it was accepted below or proposed to. */
    boolean readsIn(NastavnikPrincipal caller, OrganisationId organisation, PracticeView practice) {
        if (practice.organisationId().equals(organisation)) {
            return managesSchool(caller, organisation);
        }
        return keepsArea(caller, organisation)
                && organisations.isWithin(practice.organisationId(), organisation)
                && (practice.level() != null || organisation.equals(practice.pendingOrganisationId()));
    }

    /** The first of the caller's organisations in which she reads the practice; none: it does not exist for her. */
    OrganisationId readingOrganisation(NastavnikPrincipal caller, PracticeView practice) {
        return caller.grants().stream()
                .map(g -> g.organisation())
                .filter(o -> o != null)
                .distinct()
                .filter(o -> readsIn(caller, o, practice))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    PracticeLevel levelOf(OrganisationId organisation) {
        OrganisationKind kind = organisations.kindOf(organisation).orElseThrow(NotFoundException::new);
        return switch (kind) {
            case REGION -> PracticeLevel.REGION;
            case MUNICIPALITY -> PracticeLevel.MUNICIPALITY;
            case ORGANISATION -> PracticeLevel.SCHOOL;
        };
    }

    /** The library above {@code level} for a school: its municipality, or its region (also for a school directly under it). */
    Optional<Target> above(OrganisationId school, PracticeLevel level) {
        for (OrganisationId o : organisations.lineage(school)) {
            PracticeLevel there = levelOf(o);
            if (level.below(there)) {
                return Optional.of(new Target(o, there));
            }
        }
        return Optional.empty();
    }

    /** The schools of an area, with their names. */
    List<OrganisationSummary> schoolsOf(OrganisationId area) {
        return organisations.subtree(area).stream()
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .toList();
    }

    boolean isWithin(OrganisationId organisation, OrganisationId area) {
        return organisations.isWithin(organisation, area);
    }

    String name(OrganisationId organisation) {
        return organisations.find(organisation).map(PracticeAccess::name).orElse("—");
    }

    static String name(OrganisationSummary o) {
        return o.shortName() != null && !o.shortName().isBlank() ? o.shortName() : o.name();
    }
}
