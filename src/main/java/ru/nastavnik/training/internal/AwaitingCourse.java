package ru.nastavnik.training.internal;

/** A course waiting for the curator's decision, with the name of whose it is. */
public record AwaitingCourse(CourseView course, String fullName) {}
