/**
 * The best-practice library (методическая копилка): practices proposed from the school's work — a completed
 * programme, for a start — which the curator accepts into the school's library or turns down with a reason; an
 * accepted practice climbs to the municipal and regional libraries (searched in Russian), exports as the federal
 * contest's DOCX, and carries its authors' consent to distribution.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "people",
            "consent",
            "documents",
            "organisation",
            "shared",
            "shared :: audit",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.practices;
