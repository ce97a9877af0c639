package ru.nastavnik.mentorship.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.documents.PhraseDeclension;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * What the pairs' documents are made of: the organisation's current template, its requisites, and the people
 * they name — its own staff, and the members of its pairs who work elsewhere.
 */
@Component
class DocumentParts {

    private final DocumentTemplates templates;
    private final Organisations organisations;
    private final StaffManagement staff;
    private final StaffProfiles profiles;

    DocumentParts(
            DocumentTemplates templates, Organisations organisations, StaffManagement staff, StaffProfiles profiles) {
        this.templates = templates;
        this.organisations = organisations;
        this.staff = staff;
        this.profiles = profiles;
    }

    byte[] render(OrganisationId organisation, String kind, Map<String, Object> model) {
        return DocxTemplates.render(new ByteArrayInputStream(templates.current(organisation, kind)), model);
    }

    OrganisationSummary organisation(OrganisationId id) {
        return organisations.find(id).orElseThrow(NotFoundException::new);
    }

    Map<PersonId, StaffData> people(NastavnikPrincipal caller, OrganisationId organisation) {
        return staff.current(caller, organisation).stream().collect(Collectors.toMap(StaffView::id, StaffView::data));
    }

    /**
     * The names an order's rows are sorted by ({@link OrderRows}): every member of its pairs, whether she is on the
     * staff today or not, so that the order and each of its programmes number the rows alike.
     */
    Map<PersonId, StaffData> sortNames(List<Mentorship> pairs) {
        Map<PersonId, StaffData> names = new java.util.HashMap<>();
        profiles.of(pairs.stream()
                        .flatMap(p -> p.view(x -> "").members().stream())
                        .map(ru.nastavnik.mentorship.MemberView::personId)
                        .distinct()
                        .toList())
                .forEach((person, view) -> names.put(person, view.data()));
        return names;
    }

    Map<PersonId, StaffData> members(Mentorship pair) {
        Map<PersonId, StaffData> people = new java.util.HashMap<>();
        List<PersonId> members = java.util.stream.Stream.concat(
                        pair.current(MemberRole.MENTOR).stream(), pair.current(MemberRole.MENTEE).stream())
                .toList();
        profiles.of(members).forEach((person, view) -> people.put(person, view.data()));
        return people;
    }

    /** The organisation's staff and the members of its pairs who work elsewhere (mentors from the shared bank). */
    Map<PersonId, StaffData> people(
            NastavnikPrincipal caller, OrganisationId organisation, java.util.Collection<PersonId> members) {
        Map<PersonId, StaffData> people = new java.util.HashMap<>(people(caller, organisation));
        List<PersonId> elsewhere =
                members.stream().filter(p -> !people.containsKey(p)).distinct().toList();
        if (!elsewhere.isEmpty()) {
            profiles.of(elsewhere).forEach((id, view) -> people.put(id, view.data()));
        }
        return people;
    }

    static String describe(List<PersonId> persons, Map<PersonId, StaffData> people) {
        return describe(persons, people, d -> PhraseDeclension.inText(d.positions()));
    }

    /** «Фамилия Имя Отчество, должность; …», each position as {@code position} prints it. */
    static String describe(
            List<PersonId> persons,
            Map<PersonId, StaffData> people,
            java.util.function.Function<StaffData, String> position) {
        return persons.stream()
                .map(p -> {
                    StaffData d = people.get(p);
                    if (d == null) {
                        return "—";
                    }
                    String held = position.apply(d);
                    return d.fullName() + (held.isEmpty() ? "" : ", " + held);
                })
                .collect(Collectors.joining("; "));
    }

    /** «А. И. Петрова»: the signature lines under a programme, initials first as ГОСТ Р 7.0.97 prints a signature. */
    static String initials(List<PersonId> persons, Map<PersonId, StaffData> people) {
        return persons.stream()
                .map(people::get)
                .filter(java.util.Objects::nonNull)
                .map(d -> NameDeclension.initialsWithSurname(
                        PersonName.of(d.lastName(), d.firstName(), d.middleName(), d.gender()),
                        GrammaticalCase.NOMINATIVE))
                .collect(Collectors.joining(", "));
    }
}
