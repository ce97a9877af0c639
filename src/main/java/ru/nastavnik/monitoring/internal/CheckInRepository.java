package ru.nastavnik.monitoring.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, UUID> {

    List<CheckIn> findByProgrammeIdOrderBySubmittedOnAsc(UUID programmeId);

    boolean existsByProgrammeIdAndPersonId(UUID programmeId, UUID personId);
}
