package ru.nastavnik.mentorship.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.mentorship.PairMembers;
import ru.nastavnik.shared.OrganisationId;

/**
 * Who a pair was, as ids only, and which pairs a registered order names — for a module that learnt of it from an
 * event (no caller to check) and has its own rule before showing anyone: publishing drafts news only with both
 * sides' consent to distribution, and counts the pairs of an order without reading a name.
 */
@Component
@Transactional(readOnly = true)
public class PairMemberReads implements PairMembers {

    private final MentorshipRepository mentorships;
    private final OrderRepository orders;

    PairMemberReads(MentorshipRepository mentorships, OrderRepository orders) {
        this.mentorships = mentorships;
        this.orders = orders;
    }

    public Optional<Members> of(MentorshipId pair) {
        return mentorships.findById(pair.value()).map(m -> members(m.view(p -> "")));
    }

    /** The pairs a registered order of this organisation names; none for a draft or another organisation's order. */
    public List<Members> ofRegisteredOrder(OrganisationId organisation, UUID order) {
        return orders.findById(order)
                .filter(o -> o.organisation().equals(organisation))
                .filter(o -> o.view().status() == OrderStatus.REGISTERED)
                .filter(o -> !o.mentorships().isEmpty())
                .map(o -> mentorships.findAllIn(o.mentorships()).stream()
                        .map(m -> members(m.view(p -> "")))
                        .toList())
                .orElse(List.of());
    }

    private static Members members(MentorshipView v) {
        return new Members(
                v.id(),
                v.organisationId(),
                v.form(),
                v.startsOn(),
                v.endedOn(),
                v.lastMentors().stream().map(MemberView::personId).toList(),
                v.lastMentees().stream().map(MemberView::personId).toList());
    }
}
