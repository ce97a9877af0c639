package ru.nastavnik.training;

import java.util.List;
import ru.nastavnik.shared.OrganisationId;

/**
 * The needs vocabulary an organisation uses (its own additions, its municipality's and region's, the defaults).
 * The vocabulary belongs to {@code bank}, which {@code training} may not use; a module downstream of both
 * implements this (mentorship's {@code TrainingTopics}), so that no cycle forms.
 */
public interface TopicCatalogue {

    List<MaterialTopic> topics(OrganisationId organisation);
}
