package ru.nastavnik.mentorship.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.RegulationVersions;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The versions of the organisation's Regulation: each approval order drafts one (a new one, or a version not yet
 * approved once more), registering the order approves it; the current Regulation is the latest approved version.
 */
@Service
@Transactional
public class RegulationVersionManagement implements RegulationVersions {

    private final RegulationVersionRepository versions;
    private final Clock clock;

    RegulationVersionManagement(RegulationVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** The latest first. */
    @Transactional(readOnly = true)
    public List<RegulationVersionView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        PairManagement.check(caller, organisation);
        return versions.inOrganisation(organisation.value()).stream()
                .map(RegulationVersion::view)
                .toList();
    }

    /** The Regulation in force: the version approved last (by the order's date, then by the version's number). */
    @Transactional(readOnly = true)
    public Optional<RegulationVersionView> current(NastavnikPrincipal caller, OrganisationId organisation) {
        return list(caller, organisation).stream()
                .filter(RegulationVersionView::approved)
                .max(Comparator.comparing(RegulationVersionView::approvedOn)
                        .thenComparing(RegulationVersionView::number));
    }

    /**
     * The order approving the Regulation in force of each of these organisations that has one, in one query and
     * without a caller: the public section shows the current Regulation only, and who approved it is public there.
     */
    @Transactional(readOnly = true)
    public java.util.Map<OrganisationId, UUID> currentApprovalOrders(
            java.util.Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return java.util.Map.of();
        }
        Comparator<RegulationVersionView> latest =
                Comparator.comparing(RegulationVersionView::approvedOn).thenComparing(RegulationVersionView::number);
        return versions
                .approvedIn(organisations.stream().map(OrganisationId::value).toList())
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        RegulationVersion::organisation,
                        RegulationVersion::view,
                        java.util.function.BinaryOperator.maxBy(latest)))
                .entrySet()
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, e -> e.getValue().approvalOrderId()));
    }

    /** The version a new approval order approves: the one asked for (never one already approved) or a new one. */
    RegulationVersion forNewOrder(OrganisationId organisation, UUID asked) {
        if (asked != null) {
            RegulationVersion version =
                    versions.findInOrganisation(organisation.value(), asked).orElseThrow(NotFoundException::new);
            version.refuseIfApproved();
            return version;
        }
        int next = versions.inOrganisation(organisation.value()).stream()
                        .mapToInt(v -> v.view().number())
                        .max()
                        .orElse(0)
                + 1;
        return versions.save(new RegulationVersion(organisation, next, clock.instant()));
    }

    /** The version a draft approval order approves, checked before the order is registered. */
    Optional<RegulationVersion> approvedBy(MentorshipOrder order) {
        return order.regulationVersion() == null
                ? Optional.empty()
                : versions.findInOrganisation(order.organisation().value(), order.regulationVersion());
    }
}
