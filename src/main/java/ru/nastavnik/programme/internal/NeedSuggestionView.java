package ru.nastavnik.programme.internal;

/**
 * The activity suggested for one need of the organisation's vocabulary; with no {@code suggestion} the programme
 * gets a general activity named after the need.
 */
public record NeedSuggestionView(String code, String need, SuggestedActivity suggestion, boolean edited) {}
