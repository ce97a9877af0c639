/**
 * The staff registry (педагогические работники) of each organisation: records, search, import from the
 * files schools keep in Excel, and export back to them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "organisation",
            "documents",
            "shared",
            "shared :: audit",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.people;
