package ru.nastavnik.mentorship.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.PairPaperwork;
import ru.nastavnik.mentorship.ProgrammeApproval;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The parts of the pairs' documents that a programme's document is made of too: the organisation's editable
 * template of the programme (kept with the pairs' other templates, {@link MentorshipTemplates}), the people it
 * names, the registered order that approved it.
 */
@Component
public class ProgrammePaperwork implements PairPaperwork {

    private final DocumentParts parts;
    private final OrderRepository orders;
    private final MentorshipRepository repository;
    private final StaffProfiles profiles;

    ProgrammePaperwork(
            DocumentParts parts, OrderRepository orders, MentorshipRepository repository, StaffProfiles profiles) {
        this.parts = parts;
        this.repository = repository;
        this.orders = orders;
        this.profiles = profiles;
    }

    /**
     * The people a pair's document names: for a curator the school's staff and the pair's mentors from elsewhere,
     * for a member of the pair the pair's own people only.
     */
    public Map<PersonId, StaffData> people(NastavnikPrincipal caller, MentorshipView pair, boolean curator) {
        return curator ? parts.people(caller, pair.organisationId(), pair.current(MemberRole.MENTOR)) : members(pair);
    }

    private Map<PersonId, StaffData> members(MentorshipView pair) {
        Map<PersonId, StaffData> people = new HashMap<>();
        List<PersonId> members = Stream.concat(
                        pair.current(MemberRole.MENTOR).stream(), pair.current(MemberRole.MENTEE).stream())
                .toList();
        profiles.of(members).forEach((person, view) -> people.put(person, view.data()));
        return people;
    }

    public OrganisationSummary organisation(OrganisationId id) {
        return parts.organisation(id);
    }

    /** The programme's document from the organisation's current template of it. */
    public byte[] renderProgramme(OrganisationId organisation, Map<String, Object> model) {
        return parts.render(organisation, MentorshipTemplates.PROGRAMME, model);
    }

    /**
     * The registered order that approved the pair's programme, if there is one, and the row of its table that names
     * the pair: the programme is that order's appendix of the same number.
     */
    public Optional<ProgrammeApproval> approval(OrganisationId organisation, MentorshipId pair) {
        return orders.registeredNaming(organisation.value(), OrderKind.PROGRAMME_APPROVAL, pair.value()).stream()
                .findFirst()
                .map(order -> {
                    List<Mentorship> pairs = repository.findAllIn(order.mentorships());
                    List<OrderRows.Row> rows = OrderRows.of(order.kind(), pairs, parts.sortNames(pairs));
                    // the order names the pair (registeredNaming found it by the pair), so its row is there
                    int row = java.util.stream.IntStream.range(0, rows.size())
                            .filter(i -> rows.get(i).view().id().equals(pair))
                            .findFirst()
                            .orElseThrow();
                    return new ProgrammeApproval(order.view(), row + 1);
                });
    }

    public static String describe(List<PersonId> persons, Map<PersonId, StaffData> people) {
        return DocumentParts.describe(persons, people);
    }

    public static String initials(List<PersonId> persons, Map<PersonId, StaffData> people) {
        return DocumentParts.initials(persons, people);
    }

    public static String programmeFileName(List<StaffData> mentees, String extension, MessageSource messages) {
        return DocumentFileNames.programme(mentees, extension, messages);
    }
}
