package ru.nastavnik.roadmap.internal;

import ru.nastavnik.shared.OrganisationId;

/** A school's roadmap seen from the municipality or region: started or not, and how many activities are done or late. */
public record SchoolProgress(OrganisationId school, String name, boolean started, int done, int overdue, int total) {}
