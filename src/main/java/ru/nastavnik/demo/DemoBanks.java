package ru.nastavnik.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Gives the first school of the demo consents and filled banks: the experienced teachers as mentors, the
 * young ones as mentees with needs, and a few teachers still without consent — as a school looks in autumn.
 */
@Component
@Profile("demo")
class DemoBanks {

    private final ConsentManagement consents;
    private final BankManagement banks;

    DemoBanks(ConsentManagement consents, BankManagement banks) {
        this.consents = consents;
        this.banks = banks;
    }

    void fill(OrganisationId school, List<PersonId> people, List<StaffData> data) {
        NastavnikPrincipal curator = DemoData.curatorOf(school);
        LocalDate signed = LocalDate.now().minusDays(20);
        for (int i = 0; i < people.size() - 5; i++) {
            String person = people.get(i).toString();
            consents.recordGiven(
                    curator, school, new GiveConsent(person, ConsentPurpose.PERSONAL_DATA, signed, null, null));
            Integer experience = data.get(i).teachingExperienceYears();
            if (experience != null && experience < 3) {
                banks.saveMentee(
                        curator,
                        school,
                        new MenteeRequest(
                                person,
                                MenteeCategory.YOUNG_SPECIALIST,
                                null,
                                List.of(i % 2 == 0 ? "discipline" : "parents", "work-programme"),
                                null));
            } else if (experience != null && experience >= 15 && i % 2 == 0) {
                if (i % 4 == 0) {
                    consents.recordGiven(
                            curator, school, new GiveConsent(person, ConsentPurpose.SHARED_BANK, signed, null, null));
                }
                banks.saveMentor(
                        curator,
                        school,
                        new MentorRequest(
                                person,
                                List.of("subject-methods", "discipline", "work-programme"),
                                null,
                                2,
                                List.of("традиционная (один на один)"),
                                null,
                                TrainingStatus.TRAINED,
                                i % 4 == 0));
            }
        }
    }

    /**
     * A school whose newcomers have no mentor of its own: the municipal run finds them one in the shared bank of the
     * first school (the methodologist's «Подбор по территории»).
     */
    void fillMenteesOnly(OrganisationId school, List<PersonId> people, List<StaffData> data) {
        NastavnikPrincipal curator = DemoData.curatorOf(school);
        LocalDate signed = LocalDate.now().minusDays(10);
        List<Integer> newest = java.util.stream.IntStream.range(0, people.size())
                .boxed()
                .sorted(java.util.Comparator.comparing(i -> data.get(i).teachingExperienceYears() == null
                        ? 0
                        : data.get(i).teachingExperienceYears()))
                .limit(3)
                .toList();
        for (int i : newest) {
            String person = people.get(i).toString();
            consents.recordGiven(
                    curator, school, new GiveConsent(person, ConsentPurpose.PERSONAL_DATA, signed, null, null));
            banks.saveMentee(
                    curator,
                    school,
                    new MenteeRequest(
                            person,
                            MenteeCategory.NEW_EMPLOYEE,
                            null,
                            List.of(i % 2 == 0 ? "subject-methods" : "discipline"),
                            null));
        }
    }
}
