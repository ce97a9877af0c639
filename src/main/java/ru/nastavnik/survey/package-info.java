/**
 * Questionnaires (анкетирование): built from templates or from scratch, sent to people by personal links and in
 * their cabinets, answered with autosave and submitted once, and their results with the anonymity rule. The banks
 * learn of submitted answers through {@link ru.nastavnik.survey.ResponseSubmitted}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "people",
            "documents",
            "organisation",
            "shared",
            "shared :: audit",
            "shared :: mail",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.survey;
