package ru.nastavnik.events.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ru.nastavnik.events.RegistrationStatus;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/** The capacity rule: places up to the capacity (none: unlimited), then a queue in the order of answering; the answers that take or free a place. */
final class WaitingList {

    private WaitingList() {}

    static boolean hasPlace(List<Registration> registrations, Integer capacity) {
        return capacity == null || count(registrations, RegistrationStatus.REGISTERED) < capacity;
    }

    static int count(List<Registration> registrations, RegistrationStatus wanted) {
        return (int) registrations.stream().filter(r -> r.status() == wanted).count();
    }

    /** A place if there is one, else a turn in the queue; a second answer (unless she had declined) is refused. */
    static Registration register(
            Event event,
            List<Registration> registrations,
            Integer capacity,
            PersonId person,
            OrganisationId school,
            Instant now) {
        Optional<Registration> existing = of(registrations, person);
        if (existing.isPresent() && existing.get().status() != RegistrationStatus.DECLINED) {
            throw InvalidInputException.of("person", "event.registration.duplicate");
        }
        RegistrationStatus answer =
                hasPlace(registrations, capacity) ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        if (existing.isPresent()) {
            existing.get().answer(answer, now);
            return existing.get();
        }
        Registration registration = new Registration(event, person, school, answer, now);
        registrations.add(registration);
        return registration;
    }

    /** She gives up her place (or says she will not come); returns whoever moved up from the queue. */
    static Optional<Registration> decline(
            Event event,
            List<Registration> registrations,
            Integer capacity,
            PersonId person,
            OrganisationId school,
            Instant now) {
        Optional<Registration> existing = of(registrations, person);
        if (existing.isEmpty()) {
            registrations.add(new Registration(event, person, school, RegistrationStatus.DECLINED, now));
            return Optional.empty();
        }
        if (existing.get().status() == RegistrationStatus.DECLINED) {
            throw InvalidInputException.of("person", "event.registration.alreadyDeclined");
        }
        existing.get().answer(RegistrationStatus.DECLINED, now);
        return promote(registrations, capacity, now).stream().findFirst();
    }

    private static Optional<Registration> of(List<Registration> registrations, PersonId person) {
        return registrations.stream().filter(r -> r.person().equals(person)).findFirst();
    }

    /** Gives the freed places to the first in the queue; returns who moved up. */
    static List<Registration> promote(List<Registration> registrations, Integer capacity, Instant now) {
        List<Registration> promoted = new ArrayList<>();
        List<Registration> queue = registrations.stream()
                .filter(r -> r.status() == RegistrationStatus.WAITING)
                .sorted(Comparator.comparing(Registration::registeredAt))
                .toList();
        for (Registration waiting : queue) {
            if (!hasPlace(registrations, capacity)) {
                break;
            }
            waiting.answer(RegistrationStatus.REGISTERED, now);
            promoted.add(waiting);
        }
        return promoted;
    }
}
