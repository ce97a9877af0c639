package ru.nastavnik.roadmap;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.roadmap.StageProgress.Figure;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Where the school stands on stages 1–3 of its roadmap: the consents of stage 1 (local acts and the participants'
 * consents), the mentee bank of stage 2 and the mentor bank of stage 3. Later stages appear as they are built.
 */
@Service
@Transactional(readOnly = true)
public class Roadmap {

    private final StaffManagement staff;
    private final ConsentManagement consents;
    private final BankManagement banks;

    Roadmap(StaffManagement staff, ConsentManagement consents, BankManagement banks) {
        this.staff = staff;
        this.consents = consents;
        this.banks = banks;
    }

    public List<StageProgress> of(NastavnikPrincipal caller, OrganisationId organisation) {
        long people = staff.current(caller, organisation).size();
        long withConsent = people - consents.missing(caller, organisation, ConsentPurpose.PERSONAL_DATA).size();
        long mentees = banks.mentees(caller, organisation, BankFilter.all()).size();
        List<MentorView> mentors = banks.mentors(caller, organisation, BankFilter.all());
        long trained = mentors.stream().filter(m -> m.trainingStatus() == TrainingStatus.TRAINED).count();
        long dutiesConsent = mentors.size() - mentors.stream()
                .filter(m -> !consents.hasValid(m.personId(), ConsentPurpose.MENTORING_DUTIES)).count();
        return List.of(
                new StageProgress(1, "roadmap.stage1", List.of(
                        new Figure("roadmap.figure.pdConsents", withConsent, people),
                        new Figure("roadmap.figure.dutiesConsents", dutiesConsent, (long) mentors.size())), "/consent/consents"),
                new StageProgress(2, "roadmap.stage2", List.of(
                        new Figure("roadmap.figure.mentees", mentees, null)), "/bank/mentees"),
                new StageProgress(3, "roadmap.stage3", List.of(
                        new Figure("roadmap.figure.mentors", mentors.size(), null),
                        new Figure("roadmap.figure.trained", trained, (long) mentors.size())), "/bank/mentors"));
    }
}
