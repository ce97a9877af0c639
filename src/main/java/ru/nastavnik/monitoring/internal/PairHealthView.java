package ru.nastavnik.monitoring.internal;

import java.util.List;
import ru.nastavnik.mentorship.MentorshipId;

/** A working pair as the curator sees its health: who, how it is doing and why. */
public record PairHealthView(
        MentorshipId pair, List<String> mentors, List<String> mentees, PairHealth health, List<HealthReason> reasons) {}
