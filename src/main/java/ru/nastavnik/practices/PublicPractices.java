package ru.nastavnik.practices;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.OrganisationId;

/**
 * The schools' accepted practices that may be shown to the public: only those whose authors' consent to
 * distribution is recorded (152-ФЗ art. 10.1); the authors themselves are not named.
 */
@Service
@Transactional(readOnly = true)
public class PublicPractices {

    private final PracticeRepository practices;

    PublicPractices(PracticeRepository practices) {
        this.practices = practices;
    }

    public record Shown(PracticeId id, OrganisationId school, String title, String summary) {}

    public List<Shown> of(Collection<OrganisationId> schools) {
        return schools.stream()
                .flatMap(s -> practices.inOrganisation(s.value()).stream())
                .map(Practice::view)
                .filter(p -> p.status() == PracticeStatus.ACCEPTED && p.distributionConsent() != null)
                .map(p -> new Shown(p.id(), p.organisationId(), p.title(), p.summary()))
                .toList();
    }
}
