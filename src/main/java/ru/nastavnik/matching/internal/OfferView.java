package ru.nastavnik.matching.internal;

import ru.nastavnik.matching.ProposalView;

/** A proposal of an area's run for one of the school's mentees, with the school the mentor works in. */
public record OfferView(ProposalView proposal, String areaName, String mentorSchool) {}
