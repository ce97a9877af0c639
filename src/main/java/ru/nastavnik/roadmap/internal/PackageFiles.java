package ru.nastavnik.roadmap.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;
import ru.nastavnik.roadmap.PackageContribution;

/** What every folder of the inspection package shares: unique file names an archiver accepts, the period's test. */
final class PackageFiles {

    private PackageFiles() {}

    static PackageEntry entry(
            Set<String> paths,
            String section,
            String title,
            String number,
            LocalDate date,
            String path,
            PackageContribution.Writer writer) {
        String unique = path;
        for (int i = 2; !paths.add(unique); i++) {
            int dot = path.lastIndexOf('.');
            unique = path.substring(0, dot) + " (" + i + ")" + path.substring(dot);
        }
        return new PackageEntry(section, title, number, date, unique.replace('\\', '-'), writer);
    }

    /** A title as a file name: no path separators or characters archivers refuse. */
    static String safe(String title) {
        String clean = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return clean.length() > 120 ? clean.substring(0, 120) : clean;
    }

    static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    static void copy(InputStream in, OutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
