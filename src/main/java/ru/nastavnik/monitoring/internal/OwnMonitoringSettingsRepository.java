package ru.nastavnik.monitoring.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnMonitoringSettingsRepository extends JpaRepository<OwnMonitoringSettings, UUID> {}
