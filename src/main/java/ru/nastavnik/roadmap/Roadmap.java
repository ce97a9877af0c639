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
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.mentorship.ProgrammeStatus;
import ru.nastavnik.mentorship.Programmes;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.roadmap.StageProgress.Figure;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Where the school stands on stages 1–5 of its roadmap: the consents of stage 1, the mentee bank of stage 2, the
 * mentor bank of stage 3, mentees given a mentor (stage 4), and pairs at work with approved programmes (stage 5).
 */
@Service
@Transactional(readOnly = true)
public class Roadmap {

    private final StaffManagement staff;
    private final ConsentManagement consents;
    private final BankManagement banks;
    private final Mentorships mentorships;
    private final Programmes programmes;

    Roadmap(StaffManagement staff, ConsentManagement consents, BankManagement banks, Mentorships mentorships,
            Programmes programmes) {
        this.staff = staff;
        this.consents = consents;
        this.banks = banks;
        this.mentorships = mentorships;
        this.programmes = programmes;
    }

    public List<StageProgress> of(NastavnikPrincipal caller, OrganisationId organisation) {
        long people = staff.current(caller, organisation).size();
        long withConsent = people - consents.missing(caller, organisation, ConsentPurpose.PERSONAL_DATA).size();
        long mentees = banks.mentees(caller, organisation, BankFilter.all()).size();
        List<MentorView> mentors = banks.mentors(caller, organisation, BankFilter.all());
        long trained = mentors.stream().filter(m -> m.trainingStatus() == TrainingStatus.TRAINED).count();
        List<MentorshipView> pairs = mentorships.list(caller, organisation);
        long active = pairs.stream().filter(p -> p.status() == MentorshipStatus.ACTIVE).count();
        long running = pairs.stream().filter(p -> !p.status().ended()).count();
        long pairedMentees = pairs.stream().filter(p -> !p.status().ended()).mapToLong(p -> p.currentMentees().size()).sum();
        long approvedProgrammes = programmes.list(caller, organisation).stream()
                .filter(p -> p.status() == ProgrammeStatus.APPROVED || p.status() == ProgrammeStatus.IN_PROGRESS).count();
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
                        new Figure("roadmap.figure.trained", trained, (long) mentors.size())), "/bank/mentors"),
                new StageProgress(4, "roadmap.stage4", List.of(
                        new Figure("roadmap.figure.paired", pairedMentees, mentees + pairedMentees)), "/matching/runs"),
                new StageProgress(5, "roadmap.stage5", List.of(
                        new Figure("roadmap.figure.activePairs", active, (long) pairs.size()),
                        new Figure("roadmap.figure.programmes", approvedProgrammes, (long) running)), "/mentorship/pairs"));
    }
}
