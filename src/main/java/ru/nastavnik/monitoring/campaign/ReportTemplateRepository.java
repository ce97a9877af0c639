package ru.nastavnik.monitoring.campaign;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportTemplateRepository extends JpaRepository<ReportTemplate, UUID> {}
