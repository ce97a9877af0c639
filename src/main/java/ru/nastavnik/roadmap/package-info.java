/**
 * The school's roadmap of the mentorship system (the seven stages of the source document), with how far each
 * stage has come, read from the other modules; stages whose modules are not built yet are not shown. Its page
 * offers the Regulation and the roadmap in force as documents (made by {@code mentorship}, the order's appendices).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "bank",
            "consent",
            "documents",
            "events",
            "mentorship",
            "organisation",
            "people",
            "programme",
            "practices",
            "survey",
            "training",
            "shared",
            "shared :: audit",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.roadmap;
