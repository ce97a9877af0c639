package ru.nastavnik.consent.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.web.Dates;

/** The placeholders a consent form may use, filled for one person; names already declined. */
final class ConsentModel {

    private static final String BLANK = DocumentModels.BLANK;
    private static final String BLANK_DATE = "«____» __________ 20___ г.";
    /** The term's end closes the form's sentence: the sentence's full stop ends the year's abbreviation too. */
    private static final String BLANK_END_DATE = BLANK_DATE.substring(0, BLANK_DATE.length() - 1);

    private ConsentModel() {}

    static Map<String, Object> of(
            OrganisationSummary organisation,
            List<OrganisationSummary> above,
            StaffData person,
            int retentionDays,
            LocalDate today) {
        return of(organisation, above, person, retentionDays, today, Map.of());
    }

    static Map<String, Object> of(
            OrganisationSummary organisation,
            List<OrganisationSummary> above,
            StaffData person,
            int retentionDays,
            LocalDate today,
            Map<DistributionChannel, String> resources) {
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
        model.put("startsOn", BLANK_DATE);
        model.put("endsOn", BLANK_END_DATE);
        model.put("person", DocumentModels.person(person, DocumentModels.overrides(organisation)));
        model.put("retentionDays", Integer.toString(retentionDays));
        model.put("distribution", distribution(organisation, resources));
        model.put("today", Dates.DATE.format(today));
        model.put("year", Integer.toString(today.getYear()));
        return model;
    }

    /**
     * The bodies that receive the data for the shared bank, with their addresses (152-ФЗ art. 9 part 4 item 6):
     * the municipality and the region above the school, nearest first; an unknown address left to fill in.
     */
    static String recipients(List<OrganisationSummary> above) {
        List<String> bodies = above.stream()
                .filter(o -> o.kind().name().equals("MUNICIPALITY")
                        || o.kind().name().equals("REGION"))
                // an address the body has not given is a blank to fill in: the law asks for it, it is not optional
                .map(o -> o.name()
                        + " (адрес: "
                        + (o.requisites() == null || o.requisites().address() == null
                                ? BLANK + BLANK
                                : o.requisites().address())
                        + ")")
                .toList();
        return bodies.isEmpty() ? BLANK + BLANK : String.join("; ", bodies);
    }

    /**
     * The resources' addresses the consent to distribution names (Приказ Роскомнадзора № 18): the section here, the
     * Telegram channel and VK community the school posts to — or, where it has not set one up for posting, its
     * official page on that network from its requisites; a blank to fill in by hand when neither is known.
     */
    static Map<String, Object> distribution(
            OrganisationSummary organisation, Map<DistributionChannel, String> resources) {
        List<String> pages = organisation.requisites() == null
                ? List.of()
                : organisation.requisites().socialPageList();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("section", resources.getOrDefault(DistributionChannel.SECTION, BLANK));
        map.put("telegram", resources.getOrDefault(DistributionChannel.TELEGRAM, page(pages, "t.me/", "telegram")));
        map.put("vk", resources.getOrDefault(DistributionChannel.VK, page(pages, "vk.com/", "vk.ru/")));
        return map;
    }

    private static String page(List<String> pages, String... hosts) {
        return pages.stream()
                .filter(p -> java.util.Arrays.stream(hosts)
                        .anyMatch(h -> p.toLowerCase(java.util.Locale.ROOT).contains(h)))
                .findFirst()
                .orElse(BLANK);
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
        return of(
                organisation,
                List.of(),
                person,
                ConsentSettings.DEFAULT_RETENTION_DAYS,
                LocalDate.of(2026, 9, 1),
                Map.of(
                        DistributionChannel.SECTION, "https://nastavnik.example.ru/o/school1/nastavnichestvo",
                        DistributionChannel.TELEGRAM, "https://t.me/school1_news",
                        DistributionChannel.VK, "https://vk.com/club123456"));
    }
}
