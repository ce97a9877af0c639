/**
 * Consents of the people in the mentorship system (152-ФЗ personal data, the mentoring duties of Labour Code
 * art. 351.8, the shared municipal/regional bank, publication), their printed forms and signed scans, and what
 * a withdrawal does.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "people",
            "documents",
            "organisation",
            "audit",
            "shared",
            "shared :: audit",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.consent;
