package ru.nastavnik.training;

/** A material is an uploaded file (kept with its older versions) or a link to a page elsewhere. */
public enum MaterialKind {
    FILE,
    LINK;

    public String messageKey() {
        return "training.material.kind." + name();
    }
}
