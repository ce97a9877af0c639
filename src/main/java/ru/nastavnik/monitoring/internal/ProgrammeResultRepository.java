package ru.nastavnik.monitoring.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeResultRepository extends JpaRepository<ProgrammeResult, UUID> {

    List<ProgrammeResult> findByProgrammeIdOrderByAchievedOnAsc(UUID programmeId);

    Optional<ProgrammeResult> findByIdAndProgrammeId(UUID id, UUID programmeId);
}
