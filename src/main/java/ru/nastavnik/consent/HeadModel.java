package ru.nastavnik.consent;

import java.util.Map;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.organisation.HeadName;

/**
 * The head's name in each place a document prints it: the signature in the nominative («И. В. Кузнецов»), a
 * statement's addressee in the dative («И. В. Кузнецову»), «в лице» in the genitive. The requisites keep one
 * nominative name; only here is it declined, always by the recorded gender.
 */
final class HeadModel {

    private HeadModel() {}

    static void put(Map<String, Object> model, HeadName head) {
        PersonName name = head == null
                ? null
                : PersonName.of(head.lastName(), head.firstName(), head.middleName(), head.gender());
        model.put("headName", initialsFirst(name, GrammaticalCase.NOMINATIVE));
        model.put("headNameGenitive", initialsFirst(name, GrammaticalCase.GENITIVE));
        model.put("headNameDative", initialsFirst(name, GrammaticalCase.DATIVE));
        model.put("headNameInstrumental", initialsFirst(name, GrammaticalCase.INSTRUMENTAL));
        model.put("headFullName", full(name, GrammaticalCase.NOMINATIVE));
        model.put("headFullNameGenitive", full(name, GrammaticalCase.GENITIVE));
        model.put("headFullNameDative", full(name, GrammaticalCase.DATIVE));
        model.put("headFullNameInstrumental", full(name, GrammaticalCase.INSTRUMENTAL));
    }

    private static String initialsFirst(PersonName name, GrammaticalCase grammaticalCase) {
        return name == null ? DocumentModels.BLANK : NameDeclension.initialsWithSurname(name, grammaticalCase);
    }

    private static String full(PersonName name, GrammaticalCase grammaticalCase) {
        return name == null ? DocumentModels.BLANK : NameDeclension.fullName(name, grammaticalCase);
    }
}
