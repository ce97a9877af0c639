package ru.nastavnik.consent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.web.Dates;

/** The placeholders a consent form may use, filled for one person; names already declined. */
final class ConsentModel {

    private static final String BLANK = DocumentModels.BLANK;

    private ConsentModel() {}

    static Map<String, Object> of(
            OrganisationSummary organisation,
            List<OrganisationSummary> above,
            StaffData person,
            int retentionDays,
            LocalDate today) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", DocumentModels.organisation(organisation));
        model.put(
                "municipality",
                above.stream()
                        .filter(o -> o.kind().name().equals("MUNICIPALITY"))
                        .findFirst()
                        .map(OrganisationSummary::name)
                        .orElse(BLANK));
        model.put(
                "region",
                above.stream()
                        .filter(o -> o.kind().name().equals("REGION"))
                        .findFirst()
                        .map(OrganisationSummary::name)
                        .orElse(BLANK));
        model.put("recipients", recipients(above));
        // a consent printed for a person, not yet for a pair: the mentee, form and term are written in by hand
        // (the pair's page prints this consent filled in: MentorshipDocuments)
        model.put("mentees", BLANK + "____________________");
        model.put("form", BLANK);
        model.put("startsOn", "«____» __________ 20___ г.");
        model.put("endsOn", "«____» __________ 20___ г.");
        model.put("person", DocumentModels.person(person, DocumentModels.overrides(organisation)));
        model.put("retentionDays", Integer.toString(retentionDays));
        model.put("today", Dates.DATE.format(today));
        model.put("year", Integer.toString(today.getYear()));
        return model;
    }

    /**
     * The bodies that receive the data for the shared bank, with their addresses (152-ФЗ art. 9 part 4 item 6):
     * the municipality and the region above the school, nearest first.
     */
    static String recipients(List<OrganisationSummary> above) {
        List<String> bodies = above.stream()
                .filter(o -> o.kind().name().equals("MUNICIPALITY")
                        || o.kind().name().equals("REGION"))
                .map(o -> o.name()
                        + (o.requisites() == null || o.requisites().address() == null
                                ? ""
                                : " (адрес: " + o.requisites().address() + ")"))
                .toList();
        return bodies.isEmpty() ? BLANK + BLANK : String.join("; ", bodies);
    }

    static Map<String, Object> sample() {
        StaffData person = new StaffData(
                "Иванова",
                "Мария",
                "Петровна",
                Gender.FEMALE,
                LocalDate.of(1990, 5, 17),
                null,
                List.of("учитель"),
                List.of("математика"),
                8,
                6,
                null,
                "высшее",
                null,
                null,
                null);
        OrganisationSummary organisation = new OrganisationSummary(
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
        return of(organisation, List.of(), person, ConsentSettings.DEFAULT_RETENTION_DAYS, LocalDate.of(2026, 9, 1));
    }
}
