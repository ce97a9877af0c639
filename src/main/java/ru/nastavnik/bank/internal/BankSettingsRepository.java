package ru.nastavnik.bank.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankSettingsRepository extends JpaRepository<BankSettings, UUID> {}
