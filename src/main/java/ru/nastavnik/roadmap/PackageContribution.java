package ru.nastavnik.roadmap;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A module's own documents for the inspection package, for modules the roadmap may not depend on (monitoring and
 * publishing depend on the roadmap; asking them directly would be a cycle). The package collects every bean of this
 * type: each gets a folder of its own after the roadmap's, named by {@link #section()}, in {@link #order()}.
 * The package has already checked the caller (the school's director or curator) and the period when it asks.
 */
public interface PackageContribution {

    /** The folder's name in the archive and the section in the index, e.g. «Мониторинг». */
    String section();

    /** Lower first; the roadmap's own folders come before any contribution's. */
    int order();

    /** The period's files, listed but not yet made: each is written only when the archive reaches it. */
    List<Part> parts(NastavnikPrincipal caller, OrganisationId organisation, LocalDate from, LocalDate to);

    /** One file: what the index says of it (title, number, date) and its name inside the section's folder. */
    record Part(String title, String number, LocalDate date, String fileName, Writer writer) {}

    /** How a file is written: only when the archive reaches it, so the package is never whole in memory. */
    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }
}
