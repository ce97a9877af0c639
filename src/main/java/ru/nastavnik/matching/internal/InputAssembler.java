package ru.nastavnik.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.MentoringForms;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.matching.internal.engine.MatchingInput;
import ru.nastavnik.matching.internal.engine.MatchingInputBuilder;
import ru.nastavnik.matching.internal.engine.Mentee;
import ru.nastavnik.matching.internal.engine.Mentor;
import ru.nastavnik.matching.internal.engine.Place;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.OrganisationId;

/**
 * Turns bank entries and staff records into the engine's primitive input: topics, subjects and organisations as
 * dense ids, forms of mentoring as a bit mask, qualification as 0 (none) to 3 (highest or above).
 */
public final class InputAssembler {

    private final Map<String, Integer> topics = new HashMap<>();
    private final Map<String, Integer> subjects = new HashMap<>();
    private final Map<OrganisationId, Integer> organisations = new HashMap<>();
    private final Map<PersonId, Long> people = new HashMap<>();
    private final List<MenteeView> mentees;
    private final List<MentorView> mentors;
    private final Map<PersonId, StaffData> staff;
    private final Map<PersonId, Integer> loads;
    private final Function<OrganisationId, Area> areas;
    private final Predicate<MentorView> crossesSchools;

    /**
     * Where a school lies: its municipality (null when it sits in the region directly) and its region. Pairs in
     * the same municipality score above pairs that share only the region.
     */
    public record Area(OrganisationId municipality, OrganisationId region) {}

    /** One school's run: everybody shares the school, so crossing schools never arises. */
    public InputAssembler(
            List<MenteeView> mentees,
            List<MentorView> mentors,
            Map<PersonId, StaffData> staff,
            Map<PersonId, Integer> loads) {
        this(mentees, mentors, staff, loads, o -> new Area(null, null), m -> false);
    }

    /**
     * An area's run: {@code crossesSchools} says which mentors may serve other schools — those in the shared bank
     * whose separate consent to it is valid (the bank's flag alone is not enough).
     */
    public InputAssembler(
            List<MenteeView> mentees,
            List<MentorView> mentors,
            Map<PersonId, StaffData> staff,
            Map<PersonId, Integer> loads,
            Function<OrganisationId, Area> areas,
            Predicate<MentorView> crossesSchools) {
        this.mentees = List.copyOf(mentees);
        this.mentors = List.copyOf(mentors);
        this.staff = staff;
        this.loads = loads;
        this.areas = areas;
        this.crossesSchools = crossesSchools;
        mentees.forEach(m -> m.needs().forEach(this::topic));
        mentors.forEach(m -> m.competences().forEach(this::topic));
    }

    public List<MenteeView> mentees() {
        return mentees;
    }

    public List<MentorView> mentors() {
        return mentors;
    }

    /** The builder with every mentee and mentor added, in the order of the lists (index = position). */
    public MatchingInputBuilder builder() {
        List<Mentee> engineMentees = new ArrayList<>();
        for (MenteeView m : mentees) {
            StaffData data = staff.get(m.personId());
            int subject = data == null || data.subjects().isEmpty()
                    ? -1
                    : subject(data.subjects().get(0));
            engineMentees.add(new Mentee(
                    person(m.personId()),
                    place(m.organisationId()),
                    subject,
                    m.needs().stream().mapToInt(this::topic).toArray(),
                    0,
                    true));
        }
        List<Mentor> engineMentors = new ArrayList<>();
        for (MentorView m : mentors) {
            StaffData data = staff.get(m.personId());
            int[] mentorSubjects = data == null
                    ? new int[0]
                    : data.subjects().stream().mapToInt(this::subject).toArray();
            int experience =
                    data == null || data.teachingExperienceYears() == null ? 0 : data.teachingExperienceYears();
            engineMentors.add(new Mentor(
                    person(m.personId()),
                    place(m.organisationId()),
                    mentorSubjects,
                    m.competences().stream().mapToInt(this::topic).toArray(),
                    experience,
                    category(data == null ? null : data.qualificationCategory()),
                    forms(m.preferredForms()),
                    loads.getOrDefault(m.personId(), 0),
                    m.capacity(),
                    crossesSchools.test(m),
                    true,
                    m.trainingStatus() == TrainingStatus.TRAINED));
        }
        MatchingInputBuilder builder = MatchingInput.builder(topics.size(), subjects.size());
        engineMentees.forEach(builder::mentee);
        engineMentors.forEach(builder::mentor);
        return builder;
    }

    private int topic(String code) {
        return topics.computeIfAbsent(code, c -> topics.size());
    }

    private int subject(String name) {
        return subjects.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), s -> subjects.size());
    }

    private long person(PersonId id) {
        return people.computeIfAbsent(id, p -> (long) people.size());
    }

    /** Dense ids of the school, its municipality and region; a school straight in a region is its own municipality. */
    private Place place(OrganisationId organisation) {
        Area area = areas.apply(organisation);
        OrganisationId municipality = area.municipality() == null ? organisation : area.municipality();
        return new Place(
                dense(organisation),
                area.region() == null ? 0 : dense(municipality),
                area.region() == null ? 0 : dense(area.region()));
    }

    private int dense(OrganisationId id) {
        return organisations.computeIfAbsent(id, o -> organisations.size());
    }

    private static int forms(List<String> preferred) {
        int mask = 0;
        for (String form : preferred) {
            int index = MentoringForms.DEFAULTS.indexOf(form);
            if (index >= 0 && index < 30) {
                mask |= 1 << index;
            }
        }
        return mask;
    }

    /** The engine ranks 0 (none) to 3: first category 1, highest 2, and the «методист»/«наставник» titles 3. */
    private static int category(QualificationCategory category) {
        if (category == null) {
            return 0;
        }
        return switch (category) {
            case NONE, CONFORMITY -> 0;
            case FIRST -> 1;
            case HIGHEST -> 2;
            case METHODIST, MENTOR -> 3;
        };
    }
}
