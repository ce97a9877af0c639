package ru.nastavnik.training.web;

import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.internal.MaterialQuery;

/** The materials page's search form, as the page sends it (a GET). */
record MaterialFilter(String q, String topic, MaterialAudience audience) {

    MaterialQuery query() {
        return new MaterialQuery(q, topic, audience);
    }
}
