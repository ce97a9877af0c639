/**
 * Roadmap stage 7: the school's public «Наставничество» section at an address of its choice, its news (written or
 * drafted from what happened, sanitised, scheduled, every change kept), feeds, and the pages of municipalities and
 * regions gathering their schools' — naming only people who consented to distribution (152-ФЗ art. 10.1).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "consent",
            "documents",
            "events",
            "mentorship",
            "organisation",
            "programme",
            "people",
            "practices",
            "roadmap",
            "training",
            "shared",
            "shared :: audit",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.publishing;
