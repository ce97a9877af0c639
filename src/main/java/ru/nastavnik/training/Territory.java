package ru.nastavnik.training;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Who reads and who publishes what. A material of an organisation is read in it and everywhere below it (a
 * municipality's in all its schools); it is published and edited by the director or curator of a school, by the
 * methodologist of a municipality or region — each for her own organisation only.
 */
@Component
class Territory {

    private static final Role[] PUBLISHERS = { Role.DIRECTOR, Role.CURATOR, Role.MUNICIPAL_METHODOLOGIST,
            Role.REGIONAL_METHODOLOGIST };

    private final Organisations organisations;

    Territory(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The organisation and those above it: whose materials are read in it. */
    List<UUID> publishersFor(OrganisationId organisation) {
        List<UUID> chain = new ArrayList<>();
        OrganisationId current = organisation;
        while (current != null && chain.size() < 5) {
            chain.add(current.value());
            current = organisations.find(current).map(OrganisationSummary::parentId).orElse(null);
        }
        return chain;
    }

    /** The caller works in the organisation (any role held there); otherwise it does not exist for her. */
    void checkMember(NastavnikPrincipal caller, OrganisationId organisation) {
        if (caller.grants().stream().noneMatch(g -> organisation.equals(g.organisation()))) {
            throw new NotFoundException();
        }
    }

    /** A material of {@code publisher} is readable by someone who works there or below it. */
    boolean mayRead(NastavnikPrincipal caller, OrganisationId publisher) {
        return caller.grants().stream().anyMatch(g -> g.organisation() != null
                && organisations.isWithin(g.organisation(), publisher));
    }

    boolean mayPublish(NastavnikPrincipal caller, OrganisationId organisation) {
        return caller.hasAnyIn(organisation, PUBLISHERS);
    }

    /** The organisation a caller's pages are about by default: her school, else the area she works for. */
    static java.util.Optional<OrganisationId> home(NastavnikPrincipal caller) {
        return caller.homeOrganisation().or(() -> caller.grants().stream()
                .filter(g -> g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                .map(g -> g.organisation()).findFirst());
    }
}
