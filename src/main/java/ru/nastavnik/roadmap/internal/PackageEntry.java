package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import ru.nastavnik.roadmap.PackageContribution.Writer;

/**
 * One file of the inspection package: what it is, its number and date (as the index lists them), where it goes in
 * the archive, and how to write it — made only when the archive reaches it, so the package is never whole in memory.
 */
record PackageEntry(String section, String title, String number, LocalDate date, String path, Writer writer) {}
