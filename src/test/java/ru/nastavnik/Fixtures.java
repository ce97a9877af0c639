package ru.nastavnik;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.organisation.NewOrganisation;
import ru.nastavnik.organisation.NewUser;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.organisation.UserSummary;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Builds organisations and users for integration tests; every name is unique, since tests share one database. */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    public static final NastavnikPrincipal SYSTEM = new NastavnikPrincipal(
            new UserId(UUID.randomUUID()),
            "fixtures",
            "Fixtures",
            null,
            Set.of(new RoleGrant(Role.SYSTEM_ADMIN, null)),
            true,
            false);

    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final StaffManagement staff;
    private final ConsentManagement consents;

    Fixtures(
            OrganisationManagement organisations,
            UserManagement users,
            StaffManagement staff,
            ConsentManagement consents) {
        this.organisations = organisations;
        this.users = users;
        this.staff = staff;
        this.consents = consents;
    }

    public World world() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrganisationSummary region = org("Регион " + tag, OrganisationKind.REGION, null);
        OrganisationSummary municipality = org("Район " + tag, OrganisationKind.MUNICIPALITY, region.id());
        OrganisationSummary schoolA = org("Школа А " + tag, OrganisationKind.ORGANISATION, municipality.id());
        OrganisationSummary schoolB = org("Школа Б " + tag, OrganisationKind.ORGANISATION, municipality.id());
        return new World(tag, region.id(), municipality.id(), schoolA.id(), schoolB.id());
    }

    public OrganisationSummary org(String name, OrganisationKind kind, OrganisationId parent) {
        return organisations.create(
                SYSTEM, new NewOrganisation(name, null, kind, parent == null ? null : parent.toString()));
    }

    /** A user holding one role, returned as the principal that MockMvc signs in with. */
    public NastavnikPrincipal user(Role role, OrganisationId organisation) {
        String username =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        UserSummary created = users.create(
                SYSTEM,
                new NewUser(
                        username,
                        PASSWORD,
                        "Тест " + role,
                        List.of(new NewUser.RoleRequest(role, organisation == null ? null : organisation.toString()))));
        return new NastavnikPrincipal(
                created.id(), created.username(), created.fullName(), null, created.roles(), true, false);
    }

    /**
     * A teacher of the school (Анна Сергеевна, the given surname) who consented to the processing of her personal data
     * yesterday, as the bank needs before she can enter it; her person id.
     */
    public String consentedTeacher(NastavnikPrincipal by, OrganisationId school, String lastName) {
        String person = staff.create(by, school, teacher(lastName, "Анна", "Сергеевна"))
                .id()
                .toString();
        consents.recordGiven(
                by,
                school,
                new GiveConsent(
                        person, ConsentPurpose.PERSONAL_DATA, SchoolToday.date().minusDays(1), null, null));
        return person;
    }

    /**
     * The organisation's mentorship curator as its requisites name her for the documents' signature lines ({@code
     * null}: none), saved as the director saves the requisites page.
     */
    public void curatorNamed(OrganisationId organisation, String name) {
        requisites(
                organisation,
                r -> r.withDocumentDetails(
                        r.founder(),
                        r.locality(),
                        name,
                        r.curatorPhone(),
                        r.mentoringPayment(),
                        r.mentorshipPage(),
                        r.socialPages()));
    }

    /** The organisation's requisites changed and saved as the director saves them. */
    public void requisites(OrganisationId organisation, java.util.function.UnaryOperator<Requisites> change) {
        OrganisationSummary current = organisations.find(organisation).orElseThrow();
        organisations.updateRequisites(SYSTEM, organisation, change.apply(current.requisites()), current.version());
    }

    public static StaffData teacher(String lastName, String firstName, String middleName) {
        return teacher(lastName, firstName, middleName, null, List.of("математика"));
    }

    /** A teacher with her personnel number and subjects, which tell namesakes apart. */
    public static StaffData teacher(
            String lastName, String firstName, String middleName, String personnelNumber, List<String> subjects) {
        return new StaffData(
                lastName,
                firstName,
                middleName,
                Gender.FEMALE,
                LocalDate.of(1985, 3, 14),
                personnelNumber,
                List.of("учитель"),
                subjects,
                15,
                12,
                QualificationCategory.FIRST,
                "высшее",
                LocalDate.of(2010, 9, 1),
                null,
                "+7 900 000-00-00");
    }

    public record World(
            String tag,
            OrganisationId region,
            OrganisationId municipality,
            OrganisationId schoolA,
            OrganisationId schoolB) {}
}
