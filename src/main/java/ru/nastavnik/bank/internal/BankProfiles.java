package ru.nastavnik.bank.internal;

import ru.nastavnik.bank.MentorProfile;
import ru.nastavnik.people.StaffView;

final class BankProfiles {

    /** The profile of an entry read without its staff record (downstream callers name it themselves). */
    static final MentorProfile NONE = profile(null, null);

    private BankProfiles() {}

    static MentorProfile profile(StaffView view, String organisationName) {
        if (view == null) {
            return new MentorProfile("—", organisationName, java.util.List.of(), java.util.List.of(), null, null);
        }
        var d = view.data();
        return new MentorProfile(
                d.fullName(),
                organisationName,
                d.positions(),
                d.subjects(),
                d.teachingExperienceYears(),
                d.qualificationCategory() == null
                        ? null
                        : d.qualificationCategory().name());
    }
}
