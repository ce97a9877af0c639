package ru.nastavnik.programme.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedTemplateSetRepository extends JpaRepository<NeedTemplateSet, UUID> {}
