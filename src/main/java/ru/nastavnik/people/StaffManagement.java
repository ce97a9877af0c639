package ru.nastavnik.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The staff registry's commands and queries (implemented in {@code internal.StaffRegistry}); every one checks the
 * caller and leaves an audit record.
 */
public interface StaffManagement {

    Page<StaffView> search(NastavnikPrincipal caller, OrganisationId organisation, StaffQuery query);

    /** Opening a card is a read of personal data, and is audited as one. */
    StaffView get(NastavnikPrincipal caller, PersonId id);

    StaffView get(NastavnikPrincipal caller, OrganisationId organisation, PersonId id);

    /** Several cards at once (to print their forms, say); each read is audited. */
    List<StaffView> getAll(NastavnikPrincipal caller, OrganisationId organisation, List<PersonId> ids);

    /**
     * The current staff records among {@code ids} that the caller may see, read in one query — for a list that names
     * a few people (the pairs) without reading the whole staff (no card is opened, so no read is recorded here).
     */
    Map<PersonId, StaffView> currentAmong(
            NastavnikPrincipal caller, OrganisationId organisation, Collection<PersonId> ids);

    /** How many work at the organisation now, for figures: a count, no record is read (so none is audited). */
    long currentCount(NastavnikPrincipal caller, OrganisationId organisation);

    /** The organisation's current staff, for lists such as "who has not consented yet" (no card is opened). */
    List<StaffView> current(NastavnikPrincipal caller, OrganisationId organisation);

    /**
     * The organisation's current staff shown to choose from (a responsible person, people to invite or to name in a
     * news item): every name shown is a read of personal data, recorded as one entry naming them all.
     */
    default List<StaffView> toChooseFrom(NastavnikPrincipal caller, OrganisationId organisation) {
        return toChooseFrom(caller, organisation, person -> true);
    }

    /** The same, only those {@code shown} keeps: only they are recorded as read. */
    List<StaffView> toChooseFrom(
            NastavnikPrincipal caller, OrganisationId organisation, java.util.function.Predicate<StaffView> shown);

    StaffView create(NastavnikPrincipal caller, OrganisationId organisation, StaffData data);

    /** An edit of the record as the caller read it ({@code readVersion}): refused if someone changed it since. */
    StaffView update(
            NastavnikPrincipal caller, OrganisationId organisation, PersonId id, StaffData data, Long readVersion);

    StaffView archive(NastavnikPrincipal caller, OrganisationId organisation, PersonId id);

    StaffView restore(NastavnikPrincipal caller, OrganisationId organisation, PersonId id);

    /**
     * Where the system may write to a person about their own mentorship (reminders it sends itself): the e-mail on
     * their card, unless they left, or their data may no longer be processed.
     */
    Optional<String> contactEmail(PersonId id);

    /** Resolves a person's organisation from the record itself, then checks the caller's right to it. */
    OrganisationId organisationOf(NastavnikPrincipal caller, PersonId id);
}
