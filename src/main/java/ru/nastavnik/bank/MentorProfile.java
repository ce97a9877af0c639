package ru.nastavnik.bank;

import java.util.List;

/** What a mentor's card shows of their staff record: name, school, position, subjects, experience, category. */
public record MentorProfile(
        String fullName,
        String organisationName,
        List<String> positions,
        List<String> subjects,
        Integer teachingExperienceYears,
        String qualificationCategory) {}
