package ru.nastavnik.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.matching.MatchingWeights;
import ru.nastavnik.matching.MentorLoads;
import ru.nastavnik.matching.internal.engine.MatchingInput;
import ru.nastavnik.matching.internal.engine.MatchingInputBuilder;
import ru.nastavnik.matching.internal.engine.Scorer;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.shared.OrganisationId;

/**
 * A school's banks as the engine's input: mentees without a pair, mentors with their current load, and the
 * curator's decisions and both sides' wishes on top.
 */
@Component
class SchoolInput {

    private final BankEntries banks;
    private final StaffProfiles profiles;
    private final List<MentorLoads> loads;
    private final DecisionRepository decisions;
    private final WishRepository wishes;

    SchoolInput(
            BankEntries banks,
            StaffProfiles profiles,
            List<MentorLoads> loads,
            DecisionRepository decisions,
            WishRepository wishes) {
        this.banks = banks;
        this.profiles = profiles;
        this.loads = loads;
        this.decisions = decisions;
        this.wishes = wishes;
    }

    /**
     * {@code pinned}: "mentee:mentor" of the curator's pins, so that their proposals say so; {@code skippedPins}: those
     * of them that could not be kept this time.
     */
    record Prepared(
            InputAssembler assembler,
            MatchingInput input,
            Map<PersonId, StaffData> people,
            Set<String> pinned,
            List<String> skippedPins) {}

    /**
     * Callers have checked the caller's right to the organisation; staff records whose processing stopped stay out,
     * and, when the school asks for it, mentors not yet trained.
     */
    Prepared prepare(OrganisationId organisation, boolean onlyTrained) {
        List<MenteeView> menteesInBank = banks.mentees(List.of(organisation));
        List<MentorView> mentorsInBank = banks.mentors(organisation).stream()
                .filter(m -> !onlyTrained || m.trainingStatus() == TrainingStatus.TRAINED)
                .toList();
        Map<PersonId, StaffData> people = new HashMap<>();
        profiles.of(Stream.concat(
                                menteesInBank.stream().map(MenteeView::personId),
                                mentorsInBank.stream().map(MentorView::personId))
                        .distinct()
                        .toList())
                .forEach((id, view) -> people.put(id, view.data()));
        List<MenteeView> inBank = menteesInBank.stream()
                .filter(m -> people.containsKey(m.personId()))
                .toList();
        Set<PersonId> paired =
                Loads.paired(loads, inBank.stream().map(MenteeView::personId).toList());
        List<MenteeView> mentees =
                inBank.stream().filter(m -> !paired.contains(m.personId())).toList();
        List<MentorView> mentors = mentorsInBank.stream()
                .filter(m -> people.containsKey(m.personId()))
                .toList();
        Map<PersonId, Integer> load =
                Loads.of(loads, mentors.stream().map(MentorView::personId).toList());
        InputAssembler assembler = new InputAssembler(mentees, mentors, people, load);
        // a probe without the pins tells which pins can still be kept: a pin whose mentor has filled up since,
        // or whose pair is no longer admissible, is left out instead of failing the whole run
        List<Wish> wishes = this.wishes.inOrganisation(organisation.value());
        List<Decision> decisions = this.decisions.inOrganisation(organisation.value());
        MatchingInputBuilder probe = assembler.builder();
        applyDecisions(decisions, assembler, probe, null);
        applyWishes(wishes, assembler, probe);
        Scorer scorer = SchoolMatching.engine(MatchingWeights.DEFAULTS).scorer(probe.build());
        int[] free = mentors.stream()
                .mapToInt(m -> Math.max(0, m.capacity() - load.getOrDefault(m.personId(), 0)))
                .toArray();
        MatchingInputBuilder builder = assembler.builder();
        List<String> skipped = new ArrayList<>();
        applyWishes(wishes, assembler, builder);
        applyDecisions(decisions, assembler, builder, (i, j) -> {
            if (!scorer.admissible(i, j) || free[j] == 0) {
                skipped.add(mentees.get(i).personId() + ":" + mentors.get(j).personId());
                return false;
            }
            free[j]--;
            return true;
        });
        Set<String> pinned = decisions.stream()
                .filter(d -> d.kind() == Decision.Kind.PIN)
                .map(d -> d.mentee() + ":" + d.mentor())
                .collect(Collectors.toSet());
        return new Prepared(assembler, builder.build(), people, pinned, skipped);
    }

    /** A wish of either side scores its pair higher (the «wishes» criterion); it never forces it. */
    private static void applyWishes(List<Wish> wishes, InputAssembler assembler, MatchingInputBuilder builder) {
        Map<PersonId, Integer> menteeIndex =
                index(assembler.mentees().stream().map(MenteeView::personId).toList());
        Map<PersonId, Integer> mentorIndex =
                index(assembler.mentors().stream().map(MentorView::personId).toList());
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
    private static void applyDecisions(
            List<Decision> decisions,
            InputAssembler assembler,
            MatchingInputBuilder builder,
            BiPredicate<Integer, Integer> keepPin) {
        Map<PersonId, Integer> menteeIndex =
                index(assembler.mentees().stream().map(MenteeView::personId).toList());
        Map<PersonId, Integer> mentorIndex =
                index(assembler.mentors().stream().map(MentorView::personId).toList());
        for (Decision d : decisions) {
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

    /** Each person's position in the list: the engine's index of a mentee or a mentor. */
    static Map<PersonId, Integer> index(List<PersonId> ids) {
        Map<PersonId, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }
}
