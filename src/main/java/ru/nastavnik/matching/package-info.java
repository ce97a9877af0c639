/**
 * Matching mentees with mentors: an exact, explained, capacity-respecting assignment that the organisation can tune
 * by weights, proved optimal by a dual certificate, fed from the mentee and mentor banks.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "bank",
            "people",
            "consent",
            "organisation",
            "shared",
            "shared :: audit",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.matching;
