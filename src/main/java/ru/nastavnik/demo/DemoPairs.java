package ru.nastavnik.demo;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.matching.ProposalView;
import ru.nastavnik.matching.RunView;
import ru.nastavnik.mentorship.MentorshipDocuments;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.organisation.SchoolCalendars;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.Distribution;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.Questionnaires;

/**
 * Takes the first demo school into stages 4 and 5: mentors' consents to the duties, a matching run, two approved
 * pairs with their order registered, a programme approved for the first pair, and the needs questionnaire open
 * for all staff — so that every page has something to show.
 */
@Component
@Profile("demo")
class DemoPairs {

    private final ConsentManagement consents;
    private final BankEntries banks;
    private final Matching matching;
    private final ProposalApproval approval;
    private final OrderRegister orders;
    private final MentorshipDocuments documents;
    private final Programmes programmes;
    private final Questionnaires questionnaires;
    private final SchoolCalendars calendars;
    private final Distribution distribution;

    DemoPairs(
            ConsentManagement consents,
            BankEntries banks,
            Matching matching,
            ProposalApproval approval,
            OrderRegister orders,
            MentorshipDocuments documents,
            Programmes programmes,
            Questionnaires questionnaires,
            Distribution distribution,
            SchoolCalendars calendars) {
        this.consents = consents;
        this.calendars = calendars;
        this.banks = banks;
        this.matching = matching;
        this.approval = approval;
        this.orders = orders;
        this.documents = documents;
        this.programmes = programmes;
        this.questionnaires = questionnaires;
        this.distribution = distribution;
    }

    /** Returns the first pair, the one with the approved programme, if matching formed any. */
    java.util.Optional<MentorshipView> fill(OrganisationId school) {
        NastavnikPrincipal curator = DemoData.curatorOf(school);
        LocalDate signed = LocalDate.now().minusDays(15);
        for (MentorView mentor : banks.mentors(school)) {
            consents.recordGiven(
                    curator,
                    school,
                    new GiveConsent(mentor.personId().toString(), ConsentPurpose.MENTORING_DUTIES, signed, null, null));
        }
        RunView run = matching.run(curator, school, null);
        List<UUID> chosen =
                run.proposals().stream().limit(2).map(ProposalView::id).toList();
        MentorshipView first = null;
        if (!chosen.isEmpty()) {
            LocalDate start = LocalDate.now().minusDays(7);
            List<MentorshipView> pairs = approval.approve(
                    curator,
                    school,
                    chosen,
                    "традиционная (один на один)",
                    start,
                    calendars.termOf(school).defaultEnd(start));
            OrderView order = orders.draftAssignment(
                    curator, school, pairs.stream().map(MentorshipView::id).toList());
            // the «scan» is the order as printed for signing: what the curator uploads opens as a real document
            byte[] scan = documents.orderPdf(curator, order.id()).content();
            orders.register(
                    curator,
                    order.id(),
                    "12-о",
                    // the pairs start on the day of the order that assigns them, not before it
                    start,
                    new ByteArrayInputStream(scan),
                    "приказ.pdf");
            var programme = programmes.create(curator, pairs.get(0).id());
            programmes.approve(curator, programme.id());
            first = pairs.get(0);
        }
        QuestionnaireView needs = questionnaires.openFromTemplate(curator, school, "needs");
        distribution.invite(curator, needs.id(), List.of(), List.of("all-staff"));
        return java.util.Optional.ofNullable(first);
    }
}
