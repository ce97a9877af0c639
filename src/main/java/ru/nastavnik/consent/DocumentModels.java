package ru.nastavnik.consent;

import java.util.LinkedHashMap;
import java.util.Map;

import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.web.Dates;

/**
 * The placeholders every printed document shares: the organisation's requisites and a person's name in the
 * cases a document needs (always declined with the person's gender), position and date of birth.
 */
public final class DocumentModels {

    public static final String BLANK = "____________________";

    private DocumentModels() {
    }

    public static Map<String, Object> organisation(OrganisationSummary o) {
        Requisites r = o.requisites() == null ? Requisites.empty() : o.requisites();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", o.name());
        map.put("shortName", o.shortName());
        map.put("address", orBlank(r.address()));
        map.put("inn", orBlank(r.inn()));
        map.put("ogrn", orBlank(r.ogrn()));
        map.put("website", orBlank(r.website()));
        String position = r.headPosition() == null ? "Руководитель" : r.headPosition();
        map.put("headPosition", position);
        map.put("headPositionInText", HeadModel.inText(position));
        map.put("headPositionDative", dative(position));
        HeadModel.put(map, r.head());
        return map;
    }

    public static Map<String, Object> person(StaffData d) {
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
