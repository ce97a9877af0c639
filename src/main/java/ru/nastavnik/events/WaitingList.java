package ru.nastavnik.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The capacity rule: places up to the capacity (none: unlimited), then a queue in the order of answering. */
final class WaitingList {

    private WaitingList() {
    }

    static boolean hasPlace(List<Registration> registrations, Integer capacity) {
        return capacity == null || count(registrations, RegistrationStatus.REGISTERED) < capacity;
    }

    static int count(List<Registration> registrations, RegistrationStatus wanted) {
        return (int) registrations.stream().filter(r -> r.status() == wanted).count();
    }

    /** Gives the freed places to the first in the queue; returns who moved up. */
    static List<Registration> promote(List<Registration> registrations, Integer capacity, Instant now) {
        List<Registration> promoted = new ArrayList<>();
        List<Registration> queue = registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITING)
                .sorted(Comparator.comparing(Registration::registeredAt)).toList();
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
