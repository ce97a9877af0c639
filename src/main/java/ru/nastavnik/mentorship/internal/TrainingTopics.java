package ru.nastavnik.mentorship.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.training.MaterialTopic;
import ru.nastavnik.training.TopicCatalogue;

/**
 * Lends training the bank's needs vocabulary: training may not use bank (the design's module table), and mentorship,
 * which uses both, is where the two meet without a cycle. The materials are matched to the pairs' needs by code.
 */
@Component
class TrainingTopics implements TopicCatalogue {

    private final Vocabulary vocabulary;

    TrainingTopics(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public List<MaterialTopic> topics(OrganisationId organisation) {
        return vocabulary.of(organisation).stream()
                .map(t -> new MaterialTopic(t.code(), t.title()))
                .toList();
    }
}
