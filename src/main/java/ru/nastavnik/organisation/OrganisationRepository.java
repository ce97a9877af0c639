package ru.nastavnik.organisation;

import java.util.List;
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

    @Query("select o from Organisation o order by o.kind, o.name")
    List<Organisation> allOrdered();

    boolean existsByParentIdAndNameIgnoreCase(UUID parentId, String name);

    boolean existsByParentIdIsNullAndNameIgnoreCase(String name);
}
