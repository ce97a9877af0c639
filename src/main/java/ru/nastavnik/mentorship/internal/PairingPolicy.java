package ru.nastavnik.mentorship.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/**
 * Who may be paired: people in the banks only (so with a valid personal-data consent), a mentee in one pair at a
 * time, each mentor within her capacity, a mentor from another school only through the shared bank; a pair starts
 * only with every mentor's consent to the duties (Labour Code art. 351.8) and every mentee's consent on file.
 * Each refusal names the field and the rule; nothing is changed by a check.
 */
@Component
class PairingPolicy {

    private final MentorshipRepository mentorships;
    private final BankEntries banks;
    private final ConsentCheck consents;
    private final CrossSchool crossSchool;

    PairingPolicy(MentorshipRepository mentorships, BankEntries banks, ConsentCheck consents, CrossSchool crossSchool) {
        this.mentorships = mentorships;
        this.banks = banks;
        this.consents = consents;
        this.crossSchool = crossSchool;
    }

    /** The organisations of the mentees of a new pair, or the refusal: one not in the school's bank, or paired. */
    List<OrganisationId> mentees(OrganisationId organisation, List<PersonId> mentees) {
        List<OrganisationId> menteeOrganisations = new ArrayList<>();
        for (PersonId mentee : mentees) {
            MenteeView entry = banks.currentMentee(mentee)
                    .filter(m -> m.organisationId().equals(organisation))
                    .orElseThrow(() -> InvalidInputException.of("mentees", "mentorship.mentee.notInBank"));
            if (!mentorships.runningWith(mentee.value()).stream()
                    .filter(m -> m.current(MemberRole.MENTEE).contains(mentee))
                    .toList()
                    .isEmpty()) {
                throw InvalidInputException.of("mentees", "mentorship.mentee.alreadyPaired");
            }
            menteeOrganisations.add(entry.organisationId());
        }
        return menteeOrganisations;
    }

    /** The organisations of the mentors of a new pair, or the refusal: one the school may not take, or one full. */
    List<OrganisationId> mentors(OrganisationId organisation, NewMentorship request) {
        List<OrganisationId> mentorOrganisations = new ArrayList<>();
        for (PersonId mentor : request.mentors()) {
            // one answer for any mentor this school may not take, so that nothing is learnt about other schools
            MentorView entry = banks.currentMentor(mentor)
                    .filter(m -> crossSchool.mayServe(m, organisation))
                    .orElseThrow(() -> InvalidInputException.of("mentors", "mentorship.mentor.notInBank"));
            int load = load(mentor);
            int adding = request.mentors().size() == 1 ? request.mentees().size() : 1;
            if (load + adding > entry.capacity()) {
                throw InvalidInputException.of("mentors", "mentorship.mentor.capacity", entry.capacity(), load);
            }
            mentorOrganisations.add(entry.organisationId());
        }
        return mentorOrganisations;
    }

    /** The mentor who comes in place of another, or the refusal: not in the bank, no duties consent, or full. */
    MentorView replacement(Mentorship mentorship, PersonId coming) {
        MentorView entry = banks.currentMentor(coming)
                .filter(m -> crossSchool.mayServe(m, mentorship.organisation()))
                .orElseThrow(() -> InvalidInputException.of("mentor", "mentorship.mentor.notInBank"));
        if (!consents.hasValid(coming, ConsentPurpose.MENTORING_DUTIES)) {
            throw InvalidInputException.of("mentor", "mentorship.mentor.noDutiesConsent");
        }
        int adding = mentorship.current(MemberRole.MENTEE).size();
        if (load(coming) + adding > entry.capacity()) {
            throw InvalidInputException.of("mentor", "mentorship.mentor.capacity", entry.capacity(), load(coming));
        }
        return entry;
    }

    /** How many mentees the mentor has now in pairs and groups that are not ended. */
    int load(PersonId mentor) {
        return mentorships.runningWith(mentor.value()).stream()
                .filter(m -> m.current(MemberRole.MENTOR).contains(mentor))
                .mapToInt(m -> m.current(MemberRole.MENTEE).size())
                .sum();
    }

    /** The consents the pair needs to start: every mentor's to the duties (and to the shared bank if from elsewhere), every mentee's. */
    boolean consentsOnFile(Mentorship mentorship) {
        return mentorship.current(MemberRole.MENTOR).stream()
                        .allMatch(p -> consents.hasValid(p, ConsentPurpose.MENTORING_DUTIES)
                                && (mentorship
                                                .employerOf(p)
                                                .map(mentorship.organisation()::equals)
                                                .orElse(true)
                                        || consents.hasValid(p, ConsentPurpose.SHARED_BANK)))
                && mentorship.current(MemberRole.MENTEE).stream()
                        .allMatch(p -> consents.hasValid(p, ConsentPurpose.PERSONAL_DATA));
    }
}
