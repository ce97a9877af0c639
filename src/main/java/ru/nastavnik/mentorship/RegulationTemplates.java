package ru.nastavnik.mentorship;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.TemplateBuilder;

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
        TemplateBuilder b = approved(TemplateBuilder.a4())
                .centered("ПОЛОЖЕНИЕ", true)
                .centered("о системе наставничества педагогических работников в {{organisation.namePrepositional}}", true)
                .centered("(редакция № {{regulation.version}})", false)
                .emptyLine();
        RegulationText.sections().forEach(section -> {
            b.centered(section.title(), true);
            section.points().forEach(b::justified);
        });
        return DefaultTemplate.of(REGULATION, b, RegulationModel::sample);
    }

    @Bean
    DefaultTemplate roadmapTemplate() {
        return DefaultTemplate.of(ROADMAP, approved(TemplateBuilder.a4())
                .centered("Дорожная карта", true)
                .centered("(план мероприятий)", true)
                .centered("по реализации Положения о системе наставничества педагогических работников "
                        + "в {{organisation.namePrepositional}}", true)
                .emptyLine()
                .table(new int[] { 18, 45, 102 }, List.of("№ п/п", "Наименование этапа",
                        "Содержание деятельности и примерный план мероприятий"),
                        "stages", List.of("{{item.number}}", "{{item.title}}", "{{item.content}}")), RegulationModel::sample);
    }

    /**
     * «Приложение № 1 к приказу от … № …» and the grif «УТВЕРЖДЕНО приказом директора … от … № …» with the head's
     * name (ГОСТ Р 7.0.97), at the right; blanks while the order is a draft.
     */
    private static TemplateBuilder approved(TemplateBuilder document) {
        return document.right("{{appendix.title}}")
                .right("к приказу от {{approval.date}} № {{approval.number}}")
                .emptyLine()
                .right("УТВЕРЖДЕНО")
                .right("приказом {{approval.byHead}}")
                .right("{{organisation.nameGenitive}}")
                .right("от {{approval.date}} № {{approval.number}}")
                .right("{{organisation.headName}}")
                .emptyLine();
    }
}
