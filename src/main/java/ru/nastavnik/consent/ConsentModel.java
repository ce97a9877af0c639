package ru.nastavnik.consent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.web.Dates;

/** The placeholders a consent form may use, filled for one person; names already declined. */
final class ConsentModel {

    private static final String BLANK = "____________________";

    private ConsentModel() {
    }

    static Map<String, Object> of(OrganisationSummary organisation, List<OrganisationSummary> above, StaffData person,
            int retentionDays, LocalDate today) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", organisation(organisation));
        model.put("municipality", above.stream().filter(o -> o.kind().name().equals("MUNICIPALITY")).findFirst()
                .map(OrganisationSummary::name).orElse(BLANK));
        model.put("region", above.stream().filter(o -> o.kind().name().equals("REGION")).findFirst()
                .map(OrganisationSummary::name).orElse(BLANK));
        model.put("person", person(person));
        model.put("retentionDays", Integer.toString(retentionDays));
        model.put("today", Dates.DATE.format(today));
        model.put("year", Integer.toString(today.getYear()));
        return model;
    }

    static Map<String, Object> sample() {
        StaffData person = new StaffData("Иванова", "Мария", "Петровна", Gender.FEMALE, LocalDate.of(1990, 5, 17), null,
                List.of("учитель"), List.of("математика"), 8, 6, null, "высшее", null, null, null);
        OrganisationSummary organisation = new OrganisationSummary(null, null, null, "МБОУ «Средняя школа № 1»", "СШ № 1",
                "Europe/Moscow", new Requisites("г. Энск, ул. Школьная, д. 1", "3400000000", "1023400000000",
                        "https://school1.example.ru", "И. И. Петров", "Директор"));
        return of(organisation, List.of(), person, ConsentSettings.DEFAULT_RETENTION_DAYS, LocalDate.of(2026, 9, 1));
    }

    private static Map<String, Object> organisation(OrganisationSummary o) {
        Requisites r = o.requisites() == null ? Requisites.empty() : o.requisites();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", o.name());
        map.put("shortName", o.shortName());
        map.put("address", orBlank(r.address()));
        map.put("inn", orBlank(r.inn()));
        map.put("ogrn", orBlank(r.ogrn()));
        map.put("website", orBlank(r.website()));
        map.put("headName", orBlank(r.headName()));
        map.put("headPosition", r.headPosition() == null ? "Руководитель" : r.headPosition());
        map.put("headPositionDative", dative(r.headPosition() == null ? "Руководитель" : r.headPosition()));
        return map;
    }

    private static Map<String, Object> person(StaffData d) {
        PersonName name = PersonName.of(d.lastName(), d.firstName(), d.middleName(), d.gender());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("fullName", d.fullName());
        map.put("fullNameGenitive", NameDeclension.fullName(name, GrammaticalCase.GENITIVE));
        map.put("fullNameDative", NameDeclension.fullName(name, GrammaticalCase.DATIVE));
        map.put("fullNameAccusative", NameDeclension.fullName(name, GrammaticalCase.ACCUSATIVE));
        map.put("surnameInitials", NameDeclension.surnameWithInitials(name, GrammaticalCase.NOMINATIVE));
        map.put("initialsSurname", NameDeclension.initialsWithSurname(name, GrammaticalCase.NOMINATIVE));
        map.put("position", d.positions().isEmpty() ? BLANK : String.join(", ", d.positions()));
        map.put("birthDate", d.birthDate() == null ? BLANK : Dates.DATE.format(d.birthDate()));
        map.put("registeredWord", d.gender() == Gender.FEMALE ? "зарегистрированная" : "зарегистрированный");
        return map;
    }

    /**
     * The head's position in the dative, for the addressee block of a statement («Директору», «Заведующему»):
     * the first word of the usual titles is declined; anything else («И. о. директора») is kept as written.
     */
    static String dative(String position) {
        String[] words = position.strip().split(" ", 2);
        String first = words[0];
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        String declined;
        if (lower.endsWith("ий")) {
            declined = first.substring(0, first.length() - 2) + "ему";
        } else if (lower.endsWith("ль")) {
            declined = first.substring(0, first.length() - 1) + "ю";
        } else if (lower.matches(".*(ор|ик|ент|ер)")) {
            declined = first + "у";
        } else {
            return position.strip();
        }
        return words.length == 1 ? declined : declined + " " + words[1];
    }

    private static String orBlank(String value) {
        return value == null ? BLANK : value;
    }
}
