package ru.nastavnik.training;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.shared.OrganisationId;

/** A material as readers see it, with its file versions newest first ({@code version}: for If-Match). */
public record MaterialView(
        MaterialId id,
        OrganisationId organisation,
        MaterialKind kind,
        String title,
        String description,
        String url,
        List<MaterialTopic> topics,
        List<MaterialAudience> audiences,
        String authorName,
        LocalDate publishedOn,
        List<MaterialFileView> files,
        long version) {

    /** The current file, or {@code null} for a link. */
    public MaterialFileView currentFile() {
        return files.isEmpty() ? null : files.get(0);
    }
}
