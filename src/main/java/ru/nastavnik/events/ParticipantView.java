package ru.nastavnik.events;

/**
 * A registration with the person's name and school, for those allowed to see it; {@code apart}, what tells her from a
 * namesake in the same list (her school, or her position and subjects), "" when she has none there.
 */
public record ParticipantView(RegistrationView registration, String fullName, String schoolName, String apart) {}
