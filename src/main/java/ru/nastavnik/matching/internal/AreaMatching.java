package ru.nastavnik.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.matching.MatchingWeights;
import ru.nastavnik.matching.MentorLoads;
import ru.nastavnik.matching.ProposalStatus;
import ru.nastavnik.matching.internal.engine.MatchingInputBuilder;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Selecting mentors across the schools of a municipality or region, when a school has nobody suitable: every
 * mentee without a pair in the area against every mentor of the area. A mentor serves another school only if she
 * is in the shared bank with its separate consent still valid (DESIGN §2); her own school's mentees she may serve
 * anyway. The methodologist runs it; each school's curator sees the proposals for her own mentees and approves them
 * as her school's pairs — the methodologist never sees mentees by name.
 */
@Service
@Transactional
public class AreaMatching {

    private final RunRepository runs;
    private final ProposalRepository proposals;
    private final DecisionRepository decisions;
    private final RunRecorder recorder;
    private final BankEntries banks;
    private final StaffProfiles profiles;
    private final Organisations organisations;
    private final ConsentCheck consents;
    private final List<MentorLoads> loads;
    private final ApplicationEventPublisher events;
    private final AreaScope scope;
    private final AreaRunViews runViews;
    private final SchoolDates dates;

    AreaMatching(
            RunRepository runs,
            ProposalRepository proposals,
            DecisionRepository decisions,
            RunRecorder recorder,
            BankEntries banks,
            StaffProfiles profiles,
            Organisations organisations,
            ConsentCheck consents,
            List<MentorLoads> loads,
            ApplicationEventPublisher events,
            AreaScope scope,
            AreaRunViews runViews,
            SchoolDates dates) {
        this.runs = runs;
        this.proposals = proposals;
        this.decisions = decisions;
        this.recorder = recorder;
        this.banks = banks;
        this.profiles = profiles;
        this.organisations = organisations;
        this.consents = consents;
        this.loads = loads;
        this.events = events;
        this.scope = scope;
        this.runViews = runViews;
        this.dates = dates;
    }

    /** The area's own date (its time zone's): the default start of the pairs it proposes. */
    public LocalDate today(OrganisationId area) {
        return dates.today(area);
    }

    public AreaRunView run(NastavnikPrincipal caller, OrganisationId area, MatchingWeights weights) {
        Map<OrganisationId, OrganisationSummary> schools = scope.schools(caller, area);
        MatchingWeights w = weights == null ? latestWeights(area) : weights;
        List<MenteeView> inBank = banks.mentees(schools.keySet());
        List<MentorView> mentorsInBank = banks.mentors(schools.keySet());
        Map<PersonId, StaffView> people = profiles.of(Stream.concat(
                        inBank.stream().map(MenteeView::personId),
                        mentorsInBank.stream().map(MentorView::personId))
                .distinct()
                .toList());
        Set<PersonId> paired =
                Loads.paired(loads, inBank.stream().map(MenteeView::personId).toList());
        List<MenteeView> mentees = inBank.stream()
                .filter(m -> people.containsKey(m.personId()) && !paired.contains(m.personId()))
                .toList();
        List<MentorView> mentors = mentorsInBank.stream()
                .filter(m -> people.containsKey(m.personId()))
                .filter(m -> !w.onlyTrained() || m.trainingStatus() == TrainingStatus.TRAINED)
                .toList();
        // one query for all: a query per mentor also made Hibernate check every entity the run holds for changes
        // before each (auto-flush), which cost minutes at a region's size (bench/region-matching)
        Set<PersonId> crossing = consents.withValid(
                mentors.stream()
                        .filter(MentorView::sharedBank)
                        .map(MentorView::personId)
                        .toList(),
                ConsentPurpose.SHARED_BANK);
        Map<OrganisationId, InputAssembler.Area> places = scope.places(area, schools.keySet());
        InputAssembler assembler = new InputAssembler(
                mentees,
                mentors,
                people.values().stream().collect(Collectors.toMap(StaffView::id, StaffView::data)),
                Loads.of(loads, mentors.stream().map(MentorView::personId).toList()),
                places::get,
                m -> crossing.contains(m.personId()));
        MatchingRun run = recorder.solveAndStore(
                area, w, assembler, excluding(assembler, schools.keySet()).build(), Set.of(), List.of());
        events.publishEvent(new AuditEvent(
                area,
                AuditAction.CREATE,
                "MatchingRun",
                run.id(),
                "подбор наставников по " + "территории: школ " + schools.size() + ", наставляемых " + mentees.size()
                        + ", наставников " + mentors.size()));
        // each school's log shows that its people's data went into the area's run
        String areaName = scope.name(area);
        schools.keySet()
                .forEach(s -> events.publishEvent(new AuditEvent(
                        s,
                        AuditAction.READ,
                        "MatchingRun",
                        run.id(),
                        "данные банков школы использованы в подборе по территории «" + areaName + "»")));
        return runViews.view(run, schools);
    }

    @Transactional(readOnly = true)
    public Optional<AreaRunView> latest(NastavnikPrincipal caller, OrganisationId area) {
        Map<OrganisationId, OrganisationSummary> schools = scope.schools(caller, area);
        return runs.latest(area.value()).map(run -> {
            events.publishEvent(
                    new AuditEvent(area, AuditAction.READ, "MatchingRun", run.id(), "просмотр подбора по территории"));
            return runViews.view(run, schools);
        });
    }

    @Transactional(readOnly = true)
    public MatchingWeights latestWeights(OrganisationId area) {
        return runs.latest(area.value()).map(MatchingRun::weights).orElse(MatchingWeights.DEFAULTS);
    }

    /**
     * The drafts of the latest municipal and regional runs for this school's mentees, for its curator to approve
     * or dismiss like the school's own proposals.
     */
    @Transactional(readOnly = true)
    public List<OfferView> offers(NastavnikPrincipal caller, OrganisationId school) {
        SchoolMatching.check(caller, school);
        List<OfferView> offers = new ArrayList<>();
        for (OrganisationSummary area : scope.above(school)) {
            runs.latest(area.id().value()).ifPresent(run -> {
                List<Proposal> candidates = proposals.ofRun(run.id()).stream()
                        .filter(p -> p.organisation().equals(school) && p.status() == ProposalStatus.DRAFT)
                        .toList();
                // an offer that can no longer be taken (the mentee has a pair, the mentor left the bank or withdrew
                // her consent to the shared bank) is not shown
                Set<PersonId> paired = Loads.paired(
                        loads, candidates.stream().map(Proposal::mentee).toList());
                List<Proposal> drafts = candidates.stream()
                        .filter(p -> !paired.contains(p.mentee()))
                        .filter(p -> banks.currentMentor(p.mentor())
                                .filter(m -> m.organisationId().equals(school)
                                        || m.sharedBank() && consents.hasValid(p.mentor(), ConsentPurpose.SHARED_BANK))
                                .isPresent())
                        .toList();
                if (drafts.isEmpty()) {
                    return;
                }
                Map<PersonId, StaffView> people = profiles.of(drafts.stream()
                        .flatMap(p -> Stream.of(p.mentee(), p.mentor()))
                        .distinct()
                        .toList());
                Function<PersonId, String> names =
                        p -> people.containsKey(p) ? people.get(p).data().fullName() : "—";
                for (Proposal p : drafts) {
                    String mentorSchool = banks.currentMentor(p.mentor())
                            .flatMap(m -> organisations.find(m.organisationId()))
                            .map(OrganisationSummary::name)
                            .orElse("");
                    offers.add(new OfferView(p.view(names), area.name(), mentorSchool));
                }
                events.publishEvent(new AuditEvent(
                        school,
                        AuditAction.READ,
                        "MatchingRun",
                        run.id(),
                        "просмотр предложений подбора по территории «" + area.name() + "»"));
            });
        }
        return offers;
    }

    /** Each school's exclusions hold in the area's run too (a conflict of interest does not end at the school gate). */
    private MatchingInputBuilder excluding(InputAssembler assembler, Set<OrganisationId> schools) {
        MatchingInputBuilder builder = assembler.builder();
        List<MenteeView> mentees = assembler.mentees();
        Map<PersonId, Integer> menteeIndex =
                SchoolInput.index(mentees.stream().map(MenteeView::personId).toList());
        Map<PersonId, Integer> mentorIndex = SchoolInput.index(
                assembler.mentors().stream().map(MentorView::personId).toList());
        for (Decision d : decisions.inOrganisations(
                schools.stream().map(OrganisationId::value).toList())) {
            if (d.kind() != Decision.Kind.EXCLUDE) {
                continue;
            }
            Integer i = menteeIndex.get(d.mentee());
            Integer j = mentorIndex.get(d.mentor());
            if (i != null && j != null && mentees.get(i).organisationId().equals(d.organisation())) {
                builder.exclude(i, j);
            }
        }
        return builder;
    }
}
