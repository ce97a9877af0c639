package ru.nastavnik.bank.web;

import java.util.Map;
import org.springframework.ui.Model;
import ru.nastavnik.bank.BankCapacities;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MentoringForms;
import ru.nastavnik.bank.TopicView;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** What the bank forms offer to choose from: the vocabulary, categories, training statuses, forms, load limits. */
final class BankChoices {

    private BankChoices() {}

    /** The vocabulary, as a list for the pickers and as code → title for showing an entry's needs. */
    static Map<String, String> topics(Vocabulary vocabulary, OrganisationId organisation, Model model) {
        var topics = vocabulary.of(organisation);
        Map<String, String> titles = topics.stream()
                .collect(java.util.stream.Collectors.toMap(TopicView::code, TopicView::title, (a, b) -> a));
        model.addAttribute("topics", topics);
        model.addAttribute("topicTitles", titles);
        return titles;
    }

    static void mentee(Vocabulary vocabulary, OrganisationId organisation, Model model) {
        topics(vocabulary, organisation, model);
        model.addAttribute("organisationId", organisation);
        model.addAttribute("categories", MenteeCategory.values());
    }

    /** The vocabulary's titles by code are returned for the rows. */
    static Map<String, String> mentor(
            Vocabulary vocabulary,
            BankCapacities capacities,
            NastavnikPrincipal me,
            OrganisationId organisation,
            Model model) {
        Map<String, String> titles = topics(vocabulary, organisation, model);
        model.addAttribute("organisationId", organisation);
        model.addAttribute("trainings", TrainingStatus.values());
        model.addAttribute("forms", MentoringForms.DEFAULTS);
        model.addAttribute("limits", capacities.capacityLimits(me, organisation));
        return titles;
    }
}
