package ru.nastavnik.publishing.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.internal.RegulationOrders;

/** Registered orders of the publishing world's school: one pair assigned, the Regulation approved. */
@Component
class SiteOrders {

    private final PairedSchool pairs;
    private final Mentorships mentorships;
    private final OrderRegister orders;
    private final RegulationOrders regulations;

    SiteOrders(PairedSchool pairs, Mentorships mentorships, OrderRegister orders, RegulationOrders regulations) {
        this.pairs = pairs;
        this.mentorships = mentorships;
        this.orders = orders;
        this.regulations = regulations;
    }

    /** Mentor «Выплатова Анна Сергеевна» and mentee «Новикова Анна Сергеевна», assigned by order № 31-к. */
    OrderView assignment(PublishingWorld.World world) {
        return registerAssignment(world, draftedAssignment(world));
    }

    /** The pair of {@link #assignment} in an order drafted, not yet registered. */
    OrderView draftedAssignment(PublishingWorld.World world) {
        pairs.grow(world.curator(), world.school(), List.of("Выплатова"));
        MentorshipView pair = mentorships.list(world.curator(), world.school()).get(0);
        return orders.draftAssignment(world.curator(), world.school(), List.of(pair.id()));
    }

    /** Registers a drafted assignment order as № 31-к of 2 September 2026. */
    OrderView registerAssignment(PublishingWorld.World world, OrderView order) {
        return register(world, order, "31-к", LocalDate.of(2026, 9, 2));
    }

    MentorshipView pair(PublishingWorld.World world) {
        return mentorships.list(world.curator(), world.school()).get(0);
    }

    OrderView regulation(PublishingWorld.World world) {
        OrderView order =
                regulations.draftRegulation(world.curator(), world.school(), null, "Смирнову Ольгу Викторовну");
        return register(world, order, "12-о", LocalDate.of(2026, 9, 1));
    }

    /** The Regulation approved by order № 14-о, the curator typed by hand as {@code curator}. */
    OrderView regulation(PublishingWorld.World world, String curator) {
        OrderView order = regulations.draftRegulation(world.curator(), world.school(), null, curator);
        return register(world, order, "14-о", LocalDate.of(2026, 9, 3));
    }

    OrderView unregisteredRegulation(PublishingWorld.World world) {
        return regulations.draftRegulation(world.curator(), world.school(), null, "Смирнову Ольгу Викторовну");
    }

    private OrderView register(PublishingWorld.World world, OrderView order, String number, LocalDate date) {
        return orders.register(
                world.curator(),
                order.id(),
                number,
                date,
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
    }
}
