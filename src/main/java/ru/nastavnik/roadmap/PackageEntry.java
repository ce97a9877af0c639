package ru.nastavnik.roadmap;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * One file of the inspection package: what it is, its number and date (as the index lists them), where it goes in
 * the archive, and how to write it — made only when the archive reaches it, so the package is never whole in memory.
 */
record PackageEntry(String section, String title, String number, LocalDate date, String path, Writer writer) {

    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }
}
