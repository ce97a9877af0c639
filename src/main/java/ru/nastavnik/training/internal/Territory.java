package ru.nastavnik.training.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.ForbiddenException;
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
public class Territory {

    private static final Role[] PUBLISHERS = {
        Role.DIRECTOR, Role.CURATOR, Role.MUNICIPAL_METHODOLOGIST, Role.REGIONAL_METHODOLOGIST
    };

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
            current = organisations
                    .find(current)
                    .map(OrganisationSummary::parentId)
                    .orElse(null);
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
        return caller.grants().stream()
                .anyMatch(g -> g.organisation() != null && organisations.isWithin(g.organisation(), publisher));
    }

    public boolean mayPublish(NastavnikPrincipal caller, OrganisationId organisation) {
        return caller.hasAnyIn(organisation, PUBLISHERS);
    }

    /** A record of a publisher the caller may not read does not exist for her (404). */
    <T> T readable(NastavnikPrincipal caller, Optional<T> found, Function<T, OrganisationId> publisher) {
        T record = found.orElseThrow(NotFoundException::new);
        if (!mayRead(caller, publisher.apply(record))) {
            throw new NotFoundException();
        }
        return record;
    }

    /** As {@link #readable}, read in a named organisation: the publisher must be it or above it. */
    <T> T readableIn(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            Optional<T> found,
            Function<T, OrganisationId> publisher) {
        checkMember(caller, organisation);
        T record = readable(caller, found, publisher);
        if (!publishersFor(organisation).contains(publisher.apply(record).value())) {
            throw new NotFoundException();
        }
        return record;
    }

    /** Another school's record does not exist (404); the municipality's, read in a school, is not the school's to edit (403). */
    <T> T editable(NastavnikPrincipal caller, Optional<T> found, Function<T, OrganisationId> publisher) {
        T record = readable(caller, found, publisher);
        if (!mayPublish(caller, publisher.apply(record))) {
            throw new ForbiddenException("May not edit what " + publisher.apply(record) + " published");
        }
        return record;
    }

    /** The organisation a caller's pages are about by default: her school, else the area she works for. */
    static Optional<OrganisationId> home(NastavnikPrincipal caller) {
        return caller.homeOrganisation()
                .or(() -> caller.grants().stream()
                        .filter(g ->
                                g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                        .map(g -> g.organisation())
                        .findFirst());
    }
}
