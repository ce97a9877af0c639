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
 * <p>
 * The rest is what an order and the mentorship documents need to be filed as they are printed: the founder above
 * the organisation's name and the place of issue (ГОСТ Р 7.0.97), the curator who signs the programmes and is the
 * orders' executor with a phone, the mentoring payment of the supplementary agreement (Labour Code art. 351.8), and
 * the exact pages where data are published, which a consent to distribution must name (152-ФЗ art. 10.1).
 */
public record Requisites(
        String address,
        String inn,
        String ogrn,
        String website,
        HeadName head,
        String headPosition,
        String declensionOverrides,
        String headNameToCheck,
        String founder,
        String locality,
        String curatorName,
        String curatorPhone,
        String mentoringPayment,
        String mentorshipPage,
        String socialPages) {

    static final String URL = "https?://\\S{3,290}";

    public Requisites {
        address = blankToNull(address);
        inn = blankToNull(inn);
        ogrn = blankToNull(ogrn);
        website = blankToNull(website);
        head = head == null || head.isEmpty() ? null : head;
        headPosition = blankToNull(headPosition);
        declensionOverrides = blankToNull(declensionOverrides);
        headNameToCheck = blankToNull(headNameToCheck);
        founder = blankToNull(founder);
        locality = blankToNull(locality);
        curatorName = curatorName == null || curatorName.isBlank()
                ? null
                : curatorName.strip().replaceAll("\\s+", " ");
        curatorPhone = blankToNull(curatorPhone);
        mentoringPayment = blankToNull(mentoringPayment);
        mentorshipPage = blankToNull(mentorshipPage);
        socialPages = socialPages == null || socialPages.isBlank()
                ? null
                : String.join(
                        "\n",
                        socialPages
                                .strip()
                                .lines()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .toList());
    }

    public Requisites(String address, String inn, String ogrn, String website, HeadName head, String headPosition) {
        this(address, inn, ogrn, website, head, headPosition, null, null);
    }

    public Requisites(
            String address,
            String inn,
            String ogrn,
            String website,
            HeadName head,
            String headPosition,
            String declensionOverrides,
            String headNameToCheck) {
        this(
                address,
                inn,
                ogrn,
                website,
                head,
                headPosition,
                declensionOverrides,
                headNameToCheck,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The same requisites with the document details given. */
    public Requisites withDocumentDetails(
            String founder,
            String locality,
            String curatorName,
            String curatorPhone,
            String mentoringPayment,
            String mentorshipPage,
            String socialPages) {
        return new Requisites(
                address,
                inn,
                ogrn,
                website,
                head,
                headPosition,
                declensionOverrides,
                headNameToCheck,
                founder,
                locality,
                curatorName,
                curatorPhone,
                mentoringPayment,
                mentorshipPage,
                socialPages);
    }

    /**
     * The fields the mentorship documents print that are still empty (the labels' message keys): each is a blank
     * the school would fill in by hand. The founder is not among them: not every organisation has one to print.
     */
    public List<String> missingForDocuments() {
        List<String> missing = new ArrayList<>();
        if (head == null) {
            missing.add("organisation.headLastName");
        }
        addIfNull(missing, address, "organisation.address");
        addIfNull(missing, locality, "organisation.locality");
        addIfNull(missing, curatorName, "organisation.curatorName");
        addIfNull(missing, curatorPhone, "organisation.curatorPhone");
        addIfNull(missing, mentoringPayment, "organisation.mentoringPayment");
        addIfNull(missing, mentorshipPage, "organisation.mentorshipPage");
        return missing;
    }

    private static void addIfNull(List<String> missing, String value, String label) {
        if (value == null) {
            missing.add(label);
        }
    }

    /** The social-network pages, one address each. */
    public java.util.List<String> socialPageList() {
        return socialPages == null ? List.of() : socialPages.lines().toList();
    }

    public static Requisites empty() {
        return new Requisites(null, null, null, null, null, null);
    }

    void check() {
        List<Problem> problems = new ArrayList<>();
        if (inn != null && !inn.matches("\\d{10}|\\d{12}")) {
            problems.add(Problem.field("inn", "organisation.inn.invalid"));
        } else if (inn != null && !CheckDigits.inn(inn)) {
            problems.add(Problem.field("inn", "organisation.inn.checksum", inn));
        }
        if (ogrn != null && !ogrn.matches("\\d{13}|\\d{15}")) {
            problems.add(Problem.field("ogrn", "organisation.ogrn.invalid"));
        } else if (ogrn != null && !CheckDigits.ogrn(ogrn)) {
            problems.add(Problem.field("ogrn", "organisation.ogrn.checksum", ogrn));
        }
        if (website != null && !website.matches(URL)) {
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
        problems.addAll(DocumentDetailsRules.problems(this));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
