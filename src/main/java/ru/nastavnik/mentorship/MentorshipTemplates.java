package ru.nastavnik.mentorship;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.TemplateBuilder;

/**
 * The documents that make a pair legal (Labour Code art. 351.8): the order assigning pairs and groups with the
 * ГОСТ Р 7.0.97 requisites (heading, «ПРИКАЗЫВАЮ», the control clause, the signature and the familiarisation
 * sheet), and the supplementary agreement to the mentor's employment contract. Schools replace either with
 * their own DOCX.
 */
@Configuration(proxyBeanMethods = false)
class MentorshipTemplates {

    static final String ORDER = "mentorship-order-assignment";
    static final String AGREEMENT = "mentorship-agreement";
    static final String PROGRAMME = "mentorship-programme";
    static final String PROGRAMME_ORDER = "mentorship-order-programmes";
    static final String REGULATION_ORDER = "mentorship-order-regulation";
    static final String TERMINATION_ORDER = "mentorship-order-termination";
    static final String PAYMENT_ORDER = "mentorship-order-payment";
    static final String COMPLETION_ORDER = "mentorship-order-completion";
    static final String GRATITUDE = "mentorship-gratitude";

    @Bean
    DefaultTemplate assignmentOrderTemplate() {
        return template(ORDER, signed(orderHead("О закреплении наставнических пар (групп)")
                .justified("В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации, Положением о системе "
                        + "наставничества педагогических работников, на основании письменных согласий работников на "
                        + "выполнение работы по наставничеству и дополнительных соглашений к трудовым договорам")
                .paragraph("ПРИКАЗЫВАЮ:")
                .justified("1. Закрепить наставнические пары (группы) в следующем составе:")
                .table(new int[] { 10, 45, 45, 35, 30 }, List.of("№", "Наставник", "Наставляемый", "Форма наставничества", "Срок"),
                        "pairs", List.of("{{index}}", "{{item.mentors}}", "{{item.mentees}}", "{{item.form}}", "{{item.period}}"))
                .justified("2. Наставникам в течение месяца со дня издания приказа разработать совместно с "
                        + "наставляемыми персонализированные программы наставничества и представить их куратору "
                        + "наставничества.")
                .justified("3. Установить наставникам выплату за наставничество в размере {{organisation.mentoringPayment}} "
                        + "на условиях, определённых дополнительными соглашениями к трудовым договорам и положением об "
                        + "оплате труда.")
                .justified("4. Куратору наставничества обеспечить организационно-методическое сопровождение "
                        + "наставнических пар (групп) и мониторинг реализации программ.")
                .justified("5. Контроль за исполнением приказа оставляю за собой.")));
    }

    @Bean
    DefaultTemplate agreementTemplate() {
        return template(AGREEMENT, TemplateBuilder.a4()
                .centered("ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ", true)
                .centered("к трудовому договору от {{mentor.contractDate}} № {{mentor.contractNumber}}", true)
                .centered("о выполнении работы по наставничеству", true)
                .emptyLine()
                .paragraph("{{organisation.locality}}                                                  «____» ______________ 20___ г.")
                .emptyLine()
                .justified("{{organisation.name}} (далее — работодатель), от имени которого на основании устава "
                        + "действует {{organisation.headPositionInText}} {{organisation.headName}}, и {{mentor.fullName}}, "
                        + "{{mentor.position}} (далее — работник), заключили настоящее соглашение о нижеследующем.")
                .justified("1. Работник с его письменного согласия выполняет работу по наставничеству (статья 351.8 "
                        + "Трудового кодекса Российской Федерации) в отношении: {{mentees}}.")
                .justified("2. Содержание наставничества: оказание наставляемым помощи в профессиональной адаптации и "
                        + "развитии в соответствии с Положением о системе наставничества и персонализированной программой "
                        + "наставничества, разработанной совместно с наставляемым.")
                .justified("3. Форма наставничества: {{form}}. Срок наставничества: с {{startsOn}} по {{endsOn}}.")
                .justified("4. За выполнение работы по наставничеству работнику устанавливается выплата в размере "
                        + "{{organisation.mentoringPayment}} в порядке, предусмотренном положением об оплате труда "
                        + "работодателя, на весь срок наставничества.")
                .justified("5. Работник вправе отказаться от выполнения работы по наставничеству в любое время, "
                        + "письменно уведомив работодателя. Работодатель вправе досрочно отменить поручение о "
                        + "наставничестве, предупредив работника не менее чем за три рабочих дня.")
                .justified("6. Соглашение составлено в двух экземплярах, по одному для каждой стороны, является "
                        + "неотъемлемой частью трудового договора и вступает в силу со дня подписания.")
                .emptyLine()
                .paragraph("Работодатель: {{organisation.headPosition}} ______________ / {{organisation.headName}}")
                .paragraph("Работник: ______________ / {{mentor.initialsSurname}}")
                .paragraph("Экземпляр соглашения получил(а): ______________ «____» ______________ 20___ г."));
    }

    @Bean
    DefaultTemplate programmeApprovalOrderTemplate() {
        return template(PROGRAMME_ORDER, signed(orderHead("Об утверждении персонализированных программ наставничества")
                .justified("В соответствии с Положением о системе наставничества педагогических работников и на основании "
                        + "представления куратора наставничества")
                .paragraph("ПРИКАЗЫВАЮ:")
                .justified("1. Утвердить персонализированные программы наставничества наставнических пар (групп) "
                        + "(приложения к приказу):")
                .table(new int[] { 10, 45, 45, 35, 30 }, List.of("№", "Наставник", "Наставляемый", "Форма наставничества", "Срок"),
                        "pairs", List.of("{{index}}", "{{item.mentors}}", "{{item.mentees}}", "{{item.form}}", "{{item.period}}"))
                .justified("2. Наставникам и наставляемым обеспечить выполнение программ в установленные сроки, куратору "
                        + "наставничества — мониторинг их реализации.")
                .justified("3. Контроль за исполнением приказа оставляю за собой.")));
    }

    /** Early end: by the mentor's refusal, or by the employer with at least three working days' notice. */
    @Bean
    DefaultTemplate terminationOrderTemplate() {
        return template(TERMINATION_ORDER, signed(orderHead("О досрочном прекращении наставничества")
                .justified("В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации и Положением о системе "
                        + "наставничества педагогических работников")
                .paragraph("ПРИКАЗЫВАЮ:")
                .justified("1. Прекратить досрочно наставничество в наставнических парах (группах):")
                .table(new int[] { 10, 42, 42, 31, 40 }, List.of("№", "Наставник", "Наставляемый", "Дата прекращения", "Основание"),
                        "pairs", List.of("{{index}}", "{{item.mentors}}", "{{item.mentees}}", "{{item.endedOn}}", "{{item.reason}}"))
                .justified("2. Прекратить выплату за наставничество с даты прекращения.")
                .justified("3. Куратору наставничества организовать поиск наставников для наставляемых, оставшихся без пары.")
                .justified("4. Контроль за исполнением приказа оставляю за собой.")));
    }

    /**
     * The monthly order on mentoring payments (Labour Code art. 351.8: an incentive payment within the pay system,
     * Роструд 06.05.2025 № ПГ/08383-6-1) from the statement: who, for how many days, how much — or what share of
     * the rate, which the accountant applies to it.
     */
    @Bean
    DefaultTemplate paymentOrderTemplate() {
        return template(PAYMENT_ORDER, signed(orderHead("О выплате за наставническую деятельность")
                .justified("В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации, Положением о системе "
                        + "наставничества педагогических работников, положением об оплате труда и дополнительными "
                        + "соглашениями к трудовым договорам наставников")
                .paragraph("ПРИКАЗЫВАЮ:")
                .justified("1. Произвести выплату за наставническую деятельность за период с {{period.from}} по {{period.to}} "
                        + "(правила выплат: {{rules}}) следующим работникам:")
                .table(new int[] { 8, 40, 32, 35, 15, 20, 18 },
                        List.of("№", "ФИО", "Должность", "Наставляемые", "Дней", "Сумма, руб.", "Доля ставки"),
                        "payments", List.of("{{index}}", "{{item.fullName}}", "{{item.position}}", "{{item.mentees}}",
                                "{{item.days}}", "{{item.roubles}}", "{{item.rateShare}}"), 9)
                .justified("Итого: {{totalRoubles}} руб. (без учёта выплат, установленных в долях ставки).")
                .justified("2. Главному бухгалтеру произвести начисление выплат в соответствии с пунктом 1 настоящего приказа.")
                .justified("3. Контроль за исполнением приказа оставляю за собой.")));
    }

    /** Stage 6: the programmes completed, the mentors thanked, their payment ended (Labour Code art. 351.8). */
    @Bean
    DefaultTemplate completionOrderTemplate() {
        return template(COMPLETION_ORDER, signed(orderHead(
                "О завершении реализации персонализированных программ наставничества и поощрении наставников")
                .justified("В соответствии с Положением о системе наставничества педагогических работников, по итогам "
                        + "реализации персонализированных программ наставничества")
                .paragraph("ПРИКАЗЫВАЮ:")
                .justified("1. Считать завершённой реализацию персонализированных программ наставничества в наставнических "
                        + "парах (группах):")
                .table(new int[] { 10, 45, 45, 35, 30 }, List.of("№", "Наставник", "Наставляемый", "Срок", "Дата завершения"),
                        "pairs", List.of("{{index}}", "{{item.mentors}}", "{{item.mentees}}", "{{item.period}}", "{{item.endedOn}}"))
                .justified("2. Объявить благодарность наставникам, указанным в пункте 1, за успешную реализацию программ "
                        + "наставничества.")
                .justified("3. Прекратить выплату за наставничество наставникам, указанным в пункте 1, с даты завершения "
                        + "программы.")
                .justified("4. Куратору наставничества обобщить опыт наставнических пар (групп) и представить лучшие "
                        + "практики на итоговый круглый стол.")
                .justified("5. Контроль за исполнением приказа оставляю за собой.")));
    }

    /** The «благодарность» a completion order announces: one page per mentor, the name in the dative. */
    @Bean
    DefaultTemplate gratitudeTemplate() {
        return template(GRATITUDE, TemplateBuilder.a4()
                .centered("{{organisation.name}}", true)
                .emptyLine()
                .centered("БЛАГОДАРНОСТЬ", true)
                .emptyLine()
                .centered("объявляется {{gratitude.mentor}}", false)
                .emptyLine()
                .justified("за успешную реализацию персонализированной программы наставничества ({{gratitude.mentees}}), "
                        + "профессионализм и вклад в развитие системы наставничества педагогических работников.")
                .emptyLine()
                .paragraph("Приказ от {{order.date}} № {{order.number}}")
                .emptyLine()
                .paragraph("{{organisation.headPosition}}                                                   {{organisation.headName}}"));
    }

    /** Stage 1: the Regulation, the roadmap and the curator (the basis as schools' orders of 2025 cite it). */
    @Bean
    DefaultTemplate regulationOrderTemplate() {
        return template(REGULATION_ORDER, signed(orderHead(
                "Об утверждении Положения о системе наставничества педагогических работников и дорожной карты")
                .justified("В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской "
                        + "Федерации», статьёй 351.8 Трудового кодекса Российской Федерации, распоряжением Правительства "
                        + "Российской Федерации от 21.05.2025 № 1264-р «Об утверждении Концепции развития наставничества», "
                        + "письмом Минпросвещения России и Общероссийского Профсоюза образования от 21.12.2021 "
                        + "№ АЗ-1128/08/657, уставом организации и на основании решения педагогического совета")
                .paragraph("ПРИКАЗЫВАЮ:")
                .justified("1. Утвердить Положение о системе наставничества педагогических работников (приложение № 1).")
                .justified("2. Утвердить дорожную карту (план мероприятий) по реализации Положения (приложение № 2).")
                .justified("3. Назначить куратором реализации программ наставничества {{curator}}.")
                .justified("4. Разместить Положение на официальном сайте организации.")
                .justified("5. Ознакомить педагогических работников с настоящим приказом под подпись.")
                .justified("6. Контроль за исполнением приказа оставляю за собой.")));
    }

    /** The programme in the form schools file: the approval block, the goal and tasks, the plan table, signatures. */
    @Bean
    DefaultTemplate programmeTemplate() {
        return template(PROGRAMME, TemplateBuilder.a4()
                .right("УТВЕРЖДЕНО")
                .right("приказом {{organisation.shortName}}")
                .right("от {{approval.date}} № {{approval.number}}")
                .emptyLine()
                .centered("{{organisation.name}}", true)
                .emptyLine()
                .centered("ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА", true)
                .emptyLine()
                .paragraph("Наставник: {{mentors}}")
                .paragraph("Наставляемый: {{mentees}}")
                .paragraph("Форма наставничества: {{form}}")
                .paragraph("Срок реализации: с {{startsOn}} по {{endsOn}}")
                .emptyLine()
                .paragraph("1. Цель программы")
                .justified("{{goal}}")
                .paragraph("2. Задачи (профессиональные затруднения и запросы наставляемого)")
                .justified("{{tasks}}")
                .paragraph("3. План мероприятий")
                // eight columns fit the 165 mm between the margins only in 9 pt (ГОСТ Р 7.0.97-2025 sets no font size);
                // the widths keep whole the cells' usual words (a need's title, «родительского», «наставляемый», a
                // date); a header's word longer than its column breaks at its soft hyphen (U+00AD), with a hyphen
                .table(new int[] { 7, 23, 26, 20, 24, 21, 24, 20 },
                        List.of("№", "Направ\u00adление (дефицит)", "Меро\u00adприятие", "Срок", "Ответ\u00adственный",
                                "Ожидае\u00adмый результат", "Форма отчёт\u00adности", "Отметка о выпол\u00adнении"),
                        "activities", List.of("{{index}}", "{{item.need}}", "{{item.title}}", "{{item.due}}",
                                "{{item.responsible}}", "{{item.expected}}", "{{item.reportForm}}", "{{item.done}}"), 9)
                .paragraph("4. Итоговая оценка")
                .justified("Самооценка наставляемого: {{menteeEvaluation}}")
                .justified("Оценка наставника: {{mentorEvaluation}}")
                .justified("{{completion}}")
                .emptyLine()
                .paragraph("Наставник ______________ / {{mentorSignature}}")
                .paragraph("Наставляемый ______________ / {{menteeSignature}}")
                .paragraph("Куратор ______________ / {{organisation.curatorSignature}}"));
    }

    /** An order's requisites (ГОСТ Р 7.0.97): organisation, document type, date and number, then its heading. */
    private static TemplateBuilder orderHead(String heading) {
        return TemplateBuilder.a4()
                .centered("{{organisation.founder}}", false)
                .centered("{{organisation.name}}", true)
                .emptyLine()
                .centered("ПРИКАЗ", true)
                .emptyLine()
                .paragraph("{{order.date}}                                                                                 № {{order.number}}")
                .centered("{{organisation.locality}}", false)
                .emptyLine()
                .paragraph(heading)
                .emptyLine();
    }

    /** The head's signature and the familiarisation sheet (Labour Code art. 22) that end every order. */
    private static TemplateBuilder signed(TemplateBuilder order) {
        return order.emptyLine()
                .paragraph("{{organisation.headPosition}}                                                   {{organisation.headName}}")
                .emptyLine()
                .paragraph("Исп.: {{organisation.executor}}")
                .emptyLine()
                .paragraph("С приказом ознакомлены:")
                .table(new int[] { 10, 65, 45, 22, 23 }, List.of("№", "ФИО", "Должность", "Дата", "Подпись"),
                        "acquainted", List.of("{{index}}", "{{item.fullName}}", "{{item.position}}", "", ""));
    }

    private static DefaultTemplate template(String kind, TemplateBuilder builder) {
        return DefaultTemplate.of(kind, builder, DocumentSamples::model);
    }
}
