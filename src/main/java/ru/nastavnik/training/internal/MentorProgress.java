package ru.nastavnik.training.internal;

/** A mentor of the school on her way through a course, as her curator sees it. */
public record MentorProgress(String fullName, ProgressView progress) {}
