/**
 * Monitoring of the mentorship's quality (roadmap stage 6): for a start, the health of each working pair judged
 * from its programme's own data. A leaf: it reads the other modules' APIs and nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "mentorship",
        "people",
        "shared",
        "shared :: audit",
        "shared :: security",
        "shared :: web"
})
package ru.nastavnik.monitoring;
