package ru.nastavnik.bank;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TopicRepository extends JpaRepository<Topic, UUID> {

    /** The owners one array parameter: a list parameter's query is translated into SQL anew on every call. */
    default List<Topic> visibleTo(Collection<UUID> owners) {
        return visibleToAny(owners.toArray(UUID[]::new));
    }

    @Query(
            "select t from Topic t where t.active = true and (t.organisationId is null or among(t.organisationId, :owners))"
                    + " order by t.title")
    List<Topic> visibleToAny(UUID[] owners);
}
