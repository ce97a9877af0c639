/**
 * Demonstration data for the {@code demo} profile: a region, a municipality, two schools with fictional staff
 * and one account per role, so that the system can be tried without real personal data.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "bank",
            "consent",
            "matching",
            "mentorship",
            "organisation",
            "people",
            "programme",
            "survey",
            "shared",
            "shared :: security"
        })
package ru.nastavnik.demo;
