package ru.nastavnik.training;

import java.time.Instant;

/** One uploaded version of a file material, numbered from 1; the highest is the current one. */
record MaterialFileView(int number, String originalName, Instant uploadedAt, String uploadedBy) {}
