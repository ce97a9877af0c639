package ru.nastavnik.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.NewOrganisation;
import ru.nastavnik.organisation.NewUser;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Loads the demonstration world once; a second start with the profile finds it and does nothing. */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-password";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final NastavnikPrincipal LOADER = new NastavnikPrincipal(
            new UserId(UUID.randomUUID()),
            "demo-loader",
            "Загрузка демо-данных",
            null,
            Set.of(new RoleGrant(Role.SYSTEM_ADMIN, null)),
            true,
            false);

    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final StaffManagement staff;
    private final DemoBanks banks;
    private final DemoPairs pairs;
    private final StaffAccounts accounts;
    private final DemoHolidays holidays;

    DemoData(
            OrganisationManagement organisations,
            UserManagement users,
            StaffManagement staff,
            DemoBanks banks,
            DemoPairs pairs,
            StaffAccounts accounts,
            DemoHolidays holidays) {
        this.holidays = holidays;
        this.pairs = pairs;
        this.accounts = accounts;
        this.organisations = organisations;
        this.users = users;
        this.staff = staff;
        this.banks = banks;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.exists("demo-admin")) {
            return;
        }
        OrganisationSummary region =
                org("Министерство образования Демонстрационной области", OrganisationKind.REGION, null);
        OrganisationSummary municipality = org(
                "Управление образования администрации Демонстрационного муниципального района",
                OrganisationKind.MUNICIPALITY,
                region.id());
        // before the pairs: their programmes' plans are dated by the holidays
        holidays.set(region);
        OrganisationSummary school1 =
                org("МБОУ «Демонстрационная СОШ № 1»", OrganisationKind.ORGANISATION, municipality.id());
        OrganisationSummary school2 =
                org("МБОУ «Демонстрационная СОШ № 2»", OrganisationKind.ORGANISATION, municipality.id());
        organisations.updateRequisites(
                LOADER,
                school1.id(),
                new Requisites(
                                "403401, Демонстрационная обл., ст. Примерная, " + "ул. Школьная, д. 1",
                                "3400000000",
                                "1023400000007",
                                "https://school1.example.ru",
                                new HeadName("Морозова", "Татьяна", "Викторовна", Gender.FEMALE),
                                "Директор")
                        // the founder, the place and the executor every order prints, as a school fills them in
                        .withDocumentDetails(
                                "Управление образования администрации Демонстрационного муниципального района",
                                "ст. Примерная",
                                "Соколова Елена Андреевна",
                                "8 (800) 000-00-01",
                                null,
                                null,
                                null),
                school1.version());
        user("demo-admin", "Администратор Демо", Role.SYSTEM_ADMIN, null);
        user("demo-region", "Лебедева Ирина Николаевна", Role.REGIONAL_METHODOLOGIST, region.id());
        user("demo-municipality", "Голубев Андрей Петрович", Role.MUNICIPAL_METHODOLOGIST, municipality.id());
        user("demo-director", "Морозова Татьяна Викторовна", Role.DIRECTOR, school1.id());
        user("demo-curator", "Соколова Елена Андреевна", Role.CURATOR, school1.id());
        user("demo-director2", "Павлов Дмитрий Сергеевич", Role.DIRECTOR, school2.id());
        List<StaffData> people = DemoStaff.generate(40);
        List<PersonId> school1Staff = new java.util.ArrayList<>();
        List<PersonId> school2Staff = new java.util.ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PersonId id = staff.create(LOADER, i < 25 ? school1.id() : school2.id(), people.get(i))
                    .id();
            (i < 25 ? school1Staff : school2Staff).add(id);
        }
        banks.fill(school1.id(), school1Staff, people.subList(0, 25));
        banks.fillMenteesOnly(school2.id(), school2Staff, people.subList(25, people.size()));
        pairs.fill(school1.id())
                .ifPresentOrElse(
                        pair -> {
                            member(pair.currentMentors().get(0), "demo-mentor", Role.MENTOR, school1.id());
                            member(pair.currentMentees().get(0), "demo-mentee", Role.MENTEE, school1.id());
                        },
                        () -> {
                            user("demo-mentor", "Волков Сергей Иванович", Role.MENTOR, school1.id());
                            user("demo-mentee", "Зайцева Анастасия Олеговна", Role.MENTEE, school1.id());
                        });
        log.info("Demo data loaded: 2 schools, {} staff, accounts demo-* with password '{}'", people.size(), PASSWORD);
    }

    private OrganisationSummary org(String name, OrganisationKind kind, OrganisationId parent) {
        return organisations.create(
                LOADER, new NewOrganisation(name, null, kind, parent == null ? null : parent.toString()));
    }

    /**
     * The demo's mentor and mentee are the members of the pair with the approved programme, their accounts linked to
     * their staff records: signing in as them shows a real cabinet.
     */
    private void member(MemberView member, String username, Role role, OrganisationId school) {
        user(username, member.fullName(), role, school);
        accounts.link(curatorOf(school), school, member.personId(), username, false);
    }

    /** The loader acting as the school's curator: the services check the role as for anyone. */
    static NastavnikPrincipal curatorOf(OrganisationId school) {
        return new NastavnikPrincipal(
                new UserId(UUID.randomUUID()),
                "demo-loader",
                "Загрузка демо-данных",
                null,
                Set.of(new RoleGrant(Role.CURATOR, school)),
                true,
                false);
    }

    private void user(String username, String fullName, Role role, OrganisationId organisation) {
        users.create(
                LOADER,
                new NewUser(
                        username,
                        PASSWORD,
                        fullName,
                        List.of(new NewUser.RoleRequest(role, organisation == null ? null : organisation.toString()))));
    }

    /** A teacher of a given age and experience, with dates that agree with them. */
    static StaffData teacher(
            String last,
            String first,
            String middle,
            Gender gender,
            int age,
            String position,
            List<String> subjects,
            int experience,
            QualificationCategory category) {
        LocalDate born =
                LocalDate.of(2026 - age, 1 + Math.abs(last.hashCode()) % 12, 1 + Math.abs(first.hashCode()) % 28);
        LocalDate hired = LocalDate.of(2026 - experience, 9, 1);
        // the contract is signed on the first day of work; a date still ahead is not one the rules accept yet
        LocalDate contract = hired.isAfter(LocalDate.now()) ? null : hired;
        return new StaffData(
                last,
                first,
                middle,
                gender,
                born,
                null,
                List.of(position),
                subjects,
                experience + 2,
                experience,
                category,
                "высшее педагогическое",
                hired,
                null,
                null,
                contract == null ? null : (1 + Math.abs((last + first).hashCode()) % 300) + "-тд",
                contract);
    }
}
