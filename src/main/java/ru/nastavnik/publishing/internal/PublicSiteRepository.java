package ru.nastavnik.publishing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicSiteRepository extends JpaRepository<PublicSite, UUID> {

    @Query("select s from PublicSite s where s.slug = ?1")
    Optional<PublicSite> bySlug(String slug);

    @Query("select s from PublicSite s where s.organisationId in ?1")
    List<PublicSite> of(Collection<UUID> organisations);
}
