package ru.nastavnik.training.web;

import java.util.List;
import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.internal.MaterialDraft;

/** A material published through the API: its fields beside the kind and the file, each optional. */
record MaterialDraftForm(
        String title, String description, String url, List<String> topics, List<MaterialAudience> audiences) {

    MaterialDraft draft() {
        return new MaterialDraft(title, description, url, topics, audiences);
    }
}
