package ru.nastavnik.events.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The kinds an organisation added; an organiser chooses among its own and those of the organisations above it. */
@Service
@Transactional
public class CustomKinds {

    private final CustomKindRepository kinds;
    private final EventAccess access;
    private final Clock clock;

    CustomKinds(CustomKindRepository kinds, EventAccess access, Clock clock) {
        this.kinds = kinds;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CustomKindView> available(NastavnikPrincipal caller, OrganisationId organiser) {
        access.checkOrganiser(caller, organiser);
        return kinds.ofOrganisations(access.above(organiser)).stream()
                .map(CustomKind::view)
                .toList();
    }

    public CustomKindView add(NastavnikPrincipal caller, OrganisationId organiser, String title) {
        access.checkOrganiser(caller, organiser);
        if (title != null && kinds.exists(organiser.value(), title.strip())) {
            throw InvalidInputException.of("title", "event.customKind.title.duplicate");
        }
        return kinds.save(new CustomKind(organiser, title, clock.instant())).view();
    }

    /** The title of a kind the organiser may use, or a refusal naming the field. */
    String titleFor(OrganisationId organiser, UUID kind) {
        return kinds.findById(kind)
                .map(CustomKind::view)
                .filter(k -> access.above(organiser).contains(k.organisationId().value()))
                .map(CustomKindView::title)
                .orElseThrow(() -> InvalidInputException.of("kind", "event.kind.customRequired"));
    }
}
