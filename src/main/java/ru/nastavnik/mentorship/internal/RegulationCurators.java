package ru.nastavnik.mentorship.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.AppointedCurator;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The curator as the order approving the Regulation appoints her — chosen from the staff (declined phrase) or typed
 * in by hand — so that a module showing the order without personal data can remove that name too.
 */
@Component
@Transactional(readOnly = true)
public class RegulationCurators implements AppointedCurator {

    private final OrderManagement register;
    private final OrderRepository orders;

    RegulationCurators(OrderManagement register, OrderRepository orders) {
        this.register = register;
        this.orders = orders;
    }

    /** The curator phrase of the caller's Regulation order as printed («заместителя директора Смирнову О. И.»). */
    public Optional<String> of(NastavnikPrincipal caller, UUID order) {
        OrderView view = register.get(caller, order);
        if (view.kind() != OrderKind.REGULATION) {
            return Optional.empty();
        }
        return orders.findById(order).map(MentorshipOrder::details).filter(d -> !d.isBlank());
    }
}
