package ru.nastavnik.organisation;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.shared.InvalidInputException.Problem;

/** The checks of the requisites that orders, agreements, programmes and consents print besides the operator's. */
final class DocumentDetailsRules {

    /** «Исаева Анна Сергеевна», «Исаева А. С.», «Римский-Корсаков Николай»: two to four words of letters. */
    private static final String NAME = "[\\p{L}][\\p{L}.'’-]*( [\\p{L}][\\p{L}.'’-]*){1,3}";

    private static final String PHONE = "[0-9+()\\- ,.доб]{5,50}";

    private DocumentDetailsRules() {}

    static List<Problem> problems(Requisites r) {
        List<Problem> problems = new ArrayList<>();
        tooLong(problems, "founder", r.founder(), 500);
        tooLong(problems, "locality", r.locality(), 100);
        tooLong(problems, "mentoringPayment", r.mentoringPayment(), 500);
        if (r.curatorName() != null
                && (r.curatorName().length() > 200 || !r.curatorName().matches(NAME))) {
            problems.add(Problem.field("curatorName", "organisation.curatorName.invalid"));
        }
        if (r.curatorPhone() != null && !r.curatorPhone().matches(PHONE)) {
            problems.add(Problem.field("curatorPhone", "organisation.curatorPhone.invalid"));
        }
        if (r.mentorshipPage() != null && !r.mentorshipPage().matches(Requisites.URL)) {
            problems.add(Problem.field("mentorshipPage", "organisation.mentorshipPage.invalid"));
        }
        List<String> pages = r.socialPageList();
        if (pages.size() > 10) {
            problems.add(Problem.field("socialPages", "organisation.socialPages.tooMany", 10));
        }
        for (int i = 0; i < pages.size(); i++) {
            if (!pages.get(i).matches(Requisites.URL)) {
                problems.add(Problem.field("socialPages", "organisation.socialPages.invalid", i + 1, pages.get(i)));
                break;
            }
        }
        return problems;
    }

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Problem.field(field, "organisation.field.tooLong", max));
        }
    }
}
