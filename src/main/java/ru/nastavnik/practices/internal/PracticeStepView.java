package ru.nastavnik.practices.internal;

import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.shared.OrganisationId;

/** A line of the practice's history; {@code roundTable}: the event whose decision it was, if any. */
record PracticeStepView(
        Instant at,
        PracticeStepKind kind,
        PracticeLevel level,
        OrganisationId organisationId,
        String actor,
        UUID roundTable,
        String comment) {}
