/**
 * Pairs and groups of mentors and mentees (stage 5 of the roadmap): formed from approved matching proposals or by
 * hand, made legal by the mentor's written consent, the supplementary agreement and the order (Labour Code
 * art. 351.8), active only once the order is registered; ended early with the notice the law requires. Their
 * personalised programmes are the {@code programme} module's, which builds on this one; what the orders and pages
 * here need of them comes through the SPI {@link ru.nastavnik.mentorship.PairProgrammes}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "bank",
            "matching",
            "documents",
            "consent",
            "people",
            "organisation",
            "training",
            "shared",
            "shared :: audit",
            "shared :: mail",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.mentorship;
