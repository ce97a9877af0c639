package ru.nastavnik.consent.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentSettingsRepository extends JpaRepository<ConsentSettings, UUID> {}
