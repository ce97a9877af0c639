package ru.nastavnik.documents;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentTemplateRepository extends JpaRepository<DocumentTemplate, DocumentTemplate.Key> {

    @Query("select t from DocumentTemplate t where t.organisationId = :organisation and t.kind = :kind")
    Optional<DocumentTemplate> find(UUID organisation, String kind);
}
