package ru.nastavnik.training;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.training.internal.MaterialManagement;

/**
 * The methodical materials other modules may read: the suggestions on a pair's needs. Publishing, searching and
 * downloading are the module's own pages' business ({@link MaterialManagement}).
 */
@Service
public class Materials {

    private final MaterialManagement materials;

    Materials(MaterialManagement materials) {
        this.materials = materials;
    }

    /**
     * The materials of the school (and the territory above) on the given topics, most topics in common first: what
     * a pair's cabinet and each activity of its programme suggest. The caller's module has checked the reader.
     */
    public List<MaterialView> suggested(
            OrganisationId school, Collection<String> topics, MaterialAudience audience, int limit) {
        return materials.suggested(school, topics, audience, limit);
    }
}
