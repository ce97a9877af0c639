package ru.nastavnik.bank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.Staffroom;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The banks' people as tests need them: {@code aMentor(curator, school, "Иванова").competences("exams").enter()} is a
 * teacher of the school (Анна Сергеевна) who consented yesterday to the processing of her data — all the bank asks —
 * entered in the mentor bank. Unless told otherwise a mentor covers «parents», has one place, is in her own school's
 * bank only and has no other consent; a mentee is a young specialist who needs «parents».
 */
@Component
public class BankFixtures {

    private final Staffroom staffroom;
    private final BankManagement banks;

    BankFixtures(Staffroom staffroom, BankManagement banks) {
        this.staffroom = staffroom;
        this.banks = banks;
    }

    /** A new teacher of the school, to be entered in the mentor bank. */
    public Mentor aMentor(NastavnikPrincipal curator, OrganisationId school, String lastName) {
        return new Mentor(new Someone(curator, school, lastName, null));
    }

    /** Someone already on the staff with her consents, to be entered in the mentor bank. */
    public Mentor aMentor(NastavnikPrincipal curator, OrganisationId school, PersonId person) {
        return new Mentor(new Someone(curator, school, null, person));
    }

    /** A new teacher of the school, to be entered in the mentee bank. */
    public Mentee aMentee(NastavnikPrincipal curator, OrganisationId school, String lastName) {
        return new Mentee(new Someone(curator, school, lastName, null));
    }

    /** Someone already on the staff with her consents, to be entered in the mentee bank. */
    public Mentee aMentee(NastavnikPrincipal curator, OrganisationId school, PersonId person) {
        return new Mentee(new Someone(curator, school, null, person));
    }

    /** The person to enter: a new teacher (her surname, her first and middle names, the consents beyond personal data). */
    private final class Someone {

        private final NastavnikPrincipal curator;
        private final OrganisationId school;
        private final String lastName;
        private final PersonId existing;
        private String firstName = "Анна";
        private String middleName = "Сергеевна";
        private LocalDate consentedOn = SchoolToday.date().minusDays(1);
        private final List<ConsentPurpose> consents = new ArrayList<>();

        private Someone(NastavnikPrincipal curator, OrganisationId school, String lastName, PersonId existing) {
            this.curator = curator;
            this.school = school;
            this.lastName = lastName;
            this.existing = existing;
        }

        private PersonId person() {
            return existing != null
                    ? existing
                    : staffroom.teacher(
                            curator,
                            school,
                            lastName,
                            firstName,
                            middleName,
                            consentedOn,
                            consents.toArray(ConsentPurpose[]::new));
        }
    }

    public final class Mentor {

        private final Someone someone;
        private List<String> competences = List.of("parents");
        private int places = 1;
        private boolean shared;
        private TrainingStatus training;

        private Mentor(Someone someone) {
            this.someone = someone;
        }

        public Mentor named(String firstName, String middleName) {
            someone.firstName = firstName;
            someone.middleName = middleName;
            return this;
        }

        /** Consents given yesterday besides the one to the processing of personal data (e.g. a mentor's duties). */
        public Mentor consenting(ConsentPurpose... purposes) {
            someone.consents.addAll(List.of(purposes));
            return this;
        }

        /** Her consents given on that day, not yesterday. */
        public Mentor consentedOn(LocalDate day) {
            someone.consentedOn = day;
            return this;
        }

        public Mentor competences(String... competences) {
            this.competences = List.of(competences);
            return this;
        }

        public Mentor places(int places) {
            this.places = places;
            return this;
        }

        public Mentor inSharedBank(boolean shared) {
            this.shared = shared;
            return this;
        }

        public Mentor training(TrainingStatus training) {
            this.training = training;
            return this;
        }

        /** Enters her in the mentor bank; her person id. */
        public PersonId enter() {
            PersonId person = someone.person();
            banks.saveMentor(
                    someone.curator,
                    someone.school,
                    new MentorRequest(person.toString(), competences, null, places, List.of(), null, training, shared));
            return person;
        }
    }

    public final class Mentee {

        private final Someone someone;
        private MenteeCategory category = MenteeCategory.YOUNG_SPECIALIST;
        private List<String> needs = List.of("parents");

        private Mentee(Someone someone) {
            this.someone = someone;
        }

        public Mentee named(String firstName, String middleName) {
            someone.firstName = firstName;
            someone.middleName = middleName;
            return this;
        }

        /** Consents given yesterday besides the one to the processing of personal data. */
        public Mentee consenting(ConsentPurpose... purposes) {
            someone.consents.addAll(List.of(purposes));
            return this;
        }

        /** Her consents given on that day, not yesterday. */
        public Mentee consentedOn(LocalDate day) {
            someone.consentedOn = day;
            return this;
        }

        public Mentee category(MenteeCategory category) {
            this.category = category;
            return this;
        }

        public Mentee needs(String... needs) {
            this.needs = List.of(needs);
            return this;
        }

        /** Enters her in the mentee bank; her person id. */
        public PersonId enter() {
            PersonId person = someone.person();
            banks.saveMentee(
                    someone.curator, someone.school, new MenteeRequest(person.toString(), category, null, needs, null));
            return person;
        }
    }
}
