package ru.nastavnik.training;

import java.time.Instant;

/** One uploaded version of a file material, numbered from 1; the highest is the current one. */
public record MaterialFileView(int number, String originalName, Instant uploadedAt, String uploadedBy) {}
