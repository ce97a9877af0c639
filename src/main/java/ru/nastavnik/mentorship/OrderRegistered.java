package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * A signed order was registered with its number and date: the Regulation approved (stage 1), pairs assigned or
 * programmes approved (stage 5) — what the roadmap reads its stages' statuses from.
 */
public record OrderRegistered(OrganisationId organisation, UUID order, OrderKind kind, String number, LocalDate date) {}
