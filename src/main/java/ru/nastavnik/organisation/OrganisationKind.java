package ru.nastavnik.organisation;

public enum OrganisationKind {
    REGION,
    MUNICIPALITY,
    ORGANISATION;

    /** A region is a root; a municipality sits in a region; a school in a municipality (or a region directly). */
    boolean mayHaveParent(OrganisationKind parent) {
        return switch (this) {
            case REGION -> parent == null;
            case MUNICIPALITY -> parent == REGION;
            case ORGANISATION -> parent == REGION || parent == MUNICIPALITY;
        };
    }

    public String messageKey() {
        return "organisation.kind." + name();
    }
}
