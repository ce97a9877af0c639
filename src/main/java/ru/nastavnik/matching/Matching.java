package ru.nastavnik.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.matching.internal.InputAssembler;
import ru.nastavnik.matching.internal.engine.CertificateCheck;
import ru.nastavnik.matching.internal.engine.Explanation;
import ru.nastavnik.matching.internal.engine.MatchingEngine;
import ru.nastavnik.matching.internal.engine.MatchingInput;
import ru.nastavnik.matching.internal.engine.MatchingInputBuilder;
import ru.nastavnik.matching.internal.engine.MatchingOptions;
import ru.nastavnik.matching.internal.engine.MatchingResult;
import ru.nastavnik.matching.internal.engine.Scorer;
import ru.nastavnik.matching.internal.engine.Suggestion;
import ru.nastavnik.matching.internal.engine.Weights;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Selecting mentors for a school (stage 4): every mentee of the bank without a pair against every mentor of the
 * bank, the assignment with the greatest total score within capacities, proved optimal by the dual certificate
 * (checked over all admissible pairs and stored with the run). The curator's pins and exclusions hold.
 */
@Service
@Transactional
public class Matching {

    static final int ALTERNATIVES = 3;

    private final RunRepository runs;
    private final ProposalRepository proposals;
    private final UnmatchedRepository unmatched;
    private final DecisionRepository decisions;
    private final RunRecorder recorder;
    private final WishRepository wishes;
    private final StaffProfiles profiles;
    private final BankEntries banks;
    private final StaffManagement staff;
    private final List<MentorLoads> loads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Matching(RunRepository runs, ProposalRepository proposals, UnmatchedRepository unmatched, DecisionRepository decisions,
            RunRecorder recorder, WishRepository wishes, StaffProfiles profiles, BankEntries banks, StaffManagement staff,
            List<MentorLoads> loads, ApplicationEventPublisher events, Clock clock) {
        this.wishes = wishes;
        this.profiles = profiles;
        this.recorder = recorder;
        this.runs = runs;
        this.proposals = proposals;
        this.unmatched = unmatched;
        this.decisions = decisions;
        this.banks = banks;
        this.staff = staff;
        this.loads = loads;
        this.events = events;
        this.clock = clock;
    }

    /** The school's banks as the engine's input: mentees without a pair, mentors with their current load. */
    /** {@code skippedPins}: "mentee:mentor" of the pins that could not be kept this time. */
    private record Prepared(InputAssembler assembler, MatchingInput input, Map<PersonId, StaffData> people,
            List<String> skippedPins) {
    }

    /** Callers have checked the caller's right to the organisation; staff records whose processing stopped stay out. */
    private Prepared prepare(OrganisationId organisation) {
        List<MenteeView> menteesInBank = banks.mentees(List.of(organisation));
        List<MentorView> mentorsInBank = banks.mentors(organisation);
        Map<PersonId, StaffData> people = new HashMap<>();
        profiles.of(java.util.stream.Stream.concat(menteesInBank.stream().map(MenteeView::personId),
                mentorsInBank.stream().map(MentorView::personId)).distinct().toList())
                .forEach((id, view) -> people.put(id, view.data()));
        List<MenteeView> inBank = menteesInBank.stream().filter(m -> people.containsKey(m.personId())).toList();
        java.util.Set<PersonId> paired = Loads.paired(loads, inBank.stream().map(MenteeView::personId).toList());
        List<MenteeView> mentees = inBank.stream().filter(m -> !paired.contains(m.personId())).toList();
        List<MentorView> mentors = mentorsInBank.stream().filter(m -> people.containsKey(m.personId())).toList();
        Map<PersonId, Integer> load = Loads.of(loads, mentors.stream().map(MentorView::personId).toList());
        InputAssembler assembler = new InputAssembler(mentees, mentors, people, load);
        // a probe without the pins tells which pins can still be kept: a pin whose mentor has filled up since,
        // or whose pair is no longer admissible, is left out instead of failing the whole run
        List<Wish> wishes = this.wishes.inOrganisation(organisation.value());
        MatchingInputBuilder probe = assembler.builder();
        applyDecisions(organisation, assembler, probe, null);
        applyWishes(wishes, assembler, probe);
        Scorer scorer = engine(MatchingWeights.DEFAULTS).scorer(probe.build());
        int[] free = mentors.stream().mapToInt(m -> Math.max(0, m.capacity() - load.getOrDefault(m.personId(), 0))).toArray();
        MatchingInputBuilder builder = assembler.builder();
        List<String> skipped = new ArrayList<>();
        applyWishes(wishes, assembler, builder);
        applyDecisions(organisation, assembler, builder, (i, j) -> {
            if (!scorer.admissible(i, j) || free[j] == 0) {
                skipped.add(mentees.get(i).personId() + ":" + mentors.get(j).personId());
                return false;
            }
            free[j]--;
            return true;
        });
        return new Prepared(assembler, builder.build(), people, skipped);
    }

    static MatchingEngine engine(MatchingWeights w) {
        return new MatchingEngine(new Weights(w.needs(), w.subject(), w.experience(), w.locality(), w.form(), w.wishes(),
                w.load()), MatchingOptions.defaults());
    }

    /**
     * A mentee's best candidates with their scores and why, so that the mentee can choose (as the regulations
     * allow); only mentors with a free place who may take her.
     */
    @Transactional(readOnly = true)
    public List<SuggestionView> suggest(NastavnikPrincipal caller, OrganisationId organisation, PersonId mentee, int limit) {
        check(caller, organisation);
        events.publishEvent(new AuditEvent(organisation, AuditAction.READ, "Person", mentee.value(), "подбор кандидатов в наставники"));
        return suggestFor(organisation, mentee, limit);
    }

    /** The same for a caller already allowed to see them (the mentee herself, in her cabinet). */
    List<SuggestionView> suggestFor(OrganisationId organisation, PersonId mentee, int limit) {
        Prepared prepared = prepare(organisation);
        if (!prepared.people().containsKey(mentee)) {
            throw new NotFoundException();
        }
        int index = prepared.assembler().mentees().stream().map(MenteeView::personId).toList().indexOf(mentee);
        if (index < 0) {
            throw InvalidInputException.of("mentee", "matching.suggest.notWaiting");
        }
        List<MentorView> mentors = prepared.assembler().mentors();
        Function<PersonId, String> names = names(prepared.people());
        return engine(latestWeights(organisation)).suggest(prepared.input(), index, Math.max(1, Math.min(limit, 20))).stream()
                .map(s -> new SuggestionView(mentors.get(s.mentor()).personId(), names.apply(mentors.get(s.mentor()).personId()),
                        s.score(), criteria(s.explanation())))
                .toList();
    }

    public RunView run(NastavnikPrincipal caller, OrganisationId organisation, MatchingWeights weights) {
        check(caller, organisation);
        MatchingWeights w = weights == null ? latestWeights(organisation) : weights;
        Prepared prepared = prepare(organisation);
        List<MenteeView> mentees = prepared.assembler().mentees();
        List<MentorView> mentors = prepared.assembler().mentors();
        Map<PersonId, StaffData> people = prepared.people();
        java.util.Set<String> pinned = decisions.inOrganisation(organisation.value()).stream()
                .filter(d -> d.kind() == Decision.Kind.PIN).map(d -> d.mentee() + ":" + d.mentor())
                .collect(Collectors.toSet());
        MatchingRun run = recorder.solveAndStore(organisation, w, prepared.assembler(), prepared.input(), pinned,
                prepared.skippedPins());
        events.publishEvent(new AuditEvent(organisation, AuditAction.CREATE, "MatchingRun", run.id(),
                "подбор наставников: наставляемых " + mentees.size() + ", наставников " + mentors.size()));
        return view(run, names(people));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<RunView> latest(NastavnikPrincipal caller, OrganisationId organisation) {
        check(caller, organisation);
        return runs.latest(organisation.value()).map(run -> {
            events.publishEvent(new AuditEvent(organisation, AuditAction.READ, "MatchingRun", run.id(), "просмотр подбора"));
            return view(run, names(caller, organisation));
        });
    }

    @Transactional(readOnly = true)
    public MatchingWeights latestWeights(OrganisationId organisation) {
        return runs.latest(organisation.value()).map(MatchingRun::weights).orElse(MatchingWeights.DEFAULTS);
    }

    /**
     * Marks these draft proposals of the organisation approved, for the pairs module that forms their pairs in the
     * same transaction; names are read once for all of them.
     */
    public List<ProposalView> approveAll(NastavnikPrincipal caller, OrganisationId organisation, List<UUID> ids) {
        check(caller, organisation);
        List<Proposal> approved = new ArrayList<>();
        for (UUID id : ids) {
            Proposal p = managed(caller, id);
            if (!p.organisation().equals(organisation)) {
                throw new NotFoundException();
            }
            p.approve(clock.instant());
            events.publishEvent(new AuditEvent(organisation, AuditAction.UPDATE, "Person", p.mentee().value(),
                    "предложение подбора утверждено"));
            approved.add(p);
        }
        Function<PersonId, String> names = names(caller, organisation);
        return approved.stream().map(p -> p.view(names)).toList();
    }

    public void dismiss(NastavnikPrincipal caller, OrganisationId organisation, List<UUID> ids) {
        check(caller, organisation);
        for (UUID id : ids) {
            Proposal p = managed(caller, id);
            if (!p.organisation().equals(organisation)) {
                throw new NotFoundException();
            }
            p.dismiss(clock.instant());
            events.publishEvent(new AuditEvent(organisation, AuditAction.UPDATE, "Person", p.mentee().value(),
                    "предложение подбора отклонено"));
        }
    }

    /** A wish of either side scores its pair higher (the «wishes» criterion); it never forces it. */
    private static void applyWishes(List<Wish> wishes, InputAssembler assembler, MatchingInputBuilder builder) {
        Map<PersonId, Integer> menteeIndex = index(assembler.mentees().stream().map(MenteeView::personId).toList());
        Map<PersonId, Integer> mentorIndex = index(assembler.mentors().stream().map(MentorView::personId).toList());
        for (Wish w : wishes) {
            Integer i = menteeIndex.get(w.mentee());
            Integer j = mentorIndex.get(w.mentor());
            if (i != null && j != null) {
                if (w.side() == Wish.Side.MENTEE) {
                    builder.menteeWishes(i, j);
                } else {
                    builder.mentorWishes(j, i);
                }
            }
        }
    }

    /** Exclusions always; pins only when {@code keepPin} allows them (none when it is null). */
    private void applyDecisions(OrganisationId organisation, InputAssembler assembler, MatchingInputBuilder builder,
            java.util.function.BiPredicate<Integer, Integer> keepPin) {
        Map<PersonId, Integer> menteeIndex = index(assembler.mentees().stream().map(MenteeView::personId).toList());
        Map<PersonId, Integer> mentorIndex = index(assembler.mentors().stream().map(MentorView::personId).toList());
        for (Decision d : decisions.inOrganisation(organisation.value())) {
            Integer i = menteeIndex.get(d.mentee());
            Integer j = mentorIndex.get(d.mentor());
            if (i != null && j != null) {
                if (d.kind() == Decision.Kind.PIN) {
                    if (keepPin != null && keepPin.test(i, j)) {
                        builder.pin(i, j);
                    }
                } else {
                    builder.exclude(i, j);
                }
            }
        }
    }


    private RunView view(MatchingRun run, Function<PersonId, String> names) {
        return run.view(proposals.ofRun(run.id()).stream().map(p -> p.view(names)).toList(),
                unmatched.ofRun(run.id()).stream().map(u -> u.view(names)).toList(), names);
    }

    private Proposal managed(NastavnikPrincipal caller, UUID id) {
        Proposal p = proposals.findById(id).orElseThrow(NotFoundException::new);
        check(caller, p.organisation());
        return p;
    }

    private Function<PersonId, String> names(NastavnikPrincipal caller, OrganisationId organisation) {
        return names(staff.current(caller, organisation).stream().collect(Collectors.toMap(StaffView::id, StaffView::data)));
    }

    private static Function<PersonId, String> names(Map<PersonId, StaffData> people) {
        return p -> people.containsKey(p) ? people.get(p).fullName() : "—";
    }

    private static Map<PersonId, Integer> index(List<PersonId> ids) {
        Map<PersonId, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    static Criteria criteria(Explanation e) {
        return new Criteria(e.needs(), e.subject(), e.experience(), e.locality(), e.form(), e.wishes(), e.load(),
                e.coveredNeeds(), e.needCount());
    }

    /** The duals as text: anyone can re-check u_i + v_j >= score for every pair and that the bound equals the total. */
    static String certificate(MatchingResult result) {
        var c = result.certificate();
        return "menteeDual=" + Arrays.toString(c.menteeDual()) + ";mentorDual=" + Arrays.toString(c.mentorDual())
                + ";pinnedScore=" + c.pinnedScore() + ";dualBound=" + c.dualBound();
    }

    static void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
    }
}
