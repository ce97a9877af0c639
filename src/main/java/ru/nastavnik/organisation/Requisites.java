package ru.nastavnik.organisation;

import java.util.ArrayList;
import java.util.List;

import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * The operator's requisites printed on consents and orders: 152-ФЗ art. 9 asks for the operator's name and
 * address, art. 10.1 (Приказ РКН № 18) also its ИНН, ОГРН and the addresses of the sites where data appear.
 * {@code headNameToCheck} is the head's name as the old form stored it (one string, in the dative), kept until the
 * requisites are saved again so that the page can ask for it to be checked; it is never printed.
 */
public record Requisites(String address, String inn, String ogrn, String website, HeadName head, String headPosition,
        String declensionOverrides, String headNameToCheck) {

    public Requisites {
        address = blankToNull(address);
        inn = blankToNull(inn);
        ogrn = blankToNull(ogrn);
        website = blankToNull(website);
        head = head == null || head.isEmpty() ? null : head;
        headPosition = blankToNull(headPosition);
        declensionOverrides = blankToNull(declensionOverrides);
        headNameToCheck = blankToNull(headNameToCheck);
    }

    public Requisites(String address, String inn, String ogrn, String website, HeadName head, String headPosition) {
        this(address, inn, ogrn, website, head, headPosition, null, null);
    }

    public static Requisites empty() {
        return new Requisites(null, null, null, null, null, null);
    }

    void check() {
        List<Problem> problems = new ArrayList<>();
        if (inn != null && !inn.matches("\\d{10}|\\d{12}")) {
            problems.add(Problem.field("inn", "organisation.inn.invalid"));
        }
        if (ogrn != null && !ogrn.matches("\\d{13}|\\d{15}")) {
            problems.add(Problem.field("ogrn", "organisation.ogrn.invalid"));
        }
        if (website != null && !website.matches("https?://\\S{3,290}")) {
            problems.add(Problem.field("website", "organisation.website.invalid"));
        }
        if (address != null && address.length() > 500) {
            problems.add(Problem.field("address", "organisation.address.tooLong"));
        }
        if (headPosition != null && headPosition.length() > 200) {
            problems.add(Problem.field("headPosition", "organisation.head.tooLong"));
        }
        if (head != null && head.tooLong()) {
            problems.add(Problem.field("headLastName", "organisation.head.tooLong"));
        } else if (head != null && !head.isComplete()) {
            // a name without its gender would be declined by a guess, which documents must never print
            problems.add(Problem.field("headLastName", "organisation.head.incomplete"));
        }
        problems.addAll(DeclensionOverrides.problems(declensionOverrides));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
