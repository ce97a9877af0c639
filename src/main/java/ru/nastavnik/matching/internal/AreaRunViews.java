package ru.nastavnik.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.matching.ProposalView;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditBatch;

/**
 * What the methodologist sees of an area's run: the proposals school by school, each mentor named only with her
 * consent to the shared bank (a mentee never), and each school's figures. The mentors shown are recorded as read by
 * their schools.
 */
@Component
class AreaRunViews {

    private final ProposalRepository proposals;
    private final UnmatchedRepository unmatched;
    private final BankEntries banks;
    private final StaffProfiles profiles;
    private final ConsentCheck consents;
    private final ApplicationEventPublisher events;

    AreaRunViews(
            ProposalRepository proposals,
            UnmatchedRepository unmatched,
            BankEntries banks,
            StaffProfiles profiles,
            ConsentCheck consents,
            ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.unmatched = unmatched;
        this.banks = banks;
        this.profiles = profiles;
        this.consents = consents;
        this.events = events;
    }

    AreaRunView view(MatchingRun run, Map<OrganisationId, OrganisationSummary> schools) {
        List<Proposal> made = proposals.ofRun(run.id());
        Map<PersonId, OrganisationId> mentorSchools = new HashMap<>();
        Set<PersonId> trained = new java.util.HashSet<>();
        banks.mentors(schools.keySet()).forEach(m -> {
            mentorSchools.put(m.personId(), m.organisationId());
            if (m.trainingStatus() == TrainingStatus.TRAINED) {
                trained.add(m.personId());
            }
        });
        // a mentor's name only with her consent to the shared bank; a mentee's never
        Set<PersonId> named = consents.withValid(
                made.stream().map(Proposal::mentor).distinct().toList(), ConsentPurpose.SHARED_BANK);
        Map<PersonId, StaffView> people = profiles.of(named);
        // one batch per school whose mentors are shown (a region's run shows thousands)
        people.keySet().stream()
                .collect(Collectors.groupingBy(
                        p -> mentorSchools.getOrDefault(p, run.organisation()),
                        LinkedHashMap::new,
                        Collectors.mapping(PersonId::value, Collectors.toList())))
                .forEach((school, shown) -> events.publishEvent(AuditBatch.reads(
                        school, "Person", shown, "подбор по территории: наставник из общего банка показан методисту")));
        Function<OrganisationId, String> schoolName =
                o -> o == null || !schools.containsKey(o) ? "" : schools.get(o).name();
        List<AreaRunView.AreaProposal> rows = made.stream()
                .map(p -> {
                    OrganisationId mentorSchool = mentorSchools.get(p.mentor());
                    ProposalView v = p.view(x -> null);
                    return new AreaRunView.AreaProposal(
                            schoolName.apply(p.organisation()),
                            people.containsKey(p.mentor())
                                    ? people.get(p.mentor()).data().fullName()
                                    : null,
                            schoolName.apply(mentorSchool),
                            !p.organisation().equals(mentorSchool),
                            v.score(),
                            v.criteria(),
                            v.status(),
                            trained.contains(p.mentor()));
                })
                .toList();
        List<UnmatchedEntry> left = unmatched.ofRun(run.id());
        List<AreaRunView.SchoolFigures> figures = new ArrayList<>();
        for (OrganisationSummary school : schools.values()) {
            List<Proposal> ofSchool = made.stream()
                    .filter(p -> p.organisation().equals(school.id()))
                    .toList();
            int across = (int) ofSchool.stream()
                    .filter(p -> !school.id().equals(mentorSchools.get(p.mentor())))
                    .count();
            int without = (int) left.stream()
                    .filter(u -> u.organisation().equals(school.id()))
                    .count();
            if (!ofSchool.isEmpty() || without > 0) {
                figures.add(new AreaRunView.SchoolFigures(school.name(), ofSchool.size(), across, without));
            }
        }
        return new AreaRunView(run.view(List.of(), List.of(), x -> null), figures, rows);
    }
}
