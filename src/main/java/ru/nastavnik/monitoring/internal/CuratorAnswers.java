package ru.nastavnik.monitoring.internal;

/**
 * The curator's questionnaire on a programme: is the plan followed, how do the pair work together, was the support
 * enough (each 1–5), and her conclusions.
 */
public record CuratorAnswers(
        Integer planFollowed, Integer pairInteraction, Integer supportSufficient, String conclusions) {}
