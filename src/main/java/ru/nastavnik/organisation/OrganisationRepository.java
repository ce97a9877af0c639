package ru.nastavnik.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    @Query(value = """
            with recursive tree as (
                select * from organisation where id = :root
                union all
                select o.* from organisation o join tree t on o.parent_id = t.id
            )
            select * from tree order by kind, name""", nativeQuery = true)
    List<Organisation> subtree(UUID root);

    /** The organisation and those above it, nearest first (one query, not one per level: it runs on every page). */
    @Query(value = """
            with recursive up(id, parent_id, depth) as (
                select id, parent_id, 0 from organisation where id = :id
                union all
                select o.id, o.parent_id, u.depth + 1 from organisation o join up u on o.id = u.parent_id where u.depth < 10
            )
            select id from up order by depth""", nativeQuery = true)
    List<UUID> lineage(UUID id);

    @Query("select o.kind from Organisation o where o.id = :id")
    Optional<OrganisationKind> kindOf(UUID id);

    @Query("select o from Organisation o order by o.kind, o.name")
    List<Organisation> allOrdered();

    boolean existsByParentIdAndNameIgnoreCase(UUID parentId, String name);

    boolean existsByParentIdIsNullAndNameIgnoreCase(String name);
}
