package ru.nastavnik.monitoring.internal;

import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.shared.OrganisationId;

/**
 * Who signs the school's monitoring documents (the annual report, the system review, the programmes' two-stage
 * monitoring): the curator as the school's requisites name her, signed «О. П. Исаева», initials first (ГОСТ Р
 * 7.0.97); none recorded: empty, and the line keeps its blank to write her name in.
 */
public final class CuratorSignature {

    private CuratorSignature() {}

    public static String of(Organisations organisations, OrganisationId school) {
        return organisations
                .find(school)
                .map(OrganisationSummary::requisites)
                .map(Requisites::curatorName)
                .filter(n -> !n.isBlank())
                .map(NameDeclension::signature)
                .orElse("");
    }
}
