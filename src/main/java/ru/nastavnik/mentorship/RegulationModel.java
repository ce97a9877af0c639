package ru.nastavnik.mentorship;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.nastavnik.bank.BankSettingsView;
import ru.nastavnik.bank.MentoringForms;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.shared.web.Dates;

/**
 * The fields of the Regulation and the roadmap: the organisation's requisites, the approval order's number and
 * date (blanks while it is a draft), the version, and the settings the Regulation states — the forms of mentoring,
 * the mentees a mentor may take (the bank's capacity limits), the programme's term. The roadmap's table is the
 * system's seven stages until {@link RoadmapTable} puts the school's own plan in their place.
 */
final class RegulationModel {

    /** The term {@link NewMentorship} enforces (the 2021 recommendations: a short programme, 3 months to a year). */
    static final String PROGRAMME_TERM = "от трёх месяцев до одного года";

    private RegulationModel() {}

    static Map<String, Object> of(
            OrganisationSummary organisation,
            BankSettingsView limits,
            List<String> forms,
            OrderView order,
            Integer version) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> org = DocumentModels.organisation(organisation);
        model.put("organisation", org);
        boolean registered = order != null && order.number() != null && order.orderDate() != null;
        model.put(
                "approval",
                Map.of(
                        "number",
                        registered ? order.number() : "______",
                        "date",
                        registered ? Dates.DATE.format(order.orderDate()) : "«____» ______________ 20___ г.",
                        "byHead",
                        inText((String) org.get("headPositionGenitive"))));
        model.put(
                "regulation",
                Map.of(
                        "version",
                        version == null ? "1" : version.toString(),
                        "forms",
                        String.join(", ", forms),
                        "maxMentees",
                        Integer.toString(limits.maxCapacity()),
                        "defaultMentees",
                        Integer.toString(limits.defaultCapacity()),
                        "duration",
                        PROGRAMME_TERM));
        String page =
                organisation.requisites() == null || organisation.requisites().mentorshipPage() == null
                        ? (String) org.get("website")
                        : organisation.requisites().mentorshipPage();
        model.put("stages", stages(limits.maxCapacity(), page));
        model.put("roadmap", RoadmapTable.flags(false, List.of()));
        return model;
    }

    /** The same document as appendix {@code number} of its order. */
    static Map<String, Object> appendix(Map<String, Object> model, int number) {
        Map<String, Object> copy = new LinkedHashMap<>(model);
        copy.put("appendix", Map.of("title", "Приложение № " + number));
        return copy;
    }

    /** Made-up values for the preview and the check of an uploaded Regulation or roadmap. */
    static Map<String, Object> sample() {
        Map<String, Object> model = new LinkedHashMap<>(DocumentSamples.model());
        Map<String, Object> own =
                of(DocumentSamples.school(), new BankSettingsView(2, 3, 0), MentoringForms.DEFAULTS, null, 1);
        own.remove("organisation");
        model.putAll(appendix(own, 1));
        model.put("approval", Map.of("number", "15-о", "date", "01.09.2026", "byHead", "директора"));
        return model;
    }

    /** The seven stages of the roadmap in the system's own wording (the source document's stages, renumbered). */
    static List<Map<String, String>> stages(int maxMentees, String page) {
        List<String[]> stages = List.of(
                new String[] {
                    "Подготовка условий для реализации системы наставничества",
                    "1) Подготовка и принятие локальных актов организации: приказ «Об утверждении Положения о системе "
                            + "наставничества педагогических работников и дорожной карты» (приложение № 1 — Положение, "
                            + "приложение № 2 — дорожная карта (план мероприятий) по его реализации).\n"
                            + "2) Приказы о закреплении наставнических пар (групп) с письменного согласия их участников "
                            + "на возложение дополнительных обязанностей, связанных с наставничеством (статья 351.8 "
                            + "Трудового кодекса Российской Федерации), и дополнительные соглашения к трудовым договорам.\n"
                            + "3) Подготовка персонализированных программ наставничества — при наличии наставляемых."
                },
                new String[] {
                    "Формирование банка наставляемых",
                    "1) Сбор сведений о профессиональных запросах и затруднениях педагогов (анкетирование).\n"
                            + "2) Формирование банка данных наставляемых, получение согласий на обработку персональных "
                            + "данных."
                },
                new String[] {
                    "Формирование банка наставников",
                    "1) Анкетирование потенциальных наставников, желающих участвовать в персонализированных "
                            + "программах наставничества.\n"
                            + "2) Формирование банка данных наставников (не более " + maxMentees + " наставляемых на "
                            + "одного наставника), получение согласий на обработку персональных данных."
                },
                new String[] {
                    "Отбор и обучение наставников",
                    "1) Анализ банка наставников и подбор наставников для персонализированной программы педагога "
                            + "(группы педагогов).\n"
                            + "2) Обучение наставников: методические материалы для сопровождения наставнической "
                            + "деятельности; консультации и обмен опытом между наставниками («установочные сессии»)."
                },
                new String[] {
                    "Организация и осуществление работы наставнических пар (групп)",
                    "1) Формирование наставнических пар (групп).\n"
                            + "2) Разработка персонализированной программы наставничества для каждой пары (группы) на "
                            + "срок " + PROGRAMME_TERM + ".\n"
                            + "3) Психолого-педагогическая поддержка наставляемых, не сформировавших пару или группу (при "
                            + "необходимости), продолжение поиска наставника."
                },
                new String[] {
                    "Завершение персонализированных программ наставничества",
                    "1) Мониторинг качества реализации персонализированных программ наставничества (анкетирование).\n"
                            + "2) Конференция или семинар в организации.\n"
                            + "3) Итоговое мероприятие (круглый стол) по выявлению лучших практик наставничества; "
                            + "пополнение методической копилки практик наставничества."
                },
                new String[] {
                    "Информационная поддержка системы наставничества",
                    "Освещение мероприятий дорожной карты на всех этапах на официальном сайте организации ("
                            + page + ") и в социальных сетях, по возможности — на муниципальном и региональном "
                            + "уровнях."
                });
        return java.util.stream.IntStream.range(0, stages.size())
                .mapToObj(i -> Map.of(
                        "number",
                        (i + 1) + ".",
                        "title",
                        stages.get(i)[0],
                        "content",
                        stages.get(i)[1],
                        "deadline",
                        "",
                        "responsible",
                        ""))
                .toList();
    }

    /** «директора»: the head's position inside the grif, in lower case unless it is an abbreviation. */
    private static String inText(String position) {
        if (position == null || position.length() < 2 || Character.isUpperCase(position.charAt(1))) {
            return position == null ? "" : position;
        }
        return position.substring(0, 1).toLowerCase(Locale.ROOT) + position.substring(1);
    }
}
