package ru.nastavnik.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.people.StaffData;

/**
 * Finds the registry record a file row speaks of, so that importing the same list twice changes nothing:
 * by personnel number, else e-mail, else full name with date of birth, else full name alone when it is unique.
 */
final class StaffMatcher {

    private final Map<String, List<UUID>> byNumber = new HashMap<>();
    private final Map<String, List<UUID>> byEmail = new HashMap<>();
    private final Map<String, List<UUID>> byNameAndBirth = new HashMap<>();
    private final Map<String, List<UUID>> byName = new HashMap<>();

    void add(UUID id, StaffData data) {
        put(byNumber, number(data), id);
        put(byEmail, email(data), id);
        put(byNameAndBirth, nameAndBirth(data), id);
        put(byName, name(data), id);
    }

    /** Empty when the row is a new person; throws with a message key when it could be several. */
    Optional<UUID> match(StaffData row) {
        for (List<UUID> hits : List.of(get(byNumber, number(row)), get(byEmail, email(row)))) {
            if (hits.size() == 1) {
                return Optional.of(hits.get(0));
            }
        }
        List<UUID> hits = row.birthDate() != null ? get(byNameAndBirth, nameAndBirth(row)) : get(byName, name(row));
        if (hits.size() > 1) {
            throw new IllegalStateException("import.row.ambiguous");
        }
        return hits.stream().findFirst();
    }

    /**
     * The keys a row is recognised by, to find the same person twice in one file. Namesakes with different
     * personnel numbers or e-mails are different people; the bare name counts only when nothing else is known.
     */
    static List<String> identities(StaffData data) {
        List<String> keys = new ArrayList<>(3);
        if (number(data) != null) {
            keys.add("n:" + number(data));
        }
        if (email(data) != null) {
            keys.add("e:" + email(data));
        }
        if (data.birthDate() != null) {
            keys.add("b:" + nameAndBirth(data));
        } else if (keys.isEmpty()) {
            keys.add("f:" + name(data));
        }
        return keys;
    }

    private static String number(StaffData d) {
        return d.personnelNumber() == null ? null : d.personnelNumber().toLowerCase(Locale.ROOT);
    }

    private static String email(StaffData d) {
        return d.email() == null ? null : d.email().toLowerCase(Locale.ROOT);
    }

    private static String name(StaffData d) {
        if (d.lastName() == null || d.firstName() == null) {
            return null;
        }
        return (d.lastName() + " " + d.firstName() + " " + (d.middleName() == null ? "" : d.middleName()))
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .strip();
    }

    private static String nameAndBirth(StaffData d) {
        String name = name(d);
        return name == null || d.birthDate() == null ? null : name + "|" + d.birthDate();
    }

    private static void put(Map<String, List<UUID>> index, String key, UUID id) {
        if (key != null) {
            index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(id);
        }
    }

    private static List<UUID> get(Map<String, List<UUID>> index, String key) {
        return key == null ? List.of() : index.getOrDefault(key, List.of());
    }
}
