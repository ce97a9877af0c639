package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;

/** Made-up values for every field of the pairs' templates: the preview and the check of an uploaded template. */
final class DocumentSamples {

    private DocumentSamples() {}

    static OrganisationSummary school() {
        return new OrganisationSummary(
                null,
                null,
                null,
                "МБОУ «Средняя школа № 1»",
                "СШ № 1",
                "Europe/Moscow",
                new Requisites(
                        "г. Энск, ул. Школьная, д. 1",
                        "3400000000",
                        "1023400000000",
                        "https://school1.example.ru",
                        new HeadName("Петров", "Иван", "Ильич", Gender.MALE),
                        "Директор"));
    }

    static Map<String, Object> model() {
        StaffData mentor = new StaffData(
                "Петрова",
                "Анна",
                "Ивановна",
                Gender.FEMALE,
                LocalDate.of(1975, 2, 3),
                null,
                List.of("учитель математики"),
                List.of("математика"),
                25,
                22,
                null,
                "высшее",
                null,
                null,
                null,
                "15",
                LocalDate.of(2019, 9, 1));
        OrganisationSummary school = school();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", DocumentModels.organisation(school));
        model.put("order", Map.of("number", "15-о", "date", "01.09.2026"));
        model.put("approval", Map.of("number", "16-о", "date", "05.09.2026"));
        // said only when the programme was completed early or with activities undone (ProgrammeDocument)
        model.put("completion", "Программа завершена 20.04.2027 досрочно: наставляемая переведена в другую школу.");
        model.put(
                "pairs",
                List.of(Map.of(
                        "number",
                        "1",
                        "mentors",
                        "Петрова Анна Ивановна, учитель математики",
                        "mentees",
                        "Сидоров Олег Петрович, учитель математики",
                        "form",
                        "традиционная (один на один)",
                        "period",
                        "01.09.2026 – 31.05.2027",
                        "endedOn",
                        "15.01.2027",
                        "reason",
                        "по инициативе наставника")));
        model.put(
                "acquainted",
                List.of(Map.of("number", "1", "fullName", "Петрова Анна Ивановна", "position", "учитель")));
        model.put("curator", "заместителя директора по учебно-воспитательной работе Иванову Ирину Ивановну");
        model.put("mentor", DocumentModels.person(mentor));
        model.put("mentors", "Петрова Анна Ивановна, учитель математики");
        model.put("mentees", "Сидорова Олега Петровича, учителя математики");
        model.put("form", "традиционная (один на один)");
        model.put("startsOn", "01.09.2026");
        model.put("endsOn", "31.05.2027");
        model.put("payment", "в размере 3 000 (три тысячи) рублей 00 копеек в месяц за наставничество в паре (группе)");
        model.put("goal", "Успешная адаптация молодого специалиста");
        model.put("tasks", "— Дисциплина и мотивация на уроке");
        model.put(
                "activities",
                List.of(Map.of(
                        "need",
                        "Дисциплина и мотивация на уроке",
                        "title",
                        "Разбор ситуаций на уроке",
                        "due",
                        "15.10.2026",
                        "responsible",
                        "наставник и наставляемый",
                        "expected",
                        "Выстроены правила работы в классе",
                        "reportForm",
                        "анализ урока",
                        "done",
                        "")));
        model.put("menteeEvaluation", "");
        model.put("mentorEvaluation", "");
        model.put("mentorSignature", "А. И. Петрова");
        model.put("period", Map.of("from", "01.11.2026", "to", "30.11.2026"));
        model.put("rules", "с 01.09.2026: 3000 руб. в месяц за каждую пару (группу)");
        model.put(
                "payments",
                List.of(Map.of(
                        "number",
                        "1",
                        "fullName",
                        "Петрова Анна Ивановна",
                        "position",
                        "учитель математики",
                        "mentees",
                        "Сидоров Олег Петрович",
                        "days",
                        "30",
                        "roubles",
                        "3000.00",
                        "rateShare",
                        "0.0000")));
        model.put("totalRoubles", "3000.00");
        model.put(
                "gratitude",
                Map.of(
                        "mentor",
                        "Петровой Анне Ивановне, учителю математики",
                        "mentees",
                        "наставляемый — Сидоров Олег Петрович"));
        model.put("menteeSignature", "О. П. Сидоров");
        return model;
    }
}
