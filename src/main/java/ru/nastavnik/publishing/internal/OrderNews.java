package ru.nastavnik.publishing.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderRegistered;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.PairMembers;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * News drafted from a registered order: the Regulation and the roadmap approved (stage 1), or pairs formed (stage 5)
 * — the pairs as counts read without names, so that the draft names nobody the curator did not choose to name, and
 * states no count of 1 or 2 that the public figures and the indicators hide as «< 3».
 */
@Service
@Transactional
public class OrderNews {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final OrderRegister orders;
    private final Mentorships mentorships;
    private final PairMembers members;
    private final SystemDraftWriter systemDrafts;
    private final PublicationManagement publications;
    private final PublishingAccess access;
    private final MessageSource messages;

    OrderNews(
            OrderRegister orders,
            Mentorships mentorships,
            PairMembers members,
            SystemDraftWriter systemDrafts,
            PublicationManagement publications,
            PublishingAccess access,
            MessageSource messages) {
        this.members = members;
        this.systemDrafts = systemDrafts;
        this.orders = orders;
        this.mentorships = mentorships;
        this.publications = publications;
        this.access = access;
        this.messages = messages;
    }

    /** The registered orders a draft can be written from, latest first. */
    @Transactional(readOnly = true)
    public List<OrderView> sources(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            return List.of();
        }
        return orders.list(caller, organisation).stream()
                .filter(o -> o.status() == OrderStatus.REGISTERED)
                .filter(o -> o.kind() == OrderKind.REGULATION || o.kind() == OrderKind.ASSIGNMENT)
                .toList();
    }

    public Saved draftFromOrder(NastavnikPrincipal caller, OrganisationId organisation, UUID orderId) {
        access.check(caller, organisation);
        OrderView order = orders.get(caller, orderId);
        if (!order.organisationId().equals(organisation)) {
            throw new NotFoundException();
        }
        if (order.status() != OrderStatus.REGISTERED) {
            throw InvalidInputException.of("order", "publishingSite.draft.notRegistered");
        }
        return publications.drafted(
                caller, organisation, PublicationSource.ORDER, orderId, draft(caller, organisation, order));
    }

    PublicationDraft draft(NastavnikPrincipal caller, OrganisationId organisation, OrderView order) {
        String number = order.number();
        String date = DATE.format(order.orderDate());
        if (order.kind() == OrderKind.REGULATION) {
            return new PublicationDraft(
                    text("publishingSite.draft.regulation.title"),
                    "<p>" + escape(text("publishingSite.draft.regulation.body", number, date)) + "</p><p>"
                            + escape(text("publishingSite.draft.regulation.next")) + "</p>",
                    List.of());
        }
        if (order.kind() != OrderKind.ASSIGNMENT) {
            throw InvalidInputException.of("order", "publishingSite.draft.kind");
        }
        Set<UUID> ids = Set.copyOf(order.mentorshipIds());
        List<MentorshipView> pairs = mentorships.withoutNames(caller, organisation).stream()
                .filter(m -> ids.contains(m.id().value()))
                .toList();
        long mentors = count(pairs, MemberRole.MENTOR);
        long mentees = count(pairs, MemberRole.MENTEE);
        return pairsDraft(number, date, pairs.size(), mentors, mentees);
    }

    /**
     * Pairs assigned by an order just registered (stage 5), drafted by the system with nobody asking: the pairs are read
     * as ids, counted, and no name is read at all.
     */
    java.util.Optional<PublicationId> draftPairsFormed(OrderRegistered registered) {
        List<PairMembers.Members> pairs = members.ofRegisteredOrder(registered.organisation(), registered.order());
        if (pairs.isEmpty()) {
            return java.util.Optional.empty();
        }
        long mentors =
                pairs.stream().flatMap(p -> p.mentors().stream()).distinct().count();
        long mentees =
                pairs.stream().flatMap(p -> p.mentees().stream()).distinct().count();
        return systemDrafts.write(
                registered.organisation(),
                PublicationSource.ORDER,
                registered.order(),
                pairsDraft(
                        registered.number(),
                        registered.date() == null ? "—" : DATE.format(registered.date()),
                        pairs.size(),
                        mentors,
                        mentees),
                java.util.Map.of(),
                "о парах по приказу № " + registered.number());
    }

    private PublicationDraft pairsDraft(String number, String date, int pairs, long mentors, long mentees) {
        return new PublicationDraft(
                text("publishingSite.draft.pairs.title"),
                "<p>"
                        + escape(text(
                                "publishingSite.draft.pairs.body",
                                number,
                                date,
                                people(pairs),
                                people(mentors),
                                people(mentees)))
                        + "</p>",
                List.of());
    }

    /**
     * A count of people (or of their pairs) as public text may state it: the small-number rule of the section's figures
     * and the methodologists' indicators ({@link PublicFigure#shown}: 1 or 2 is «< 3») — in words, «менее трёх».
     */
    private Object people(long count) {
        return PublicFigure.PAIRS.shown(count).equals(Long.toString(count))
                ? count
                : text("publishingSite.draft.fewerThanThree");
    }

    private static long count(List<MentorshipView> pairs, MemberRole role) {
        return pairs.stream()
                .flatMap(p -> p.members().stream())
                .filter(m -> m.role() == role)
                .map(MemberView::personId)
                .collect(Collectors.toSet())
                .size();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
