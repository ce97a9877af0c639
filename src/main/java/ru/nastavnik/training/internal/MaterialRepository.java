package ru.nastavnik.training.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialRepository extends JpaRepository<Material, UUID> {}
