package ru.nastavnik.organisation.web;

import ru.nastavnik.organisation.NewOrganisation;
import ru.nastavnik.organisation.OrganisationKind;

/** The "new organisation" form; the service checks it and answers with field errors. */
class OrganisationForm {

    private String name;
    private String shortName;
    private OrganisationKind kind = OrganisationKind.ORGANISATION;
    private String parentId;

    NewOrganisation toRequest() {
        return new NewOrganisation(name, shortName, kind, parentId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }
}
