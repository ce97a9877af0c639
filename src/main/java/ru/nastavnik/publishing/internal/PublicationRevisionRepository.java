package ru.nastavnik.publishing.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicationRevisionRepository extends JpaRepository<PublicationRevision, UUID> {

    @Query("select r from PublicationRevision r where r.publicationId = ?1 order by r.at desc")
    List<PublicationRevision> of(UUID publication);
}
