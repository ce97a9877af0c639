package ru.nastavnik.monitoring.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, UUID> {

    List<SelfAssessment> findByProgrammeId(UUID programmeId);

    Optional<SelfAssessment> findByProgrammeIdAndPersonId(UUID programmeId, UUID personId);
}
