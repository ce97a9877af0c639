package ru.nastavnik.monitoring.internal;

import java.util.Optional;
import ru.nastavnik.documents.SignatureLine;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.shared.OrganisationId;

/**
 * The signature lines under a school's monitoring document that both the curator and the head sign (the
 * programmes' two-stage monitoring): each named as the school's requisites give them, initials first (ГОСТ Р
 * 7.0.97); a name not recorded is empty, so its line keeps the blank to write it in.
 *
 * @param curator      «О. П. Исаева», or empty
 * @param headPosition the head's position as recorded, capitalised; the given default where none is
 * @param head         «П. П. Петров», or empty
 */
public record Signatures(String curator, String headPosition, String head) {

    public static Signatures of(Organisations organisations, OrganisationId school, String defaultPosition) {
        Optional<Requisites> requisites = organisations.find(school).map(OrganisationSummary::requisites);
        HeadName head = requisites.map(Requisites::head).orElse(null);
        return new Signatures(
                CuratorSignature.of(organisations, school),
                SignatureLine.position(requisites.map(Requisites::headPosition).orElse(null), defaultPosition),
                head == null
                        ? ""
                        : SignatureLine.name(head.lastName(), head.firstName(), head.middleName(), head.gender()));
    }
}
