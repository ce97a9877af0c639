package ru.nastavnik;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Grows a school by whole pairs: a mentor and a mentee («Новикова») with their consents, in the banks, paired by a run. */
@Component
public class PairedSchool {

    private final Staffroom staffroom;
    private final BankManagement banks;
    private final Matching matching;
    private final ProposalApproval approval;

    PairedSchool(Staffroom staffroom, BankManagement banks, Matching matching, ProposalApproval approval) {
        this.staffroom = staffroom;
        this.banks = banks;
        this.matching = matching;
        this.approval = approval;
    }

    /** One pair for each mentor's surname given. */
    public void grow(NastavnikPrincipal curator, OrganisationId school, List<String> mentors) {
        for (String mentorName : mentors) {
            String mentor = person(curator, school, mentorName, true);
            banks.saveMentor(
                    curator,
                    school,
                    new MentorRequest(mentor, List.of("parents"), null, 1, List.of(), null, null, false));
            String mentee = person(curator, school, "Новикова", false);
            banks.saveMentee(
                    curator,
                    school,
                    new MenteeRequest(mentee, MenteeCategory.YOUNG_SPECIALIST, null, List.of("parents"), null));
        }
        var run = matching.run(curator, school, null);
        approval.approve(
                curator,
                school,
                run.proposals().stream().map(p -> p.id()).toList(),
                "индивидуальная",
                SchoolToday.date().plusDays(1),
                SchoolToday.date().plusMonths(9));
    }

    private String person(NastavnikPrincipal curator, OrganisationId school, String lastName, boolean mentor) {
        return (mentor ? staffroom.mentor(curator, school, lastName) : staffroom.teacher(curator, school, lastName))
                .toString();
    }
}
