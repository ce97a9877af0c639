package ru.nastavnik.monitoring.internal;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.shared.OrganisationId;

/**
 * Who signs a municipality's or region's summary: its head as its requisites name him — the position and «А. С.
 * Орлова», initials first (ГОСТ Р 7.0.97); none recorded: empty, and the line keeps its blanks to write them in.
 */
public final class HeadSignature {

    private HeadSignature() {}

    /** {@code position} and {@code signature}, each empty when the requisites do not say. */
    public static Map<String, String> of(Organisations organisations, OrganisationId organisation) {
        Requisites requisites = organisations
                .find(organisation)
                .map(OrganisationSummary::requisites)
                .orElse(null);
        HeadName head = requisites == null ? null : requisites.head();
        String name = head == null
                ? ""
                : Stream.of(head.lastName(), head.firstName(), head.middleName())
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(" "));
        return Map.of(
                "position",
                requisites == null || requisites.headPosition() == null ? "" : requisites.headPosition(),
                "signature",
                NameDeclension.signature(name));
    }
}
