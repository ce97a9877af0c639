package ru.nastavnik.events;

/** A registration with the person's name and school, for those allowed to see it. */
public record ParticipantView(RegistrationView registration, String fullName, String schoolName) {}
