package ru.nastavnik.consent;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentSettingsRepository extends JpaRepository<ConsentSettings, UUID> {}
