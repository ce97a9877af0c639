/**
 * Training of mentors: methodical materials published by a school for itself or by a municipality or region for the
 * schools below it (searched in Russian, suggested by the pair's needs), and the external courses a mentor took,
 * confirmed by the curator, which make up her training hours and record; the mentor course with its mastery checks
 * (scored questionnaires of the survey engine).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "people",
            "documents",
            "survey",
            "organisation",
            "shared",
            "shared :: audit",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.training;
