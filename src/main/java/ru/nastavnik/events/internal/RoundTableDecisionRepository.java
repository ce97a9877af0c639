package ru.nastavnik.events.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoundTableDecisionRepository extends JpaRepository<RoundTableDecision, UUID> {

    @Query("select d from RoundTableDecision d where d.eventId = ?1 order by d.recordedAt, d.kind")
    List<RoundTableDecision> ofEvent(UUID event);
}
