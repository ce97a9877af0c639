package ru.nastavnik.programme.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.bank.MenteeCategory;

interface CategoryTemplateRepository extends JpaRepository<CategoryTemplate, UUID> {

    @Query("select t from CategoryTemplate t where t.organisationId = ?1 and t.category = ?2")
    Optional<CategoryTemplate> find(UUID organisation, MenteeCategory category);
}
