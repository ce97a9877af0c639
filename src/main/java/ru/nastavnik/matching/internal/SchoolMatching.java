package ru.nastavnik.matching.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.matching.Criteria;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.matching.MatchingWeights;
import ru.nastavnik.matching.ProposalView;
import ru.nastavnik.matching.RunView;
import ru.nastavnik.matching.internal.engine.Explanation;
import ru.nastavnik.matching.internal.engine.MatchingEngine;
import ru.nastavnik.matching.internal.engine.MatchingOptions;
import ru.nastavnik.matching.internal.engine.MatchingResult;
import ru.nastavnik.matching.internal.engine.Weights;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
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
public class SchoolMatching implements Matching {

    static final int ALTERNATIVES = 3;

    private final RunRepository runs;
    private final ProposalRepository proposals;
    private final UnmatchedRepository unmatched;
    private final RunRecorder recorder;
    private final SchoolInput inputs;
    private final StaffManagement staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SchoolMatching(
            RunRepository runs,
            ProposalRepository proposals,
            UnmatchedRepository unmatched,
            RunRecorder recorder,
            SchoolInput inputs,
            StaffManagement staff,
            ApplicationEventPublisher events,
            Clock clock) {
        this.runs = runs;
        this.proposals = proposals;
        this.unmatched = unmatched;
        this.recorder = recorder;
        this.inputs = inputs;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    static MatchingEngine engine(MatchingWeights w) {
        return new MatchingEngine(
                new Weights(
                        w.needs(),
                        w.subject(),
                        w.experience(),
                        w.locality(),
                        w.form(),
                        w.wishes(),
                        w.load(),
                        w.onlyTrained() ? 0 : w.trained()),
                MatchingOptions.defaults());
    }

    /**
     * A mentee's best candidates with their scores and why, so that the mentee can choose (as the regulations
     * allow); only mentors with a free place who may take her.
     */
    @Transactional(readOnly = true)
    public List<SuggestionView> suggest(
            NastavnikPrincipal caller, OrganisationId organisation, PersonId mentee, int limit) {
        check(caller, organisation);
        // audited only once the mentee is known to be this school's: a read of another school's id is no read
        List<SuggestionView> suggestions = suggestFor(organisation, mentee, limit);
        events.publishEvent(new AuditEvent(
                organisation, AuditAction.READ, "Person", mentee.value(), "подбор кандидатов в наставники"));
        return suggestions;
    }

    /** The same for a caller already allowed to see them (the mentee herself, in her cabinet). */
    List<SuggestionView> suggestFor(OrganisationId organisation, PersonId mentee, int limit) {
        return suggestFor(organisation, mentee, limit, "matching.suggest.notWaiting");
    }

    /** As {@link #suggestFor(OrganisationId, PersonId, int)}, saying in {@code notWaitingKey} why there are none. */
    List<SuggestionView> suggestFor(OrganisationId organisation, PersonId mentee, int limit, String notWaitingKey) {
        MatchingWeights weights = latestWeights(organisation);
        SchoolInput.Prepared prepared = inputs.prepare(organisation, weights.onlyTrained());
        if (!prepared.people().containsKey(mentee)) {
            throw new NotFoundException();
        }
        int index = prepared.assembler().mentees().stream()
                .map(MenteeView::personId)
                .toList()
                .indexOf(mentee);
        if (index < 0) {
            throw InvalidInputException.of("mentee", notWaitingKey);
        }
        List<MentorView> mentors = prepared.assembler().mentors();
        Function<PersonId, String> names = names(prepared.people());
        return engine(weights).suggest(prepared.input(), index, Math.max(1, Math.min(limit, 20))).stream()
                .map(s -> new SuggestionView(
                        mentors.get(s.mentor()).personId(),
                        names.apply(mentors.get(s.mentor()).personId()),
                        s.score(),
                        criteria(s.explanation())))
                .toList();
    }

    @Override
    public RunView run(NastavnikPrincipal caller, OrganisationId organisation, MatchingWeights weights) {
        check(caller, organisation);
        MatchingWeights w = weights == null ? latestWeights(organisation) : weights;
        SchoolInput.Prepared prepared = inputs.prepare(organisation, w.onlyTrained());
        List<MenteeView> mentees = prepared.assembler().mentees();
        List<MentorView> mentors = prepared.assembler().mentors();
        Map<PersonId, StaffData> people = prepared.people();
        MatchingRun run = recorder.solveAndStore(
                organisation, w, prepared.assembler(), prepared.input(), prepared.pinned(), prepared.skippedPins());
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.CREATE,
                "MatchingRun",
                run.id(),
                "подбор наставников: наставляемых " + mentees.size() + ", наставников " + mentors.size()));
        return view(run, names(people));
    }

    @Transactional(readOnly = true)
    @Override
    public java.util.Optional<RunView> latest(NastavnikPrincipal caller, OrganisationId organisation) {
        check(caller, organisation);
        return runs.latest(organisation.value()).map(run -> {
            RunView view = view(caller, organisation, run);
            // the run names its mentees and mentors: the record names them too (a subject access request lists it)
            events.publishEvent(new AuditEvent(
                    organisation,
                    AuditAction.READ,
                    "MatchingRun",
                    run.id(),
                    "просмотр подбора",
                    view.named().stream().map(PersonId::value).toList()));
            return view;
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
    @Override
    public List<ProposalView> approveAll(NastavnikPrincipal caller, OrganisationId organisation, List<UUID> ids) {
        check(caller, organisation);
        List<Proposal> approved = new ArrayList<>();
        for (UUID id : ids) {
            Proposal p = managed(caller, id);
            if (!p.organisation().equals(organisation)) {
                throw new NotFoundException();
            }
            p.approve(clock.instant());
            events.publishEvent(new AuditEvent(
                    organisation, AuditAction.UPDATE, "Person", p.mentee().value(), "предложение подбора утверждено"));
            approved.add(p);
        }
        return named(
                caller,
                organisation,
                names -> approved.stream().map(p -> p.view(names)).toList());
    }

    public void dismiss(NastavnikPrincipal caller, OrganisationId organisation, List<UUID> ids) {
        check(caller, organisation);
        for (UUID id : ids) {
            Proposal p = managed(caller, id);
            if (!p.organisation().equals(organisation)) {
                throw new NotFoundException();
            }
            p.dismiss(clock.instant());
            events.publishEvent(new AuditEvent(
                    organisation, AuditAction.UPDATE, "Person", p.mentee().value(), "предложение подбора отклонено"));
        }
    }

    private RunView view(MatchingRun run, Function<PersonId, String> names) {
        return view(run, proposals.ofRun(run.id()), unmatched.ofRun(run.id()), names);
    }

    private RunView view(NastavnikPrincipal caller, OrganisationId organisation, MatchingRun run) {
        List<Proposal> proposed = proposals.ofRun(run.id());
        List<UnmatchedEntry> left = unmatched.ofRun(run.id());
        return named(caller, organisation, names -> view(run, proposed, left, names));
    }

    private static RunView view(
            MatchingRun run, List<Proposal> proposed, List<UnmatchedEntry> left, Function<PersonId, String> names) {
        return run.view(
                proposed.stream().map(p -> p.view(names)).toList(),
                left.stream().map(u -> u.view(names)).toList(),
                names);
    }

    private Proposal managed(NastavnikPrincipal caller, UUID id) {
        Proposal p = proposals.findById(id).orElseThrow(NotFoundException::new);
        check(caller, p.organisation());
        return p;
    }

    /**
     * What {@code build} makes with the names of the people it shows, read for those alone: a school may have a
     * thousand staff, and reading them all to name a run's few dozen was most of the matching page's time. The view
     * is built once to learn whom it names (views are plain records), then again with their names.
     */
    private <V> V named(
            NastavnikPrincipal caller, OrganisationId organisation, Function<Function<PersonId, String>, V> build) {
        Set<PersonId> shown = new HashSet<>();
        build.apply(p -> {
            shown.add(p);
            return "";
        });
        Map<PersonId, StaffView> found = staff.currentAmong(caller, organisation, shown);
        return build.apply(p -> found.containsKey(p) ? found.get(p).data().fullName() : "—");
    }

    private static Function<PersonId, String> names(Map<PersonId, StaffData> people) {
        return p -> people.containsKey(p) ? people.get(p).fullName() : "—";
    }

    static Criteria criteria(Explanation e) {
        return new Criteria(
                e.needs(),
                e.subject(),
                e.experience(),
                e.locality(),
                e.form(),
                e.wishes(),
                e.load(),
                e.coveredNeeds(),
                e.needCount(),
                e.trained());
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
