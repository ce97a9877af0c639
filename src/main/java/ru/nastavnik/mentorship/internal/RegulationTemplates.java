package ru.nastavnik.mentorship.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;

/**
 * The two appendices of the stage-1 order: the Regulation on the mentorship system (its sections as schools'
 * regulations of 2022–2025 have them, on the basis of the 2021 recommendations, the 2030 concept and Labour Code
 * art. 351.8) and the roadmap of its seven stages. Schools replace either with their own DOCX.
 */
@Configuration(proxyBeanMethods = false)
class RegulationTemplates {

    static final String REGULATION = "mentorship-regulation";
    static final String ROADMAP = "mentorship-roadmap";

    @Bean
    DefaultTemplate regulationTemplate() {
        return DefaultTemplate.of(REGULATION, RegulationModel::sample);
    }

    @Bean
    DefaultTemplate roadmapTemplate() {
        return DefaultTemplate.of(ROADMAP, RegulationModel::sample);
    }
}
