package ru.nastavnik.publishing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicDocumentRepository extends JpaRepository<PublicDocument, UUID> {

    @Query("select d from PublicDocument d where d.orderId = ?1 and d.part = ?2")
    Optional<PublicDocument> of(UUID order, DocumentPart part);

    @Query("select d from PublicDocument d where d.organisationId = ?1")
    List<PublicDocument> inOrganisation(UUID organisation);

    @Query(
            "select d from PublicDocument d where d.organisationId in ?1 and d.mode <> ru.nastavnik.publishing.internal.DocumentMode.HIDDEN order by d.orderDate desc, d.title, d.part")
    List<PublicDocument> shownBy(Collection<UUID> organisations);

    @Query("select distinct d from PublicDocument d join d.people n where n.personId = ?1 and n.hidden = false")
    List<PublicDocument> naming(UUID person);
}
