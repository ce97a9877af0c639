package ru.nastavnik.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.HolidayPeriod;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    private UUID id;

    @Column(name = "parent_id")
    private UUID parentId;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String name;

    @Column(name = "short_name")
    private String shortName;

    @Column(name = "time_zone")
    private String timeZone;

    private String address;

    private String inn;

    private String ogrn;

    private String website;

    @Column(name = "head_name")
    private String headName;

    @Column(name = "head_last_name")
    private String headLastName;

    @Column(name = "head_first_name")
    private String headFirstName;

    @Column(name = "head_middle_name")
    private String headMiddleName;

    @Enumerated(EnumType.STRING)
    @Column(name = "head_gender")
    private Gender headGender;

    @Column(name = "declension_overrides")
    private String declensionOverrides;

    @Column(name = "head_position")
    private String headPosition;

    private String founder;

    private String locality;

    @Column(name = "curator_name")
    private String curatorName;

    @Column(name = "curator_phone")
    private String curatorPhone;

    @Column(name = "mentoring_payment")
    private String mentoringPayment;

    @Column(name = "mentorship_page")
    private String mentorshipPage;

    @Column(name = "social_pages")
    private String socialPages;

    /** The pupils' holidays, {@link HolidayPeriod}s separated by commas; null: those above it. */
    @Column(name = "school_holidays")
    private String schoolHolidays;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private Long version;

    protected Organisation() {}

    Organisation(OrganisationKind kind, String name, String shortName, Organisation parent) {
        OrganisationKind parentKind = parent == null ? null : parent.kind;
        if (!kind.mayHaveParent(parentKind)) {
            throw InvalidInputException.of("parentId", "organisation.parent.invalid");
        }
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.name = name.trim();
        this.shortName = shortName == null || shortName.isBlank() ? this.name : shortName.trim();
        this.parentId = parent == null ? null : parent.id;
        this.timeZone = parent == null ? "Europe/Moscow" : parent.timeZone;
        this.createdAt = Instant.now();
    }

    OrganisationId id() {
        return new OrganisationId(id);
    }

    OrganisationId parent() {
        return parentId == null ? null : new OrganisationId(parentId);
    }

    OrganisationKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    /** Its own pupils' holidays; empty if it has none of its own. */
    java.util.List<HolidayPeriod> holidays() {
        return schoolHolidays == null
                ? java.util.List.of()
                : java.util.Arrays.stream(schoolHolidays.split(","))
                        .map(HolidayPeriod::parse)
                        .toList();
    }

    /** Its own pupils' holidays as the editor set them on what she read: refused if they changed since. */
    void holidays(java.util.List<HolidayPeriod> periods, Long readVersion) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
        this.schoolHolidays = periods.isEmpty()
                ? null
                : periods.stream()
                        .sorted(java.util.Comparator.comparing(HolidayPeriod::from))
                        .map(HolidayPeriod::toString)
                        .collect(java.util.stream.Collectors.joining(","));
    }

    /** Where its «today» is taken (a zone of {@link TimeZones#RUSSIA}, checked by the service). */
    void timeZone(String zone) {
        this.timeZone = zone;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** The requisites as the editor wrote them on what she read: refused if they changed since (no lost update). */
    void requisites(Requisites requisites, Long readVersion) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
        this.address = requisites.address();
        this.inn = requisites.inn();
        this.ogrn = requisites.ogrn();
        this.website = requisites.website();
        HeadName head = requisites.head();
        this.headLastName = head == null ? null : head.lastName();
        this.headFirstName = head == null ? null : head.firstName();
        this.headMiddleName = head == null ? null : head.middleName();
        this.headGender = head == null ? null : head.gender();
        if (head != null) {
            // the parts are now typed (or checked) by a person: the old one-string name has done its job
            this.headName = null;
        }
        this.headPosition = requisites.headPosition();
        this.declensionOverrides = requisites.declensionOverrides();
        this.founder = requisites.founder();
        this.locality = requisites.locality();
        this.curatorName = requisites.curatorName();
        this.curatorPhone = requisites.curatorPhone();
        this.mentoringPayment = requisites.mentoringPayment();
        this.mentorshipPage = requisites.mentorshipPage();
        this.socialPages = requisites.socialPages();
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(
                id(),
                parent(),
                kind,
                name,
                shortName,
                timeZone,
                new Requisites(
                                address,
                                inn,
                                ogrn,
                                website,
                                new HeadName(headLastName, headFirstName, headMiddleName, headGender),
                                headPosition,
                                declensionOverrides,
                                headName)
                        .withDocumentDetails(
                                founder,
                                locality,
                                curatorName,
                                curatorPhone,
                                mentoringPayment,
                                mentorshipPage,
                                socialPages),
                version == null ? 0 : version);
    }
}
