/**
 * The bank of mentees (with their professional needs) and the bank of mentors (with their competences and
 * capacity), a person entering either only with a valid personal-data consent; the shared vocabulary of needs
 * and competences; and the municipal/regional view of mentors who agreed to the shared bank.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "people",
            "consent",
            "survey",
            "documents",
            "organisation",
            "training",
            "shared",
            "shared :: audit",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.bank;
