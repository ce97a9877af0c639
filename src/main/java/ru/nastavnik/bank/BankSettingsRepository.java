package ru.nastavnik.bank;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankSettingsRepository extends JpaRepository<BankSettings, UUID> {}
