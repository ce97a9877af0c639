package ru.nastavnik.events.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.nastavnik.events.RegistrationStatus;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/** Who was there: the room's check-in code, and the organiser's marks on the list of those registered. */
final class Attendance {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I: read off a screen across the room; 32⁶ ≈ 10⁹ codes leave guessing during an event hopeless. */
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Attendance() {}

    /** Those whose mark changed: now present, now absent. */
    record Changes(List<PersonId> came, List<PersonId> absent) {}

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    /** The typed code against the room's, in constant time, whatever the case and surrounding spaces. */
    static void checkCode(String typed, String code) {
        if (typed == null
                || !MessageDigest.isEqual(
                        typed.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                        code.getBytes(StandardCharsets.UTF_8))) {
            throw InvalidInputException.of("code", "event.checkIn.wrongCode");
        }
    }

    /** In the room is in the room: a place is not refused to one who came (checked in), registered or not. */
    static void cameIn(
            Event event, List<Registration> registrations, PersonId person, OrganisationId school, Instant now) {
        Registration registration = registrations.stream()
                .filter(r -> r.person().equals(person))
                .findFirst()
                .orElseGet(() -> {
                    Registration added = new Registration(event, person, school, RegistrationStatus.REGISTERED, now);
                    registrations.add(added);
                    return added;
                });
        if (registration.status() != RegistrationStatus.REGISTERED) {
            registration.answer(RegistrationStatus.REGISTERED, now);
        }
        registration.attend(true, true, now);
    }

    /** A person invited by name who never answered online is registered by the organiser's mark of her. */
    static void registerInvited(
            Event event,
            List<Registration> registrations,
            List<PersonId> unanswered,
            Set<PersonId> present,
            java.util.Map<PersonId, OrganisationId> schoolOf,
            Instant now) {
        for (PersonId person : unanswered) {
            if (present.contains(person) && schoolOf.containsKey(person)) {
                registrations.add(
                        new Registration(event, person, schoolOf.get(person), RegistrationStatus.REGISTERED, now));
            }
        }
    }

    /** Every registered person is present or not; someone not registered cannot be marked. */
    static Changes mark(List<Registration> registrations, Set<PersonId> present, Instant now) {
        List<Registration> registered = registrations.stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .toList();
        Set<PersonId> known = new LinkedHashSet<>(
                registered.stream().map(Registration::person).toList());
        if (!known.containsAll(present)) {
            throw InvalidInputException.of("present", "event.attendance.notRegistered");
        }
        List<PersonId> came = new ArrayList<>();
        List<PersonId> absent = new ArrayList<>();
        for (Registration r : registered) {
            boolean there = present.contains(r.person());
            if (there != r.attended()) {
                r.attend(there, false, now);
                (there ? came : absent).add(r.person());
            }
        }
        return new Changes(came, absent);
    }
}
