package ru.nastavnik.people.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import ru.nastavnik.people.LeavingReason;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;

/** The staff card as a form: lists are typed comma-separated. */
class StaffForm {

    private String lastName;
    private String firstName;
    private String middleName;
    private Gender gender;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    private String personnelNumber;
    private String positions;
    private String subjects;
    private Integer totalExperienceYears;
    private Integer teachingExperienceYears;
    private QualificationCategory qualificationCategory = QualificationCategory.NONE;
    private String education;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hiredOn;

    private String email;
    private String phone;
    private String employmentContractNumber;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate employmentContractDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leftOn;

    private LeavingReason leavingReason;
    private String leavingComment;
    /** The version of the record the form was filled from: saving it over a newer one is refused. */
    private Long version;

    static StaffForm of(StaffData d, long version) {
        StaffForm f = of(d);
        f.version = version;
        return f;
    }

    static StaffForm of(StaffData d) {
        StaffForm f = new StaffForm();
        f.lastName = d.lastName();
        f.firstName = d.firstName();
        f.middleName = d.middleName();
        f.gender = d.gender();
        f.birthDate = d.birthDate();
        f.personnelNumber = d.personnelNumber();
        f.positions = String.join(", ", d.positions());
        f.subjects = String.join(", ", d.subjects());
        f.totalExperienceYears = d.totalExperienceYears();
        f.teachingExperienceYears = d.teachingExperienceYears();
        f.qualificationCategory = d.qualificationCategory();
        f.education = d.education();
        f.hiredOn = d.hiredOn();
        f.email = d.email();
        f.phone = d.phone();
        f.employmentContractNumber = d.employmentContractNumber();
        f.employmentContractDate = d.employmentContractDate();
        f.leftOn = d.leftOn();
        f.leavingReason = d.leavingReason();
        f.leavingComment = d.leavingComment();
        return f;
    }

    StaffData toData() {
        return new StaffData(
                lastName,
                firstName,
                middleName,
                gender,
                birthDate,
                personnelNumber,
                split(positions),
                split(subjects),
                totalExperienceYears,
                teachingExperienceYears,
                qualificationCategory,
                education,
                hiredOn,
                email,
                phone,
                employmentContractNumber,
                employmentContractDate,
                leftOn,
                leavingReason,
                leavingComment);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.asList(value.split("[,;]"));
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPersonnelNumber() {
        return personnelNumber;
    }

    public void setPersonnelNumber(String personnelNumber) {
        this.personnelNumber = personnelNumber;
    }

    public String getPositions() {
        return positions;
    }

    public void setPositions(String positions) {
        this.positions = positions;
    }

    public String getSubjects() {
        return subjects;
    }

    public void setSubjects(String subjects) {
        this.subjects = subjects;
    }

    public Integer getTotalExperienceYears() {
        return totalExperienceYears;
    }

    public void setTotalExperienceYears(Integer v) {
        this.totalExperienceYears = v;
    }

    public Integer getTeachingExperienceYears() {
        return teachingExperienceYears;
    }

    public void setTeachingExperienceYears(Integer v) {
        this.teachingExperienceYears = v;
    }

    public QualificationCategory getQualificationCategory() {
        return qualificationCategory;
    }

    public void setQualificationCategory(QualificationCategory v) {
        this.qualificationCategory = v;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public void setHiredOn(LocalDate hiredOn) {
        this.hiredOn = hiredOn;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmploymentContractNumber() {
        return employmentContractNumber;
    }

    public void setEmploymentContractNumber(String v) {
        this.employmentContractNumber = v;
    }

    public LocalDate getEmploymentContractDate() {
        return employmentContractDate;
    }

    public void setEmploymentContractDate(LocalDate v) {
        this.employmentContractDate = v;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate v) {
        this.leftOn = v;
    }

    public LeavingReason getLeavingReason() {
        return leavingReason;
    }

    public void setLeavingReason(LeavingReason v) {
        this.leavingReason = v;
    }

    public String getLeavingComment() {
        return leavingComment;
    }

    public void setLeavingComment(String v) {
        this.leavingComment = v;
    }
}
