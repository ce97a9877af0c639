package ru.nastavnik.publishing.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;

/**
 * The curator's name in the public section's contacts, typed in the organisation's requisites: shown only while it
 * is the name of a current staff member with a valid consent to distribution (152-ФЗ art. 10.1) — the rule the
 * Regulation's order applies to the same typed name ({@link TypedCurator}, {@link TypedExecutor}). A name that is
 * nobody's on the staff cannot have consented, so it is never shown; the contact phone stays.
 */
@Service
@Transactional(readOnly = true)
class PublicCurator {

    private static final Pattern WORD = Pattern.compile("[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?");
    private static final int CANDIDATES = 20;

    private final StaffProfiles staff;
    private final ConsentCheck consents;

    PublicCurator(StaffProfiles staff, ConsentCheck consents) {
        this.staff = staff;
        this.consents = consents;
    }

    /** {@code typed} if its owner on the school's staff consented to distribution, otherwise {@code null}. */
    String shown(OrganisationId school, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String spaced = TypedNames.spaced(typed.strip());
        // the first full word is the surname in every way a name is typed («Смирнова О.И.», «О.И. Смирнова»): one query
        Matcher word = WORD.matcher(spaced);
        if (!word.find()) {
            return null;
        }
        return staff.findByName(List.of(school), word.group(), CANDIDATES).stream()
                .filter(v -> !v.archived() && !v.processingRestricted() && !v.anonymised())
                .filter(v ->
                        DocumentNames.forms(v.data()).stream().anyMatch(f -> f.contains(" ") && spaced.contains(f)))
                .map(StaffView::id)
                .findFirst()
                .filter(id -> consents.coveredFor(
                                Set.of(id), DistributionKind.CONTACTS, Set.of(DistributionChannel.SECTION))
                        .contains(id))
                .map(id -> typed.strip())
                .orElse(null);
    }
}
