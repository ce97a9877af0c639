package ru.nastavnik.consent;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Consents to the processing of personal data: asked for, given (with the signed form's scan), withdrawn, expired
 * (implemented in {@code internal.ConsentRegistry}). Only the organisation's director and curator keep them.
 */
public interface ConsentManagement {

    /** Marks the people as asked to consent (their forms get printed); those with an open consent are skipped. */
    List<ConsentView> request(
            NastavnikPrincipal caller, OrganisationId organisation, List<PersonId> people, ConsentPurpose purpose);

    ConsentView recordGiven(NastavnikPrincipal caller, OrganisationId organisation, GiveConsent command);

    /** The signed form and its scan in one step: a scan that is refused leaves no half-recorded consent. */
    ConsentView recordGivenWithScan(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            GiveConsent command,
            InputStream scan,
            String originalName);

    ConsentView attachScan(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            ConsentId id,
            InputStream content,
            String originalName);

    ConsentView withdraw(
            NastavnikPrincipal caller, OrganisationId organisation, ConsentId id, LocalDate on, String reason);

    /** Consents given for a term end by themselves, as by a withdrawal (a scheduled job; a test runs it at will). */
    void expireDue();
}
