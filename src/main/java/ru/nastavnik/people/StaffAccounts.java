package ru.nastavnik.people;

import java.util.Optional;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Links a staff record to the person's own user account (implemented in {@code internal.AccountLinks}): then the
 * teacher sees their own data and can take it away (152-ФЗ art. 14), and later their own programmes and
 * questionnaires.
 */
public interface StaffAccounts {

    /**
     * Links a teacher's account to her record, so that she sees her own data and cabinet. An account whose name
     * is not the record's is linked only when {@code despiteName} confirms it; a blank name unlinks.
     */
    StaffView link(
            NastavnikPrincipal caller, OrganisationId organisation, PersonId id, String username, boolean despiteName);

    /** The login linked to a record, for its card. */
    Optional<String> accountOf(NastavnikPrincipal caller, OrganisationId organisation, PersonId id);

    /** Which staff record is the signed-in user's own; only the id, so nothing is audited. */
    Optional<PersonId> ownId(NastavnikPrincipal caller);

    /** The signed-in user's own staff record; reading it is audited like any other read. */
    Optional<StaffView> own(NastavnikPrincipal caller);

    /**
     * The accounts linked to current staff records with this address (any case): a letter to it is theirs, for the
     * in-app notifications. Only ids: nothing is read of the records.
     */
    java.util.List<ru.nastavnik.shared.UserId> accountsWithEmail(String email);
}
