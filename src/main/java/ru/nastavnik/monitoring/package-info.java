/**
 * Monitoring of the mentorship's quality (roadmap stage 6): the health of each working pair judged from its
 * programme's own data, and the indicator catalogue computed for a school, a municipality or a region over a period.
 * A leaf: it reads the other modules' APIs (figures and ids only) and nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "bank",
            "documents",
            "events",
            "mentorship",
            "organisation",
            "people",
            "programme",
            "practices",
            "publishing",
            "roadmap",
            "survey",
            "training",
            "shared",
            "shared :: audit",
            "shared :: mail",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.monitoring;
