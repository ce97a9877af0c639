package ru.nastavnik.demo;

import org.springframework.stereotype.Component;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.survey.Distribution;
import ru.nastavnik.survey.Questionnaires;

/** The demo profile's world in the tests' database (loaded once, whichever test comes first). */
@Component
class DemoWorld {

    private final DemoData demo;

    DemoWorld(
            OrganisationManagement organisations,
            UserManagement users,
            StaffManagement staff,
            StaffAccounts accounts,
            ConsentManagement consents,
            BankManagement banks,
            BankEntries entries,
            Matching matching,
            ProposalApproval approval,
            OrderRegister orders,
            ru.nastavnik.mentorship.MentorshipDocuments documents,
            Programmes programmes,
            Questionnaires questionnaires,
            Distribution distribution,
            ru.nastavnik.organisation.SchoolCalendars calendars,
            ru.nastavnik.organisation.SchoolDates dates) {
        demo = new DemoData(
                organisations,
                users,
                staff,
                new DemoBanks(consents, banks),
                new DemoPairs(
                        consents,
                        entries,
                        matching,
                        approval,
                        orders,
                        documents,
                        programmes,
                        questionnaires,
                        distribution,
                        calendars),
                accounts,
                new DemoHolidays(calendars, dates));
    }

    void load() {
        demo.run(null);
    }
}
