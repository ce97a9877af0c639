package ru.nastavnik.consent;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Consent forms filled in for printing (implemented in {@code internal.FormFiles}, which also fills a whole batch of
 * forms for the consent pages).
 */
public interface ConsentForms {

    /**
     * The mentor's consent to the mentoring of one pair or group, filled in with its mentees, form and term — the
     * first document of the pair's chain (consent → supplementary agreement → order), printed by the employer.
     */
    GeneratedFile mentoringDuties(
            NastavnikPrincipal caller, OrganisationId employer, PersonId mentor, MentoringTerms terms);
}
