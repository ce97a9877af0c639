package ru.nastavnik.bank;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.ForbiddenException;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The needs/competences an organisation uses: the shipped defaults, its region's and municipality's additions,
 * and its own. Needs and competences come from the same list, so that a need can be covered by a competence.
 */
@Service
@Transactional
public class Vocabulary {

    private final TopicRepository topics;
    private final Organisations organisations;

    Vocabulary(TopicRepository topics, Organisations organisations) {
        this.topics = topics;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public List<TopicView> of(OrganisationId organisation) {
        return topics.visibleTo(chain(organisation)).stream().map(Topic::view).toList();
    }

    /** The list for a caller who works in or above the organisation. */
    @Transactional(readOnly = true)
    public List<TopicView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        boolean allowed = caller.isSystemAdmin()
                || caller.grants().stream()
                        .anyMatch(g ->
                                g.organisation() != null && organisations.isWithin(organisation, g.organisation()));
        if (!allowed) {
            throw new ru.nastavnik.shared.NotFoundException();
        }
        return of(organisation);
    }

    /** A director or curator adds to their school's list; a methodologist or the administrator to an area's. */
    public TopicView add(NastavnikPrincipal caller, OrganisationId owner, String title) {
        boolean allowed = caller.isSystemAdmin()
                || caller.hasAnyIn(
                        owner, Role.DIRECTOR, Role.CURATOR, Role.REGIONAL_METHODOLOGIST, Role.MUNICIPAL_METHODOLOGIST);
        if (!allowed) {
            throw new ForbiddenException("May not edit the vocabulary of " + owner);
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw InvalidInputException.of("title", "bank.topic.title.invalid");
        }
        String clean = title.strip();
        if (of(owner).stream().anyMatch(t -> t.title().equalsIgnoreCase(clean))) {
            throw InvalidInputException.of("title", "bank.topic.title.duplicate");
        }
        return topics.save(new Topic(owner, "t-" + UUID.randomUUID().toString().substring(0, 8), clean))
                .view();
    }

    /** Refuses codes that are not in the organisation's vocabulary, naming the field. */
    @Transactional(readOnly = true)
    public void checkCodes(OrganisationId organisation, String field, List<String> codes) {
        Set<String> known = of(organisation).stream().map(TopicView::code).collect(Collectors.toSet());
        for (String code : codes) {
            if (!known.contains(code)) {
                throw InvalidInputException.of(field, "bank.topic.unknown", code);
            }
        }
    }

    private List<UUID> chain(OrganisationId organisation) {
        return organisations.lineage(organisation).stream()
                .map(OrganisationId::value)
                .toList();
    }
}
