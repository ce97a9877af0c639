package ru.nastavnik.consent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.documents.PhraseDeclension;
import ru.nastavnik.organisation.DeclensionOverrides;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.web.Dates;

/**
 * The placeholders every printed document shares: the organisation's requisites and a person's name in the
 * cases a document needs (always declined with the person's gender), position, date of birth and employment contract.
 */
public final class DocumentModels {

    public static final String BLANK = "____________________";

    private DocumentModels() {}

    public static Map<String, Object> organisation(OrganisationSummary o) {
        Requisites r = o.requisites() == null ? Requisites.empty() : o.requisites();
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, List<String>> own = overrides(o);
        map.put("name", o.name());
        map.put("nameGenitive", PhraseDeclension.organisation(o.name(), GrammaticalCase.GENITIVE, own));
        map.put("nameDative", PhraseDeclension.organisation(o.name(), GrammaticalCase.DATIVE, own));
        map.put("nameAccusative", PhraseDeclension.organisation(o.name(), GrammaticalCase.ACCUSATIVE, own));
        map.put("nameInstrumental", PhraseDeclension.organisation(o.name(), GrammaticalCase.INSTRUMENTAL, own));
        map.put("namePrepositional", PhraseDeclension.organisation(o.name(), GrammaticalCase.PREPOSITIONAL, own));
        map.put("shortName", o.shortName());
        map.put("address", orBlank(r.address()));
        map.put("inn", orBlank(r.inn()));
        map.put("ogrn", orBlank(r.ogrn()));
        map.put("website", orBlank(r.website()));
        String position = r.headPosition() == null ? "Руководитель" : r.headPosition();
        map.put("headPosition", position);
        map.put("headPositionInText", PhraseDeclension.inText(position));
        map.put("headPositionGenitive", PhraseDeclension.position(position, GrammaticalCase.GENITIVE, own));
        map.put("headPositionDative", PhraseDeclension.position(position, GrammaticalCase.DATIVE, own));
        map.put("headPositionInstrumental", PhraseDeclension.position(position, GrammaticalCase.INSTRUMENTAL, own));
        HeadModel.put(map, r.head());
        // ГОСТ Р 7.0.97: the founder is printed above the name only where there is one; the rest are left to fill in
        map.put("founder", r.founder() == null ? "" : r.founder());
        map.put("locality", orBlank(r.locality()));
        map.put("curatorSignature", r.curatorName() == null ? BLANK : initialsFirst(r.curatorName()));
        map.put(
                "executor",
                (r.curatorName() == null ? BLANK : r.curatorName()) + ", тел. "
                        + (r.curatorPhone() == null ? "____________" : r.curatorPhone()));
        map.put("mentoringPayment", orBlank(r.mentoringPayment()));
        // the Regulation is placed on the official site (its 11.2), a publication consent names the site: with no page
        // of
        // its own for mentorship the site's address is the one the school has, not a blank to fill in by hand
        map.put("mentorshipPage", orBlank(r.mentorshipPage() != null ? r.mentorshipPage() : r.website()));
        map.put("socialPages", r.socialPageList().isEmpty() ? BLANK : String.join("; ", r.socialPageList()));
        return map;
    }

    /** «Исаева Анна Сергеевна» or «Исаева А. С.» → «А. С. Исаева», as a signature is printed (ГОСТ Р 7.0.97). */
    static String initialsFirst(String fullName) {
        return NameDeclension.signature(fullName);
    }

    public static Map<String, Object> person(StaffData d) {
        return person(d, Map.of());
    }

    /** {@code overrides}: the forms of the person's organisation ({@link #overrides}) for positions its rules decline wrongly. */
    public static Map<String, Object> person(StaffData d, Map<String, List<String>> overrides) {
        PersonName name = PersonName.of(d.lastName(), d.firstName(), d.middleName(), d.gender());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("fullName", d.fullName());
        map.put("fullNameGenitive", NameDeclension.fullName(name, GrammaticalCase.GENITIVE));
        map.put("fullNameDative", NameDeclension.fullName(name, GrammaticalCase.DATIVE));
        map.put("fullNameAccusative", NameDeclension.fullName(name, GrammaticalCase.ACCUSATIVE));
        map.put("surnameInitials", NameDeclension.surnameWithInitials(name, GrammaticalCase.NOMINATIVE));
        map.put("initialsSurname", NameDeclension.initialsWithSurname(name, GrammaticalCase.NOMINATIVE));
        map.put("position", d.positions().isEmpty() ? BLANK : PhraseDeclension.inText(d.positions()));
        map.put("positionGenitive", positions(d, GrammaticalCase.GENITIVE, overrides));
        map.put("positionDative", positions(d, GrammaticalCase.DATIVE, overrides));
        map.put("positionInstrumental", positions(d, GrammaticalCase.INSTRUMENTAL, overrides));
        map.put("birthDate", d.birthDate() == null ? BLANK : Dates.DATE.format(d.birthDate()));
        // the consent to distribution asks for a phone or an e-mail (Приказ Роскомнадзора № 18): the card's, if known
        map.put("contact", contact(d));
        // the supplementary agreement on mentoring names the contract it supplements (Labour Code art. 351.8)
        map.put("contractNumber", orBlank(d.employmentContractNumber()));
        map.put(
                "contractDate",
                d.employmentContractDate() == null ? BLANK : Dates.DATE.format(d.employmentContractDate()));
        map.put("registeredWord", d.gender() == Gender.FEMALE ? "зарегистрированная" : "зарегистрированный");
        // a signature line the director reads: «получила», not «получил(а)», where the person's gender is known
        map.put(
                "receivedWord",
                d.gender() == Gender.FEMALE ? "получила" : d.gender() == Gender.MALE ? "получил" : "получил(а)");
        return map;
    }

    private static String contact(StaffData d) {
        String joined = java.util.stream.Stream.of(d.phone(), d.email())
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? BLANK + "__________" : joined;
    }

    /** The organisation's own forms of the phrases its rules decline wrongly (edited with its requisites). */
    public static Map<String, List<String>> overrides(OrganisationSummary o) {
        return o.requisites() == null
                ? Map.of()
                : DeclensionOverrides.parse(o.requisites().declensionOverrides());
    }

    /** «учителю математики, классному руководителю»: each of a person's positions in the case, as inside a sentence. */
    public static String positions(StaffData d, GrammaticalCase grammaticalCase, Map<String, List<String>> overrides) {
        return d.positions().isEmpty()
                ? BLANK
                : d.positions().stream()
                        .map(p -> PhraseDeclension.inText(PhraseDeclension.position(p, grammaticalCase, overrides)))
                        .collect(Collectors.joining(", "));
    }

    /** The head's position in the dative, for the addressee block of a statement («Директору», «Заведующему»). */
    static String dative(String position) {
        return PhraseDeclension.position(position, GrammaticalCase.DATIVE, Map.of());
    }

    private static String orBlank(String value) {
        return value == null ? BLANK : value;
    }
}
