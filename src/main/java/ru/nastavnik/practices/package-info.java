/**
 * The best-practice library (методическая копилка): practices proposed from the school's work — a completed
 * programme, for a start — which the curator accepts into the library or turns down with a reason.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "people",
        "shared",
        "shared :: audit",
        "shared :: security",
        "shared :: web"
})
package ru.nastavnik.practices;
