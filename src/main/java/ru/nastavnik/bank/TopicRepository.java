package ru.nastavnik.bank;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TopicRepository extends JpaRepository<Topic, UUID> {

    @Query(
            "select t from Topic t where t.active = true and (t.organisationId is null or t.organisationId in :owners) order by t.title")
    List<Topic> visibleTo(Collection<UUID> owners);
}
