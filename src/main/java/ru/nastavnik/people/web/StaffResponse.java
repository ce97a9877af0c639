package ru.nastavnik.people.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.people.LeavingReason;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.Gender;

/** A staff record in the API: flat, with the same field names a client sends. */
record StaffResponse(
        String id,
        String organisationId,
        String lastName,
        String firstName,
        String middleName,
        Gender gender,
        LocalDate birthDate,
        String personnelNumber,
        List<String> positions,
        List<String> subjects,
        Integer totalExperienceYears,
        Integer teachingExperienceYears,
        QualificationCategory qualificationCategory,
        String education,
        LocalDate hiredOn,
        String email,
        String phone,
        String employmentContractNumber,
        LocalDate employmentContractDate,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        boolean processingRestricted,
        LocalDate anonymiseOn,
        LocalDate leftOn,
        LeavingReason leavingReason,
        String leavingComment) {

    static StaffResponse of(StaffView v) {
        var d = v.data();
        return new StaffResponse(
                v.id().toString(),
                v.organisationId().toString(),
                d.lastName(),
                d.firstName(),
                d.middleName(),
                d.gender(),
                d.birthDate(),
                d.personnelNumber(),
                d.positions(),
                d.subjects(),
                d.totalExperienceYears(),
                d.teachingExperienceYears(),
                d.qualificationCategory(),
                d.education(),
                d.hiredOn(),
                d.email(),
                d.phone(),
                d.employmentContractNumber(),
                d.employmentContractDate(),
                v.archived(),
                v.createdAt(),
                v.updatedAt(),
                v.processingRestricted(),
                v.anonymiseOn(),
                d.leftOn(),
                d.leavingReason(),
                d.leavingComment());
    }
}
