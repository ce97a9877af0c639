package ru.nastavnik.people.internal;

import java.util.List;
import java.util.Optional;
import ru.nastavnik.people.PersonLeft;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.web.Dates;

/** The audit wording of a leaving and of a rehire, and the event a newly recorded leaving publishes. */
final class Leavings {

    private Leavings() {}

    /** A leaving date appearing on a record (not a date corrected on one already left): its pairs must end. */
    static Optional<PersonLeft> left(Person person, StaffData before) {
        StaffData after = person.data();
        return before.left() || !after.left()
                ? Optional.empty()
                : Optional.of(
                        new PersonLeft(person.organisation(), person.id(), after.leftOn(), after.leavingReason()));
    }

    static String details(StaffData before, StaffData after, List<String> changed) {
        String fields = String.join(", ", changed);
        if (!before.left() && after.left()) {
            return recorded(after) + "; поля: " + fields;
        }
        if (before.left() && !after.left()) {
            return rehired(before) + "; поля: " + fields;
        }
        return fields;
    }

    static String recorded(StaffData data) {
        return "увольнение " + Dates.DATE.format(data.leftOn()) + " ("
                + data.leavingReason().wording() + ")";
    }

    static String rehired(StaffData before) {
        return "снята отметка об увольнении " + Dates.DATE.format(before.leftOn()) + " (снова в штате)";
    }
}
