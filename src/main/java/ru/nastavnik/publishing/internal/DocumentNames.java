package ru.nastavnik.publishing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Who a public document names, in every form it prints a name in, and whether each may be named: the people a
 * registered order names (its pairs, or the whole staff on the Regulation's familiarisation sheet), the «Исп.:»
 * executor line, and the consent to distribution of documents on the section (152-ФЗ art. 10.1) that showing it
 * with names requires. Split from {@link PublicDocuments}, which decides what is shown.
 */
@Component
class DocumentNames {

    private final Mentorships mentorships;
    private final StaffManagement staff;
    private final ConsentCheck consents;
    private final Organisations organisations;

    DocumentNames(Mentorships mentorships, StaffManagement staff, ConsentCheck consents, Organisations organisations) {
        this.mentorships = mentorships;
        this.staff = staff;
        this.consents = consents;
        this.organisations = organisations;
    }

    /** The «Исп.:» line every order prints: the requisites' curator name, as {@link TypedExecutor} places it. */
    List<DocumentPerson> withExecutor(
            NastavnikPrincipal caller, OrganisationId organisation, UUID orderId, List<DocumentPerson> people) {
        Requisites requisites = organisations
                .find(organisation)
                .map(OrganisationSummary::requisites)
                .orElse(null);
        String typed = requisites == null ? null : requisites.curatorName();
        if (typed == null) {
            return people;
        }
        Map<PersonId, List<String>> staffForms = new LinkedHashMap<>();
        staff.current(caller, organisation).forEach(v -> staffForms.put(v.id(), forms(v.data())));
        return TypedExecutor.with(
                people,
                orderId,
                typed,
                staffForms,
                person -> consents.coveredFor(
                                Set.of(person), DistributionKind.DOCUMENTS, Set.of(DistributionChannel.SECTION))
                        .contains(person));
    }

    /**
     * Who a document names: the approval order's familiarisation sheet lists the whole staff (Labour Code art. 22);
     * other orders name their pairs' members; the Regulation and roadmap name only the organisation and its head.
     */
    Map<PersonId, List<String>> named(
            NastavnikPrincipal caller, OrganisationId organisation, OrderView order, DocumentPart part) {
        Map<PersonId, List<String>> named = new LinkedHashMap<>();
        if (part != DocumentPart.ORDER) {
            return named;
        }
        if (order.kind() == OrderKind.REGULATION) {
            staff.current(caller, organisation).forEach(v -> named.put(v.id(), forms(v.data())));
            return named;
        }
        List<MemberView> members = order.mentorshipIds().stream()
                .map(id -> mentorships.get(caller, new MentorshipId(id)))
                .flatMap(m -> m.members().stream())
                .toList();
        List<PersonId> ours = members.stream()
                .filter(m -> organisation.equals(m.organisationId()))
                .map(MemberView::personId)
                .distinct()
                .toList();
        Map<PersonId, StaffData> data = new LinkedHashMap<>();
        if (!ours.isEmpty()) {
            staff.getAll(caller, organisation, ours).forEach(v -> data.put(v.id(), v.data()));
        }
        for (MemberView member : members) {
            StaffData d = data.get(member.personId());
            named.putIfAbsent(member.personId(), d != null ? forms(d) : List.of(member.fullName()));
        }
        return named;
    }

    void requireConsents(Map<PersonId, List<String>> named) {
        Set<PersonId> valid = named.isEmpty()
                ? Set.of()
                : consents.coveredFor(named.keySet(), DistributionKind.DOCUMENTS, Set.of(DistributionChannel.SECTION));
        List<String> missing = named.entrySet().stream()
                .filter(e -> !valid.contains(e.getKey()))
                .map(e -> e.getValue().get(0))
                .sorted(ru.nastavnik.shared.RussianOrder.NAMES)
                .toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(
                    "mode", "publishingSite.document.consentMissing", String.join(", ", missing));
        }
    }

    /** Every form the documents print a name in: full, «Иванова И. И.», «И. И. Иванова», in each case. */
    static List<String> forms(StaffData data) {
        List<String> forms = new ArrayList<>(List.of(data.fullName()));
        if (data.gender() != null && data.lastName() != null && data.firstName() != null) {
            PersonName name = PersonName.of(data.lastName(), data.firstName(), data.middleName(), data.gender());
            for (GrammaticalCase grammaticalCase : GrammaticalCase.values()) {
                forms.add(NameDeclension.fullName(name, grammaticalCase));
                forms.add(NameDeclension.surnameWithInitials(name, grammaticalCase));
                forms.add(NameDeclension.initialsWithSurname(name, grammaticalCase));
            }
        }
        return forms.stream().filter(f -> f != null && !f.isBlank()).distinct().toList();
    }
}
