package ru.nastavnik.mentorship;

public enum MemberRole {
    MENTOR,
    MENTEE
}
