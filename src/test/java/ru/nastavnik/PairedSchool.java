package ru.nastavnik;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Grows a school by whole pairs: a mentor and a mentee («Новикова») with their consents, in the banks, paired by a run;
 * and starts pairs by the order that assigns them (Labour Code art. 351.8: a pair works only once it is registered).
 */
@Component
public class PairedSchool {

    private final Staffroom staffroom;
    private final BankManagement banks;
    private final Matching matching;
    private final ProposalApproval approval;
    private final OrderRegister orders;

    PairedSchool(
            Staffroom staffroom,
            BankManagement banks,
            Matching matching,
            ProposalApproval approval,
            OrderRegister orders) {
        this.staffroom = staffroom;
        this.banks = banks;
        this.matching = matching;
        this.approval = approval;
        this.orders = orders;
    }

    /**
     * The pairs start: the order assigning them is drafted and registered under {@code number} on {@code day}, with a
     * one-page PDF as its scan; the registered order. Pairs whose mentors' consents are on file are active after it.
     */
    public OrderView startByOrder(
            NastavnikPrincipal curator, OrganisationId school, List<MentorshipId> pairs, String number, LocalDate day) {
        OrderView order = orders.draftAssignment(curator, school, pairs);
        return orders.register(
                curator,
                order.id(),
                number,
                day,
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
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
