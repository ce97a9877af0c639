package ru.nastavnik.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import ru.nastavnik.shared.OrganisationId;

/**
 * Staff records by id for modules that have already established a legal basis to show them (implemented in
 * {@code internal.ProfileReads}) — the shared mentor bank shows a mentor to other schools' methodologists only with
 * that mentor's consent. Records whose processing is restricted are never returned.
 */
public interface StaffProfiles {

    /**
     * Up to {@code limit} current people of {@code organisations} whose full name contains {@code text} (at least two
     * letters), by name: the caller has checked that she may see these organisations' staff (an event's organiser
     * inviting by name) and audits what she shows.
     */
    List<StaffView> findByName(Collection<OrganisationId> organisations, String text, int limit);

    Map<PersonId, StaffView> of(Collection<PersonId> ids);
}
