package ru.nastavnik.training.internal;

import java.util.List;
import ru.nastavnik.training.MaterialAudience;

/**
 * What a publisher writes about a material: title, description, the link (for a link), the topic codes of the
 * needs vocabulary and the audiences. The same for a new material and an edit.
 */
public record MaterialDraft(
        String title, String description, String url, List<String> topics, List<MaterialAudience> audiences) {

    public MaterialDraft {
        topics = topics == null
                ? List.of()
                : topics.stream()
                        .filter(t -> t != null && !t.isBlank())
                        .distinct()
                        .toList();
        audiences = audiences == null
                ? List.of()
                : audiences.stream().filter(a -> a != null).distinct().toList();
    }
}
