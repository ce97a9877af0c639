package ru.nastavnik.mentorship;

import java.util.UUID;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The Regulation and the roadmap, the appendices of the order approving the Regulation, as the roadmap's pages, the
 * inspection package and the public section read them (implemented in {@code internal}).
 */
public interface RegulationDocuments {

    /** Appendix № 1 and № 2 of the approval order. */
    enum Appendix {
        REGULATION("Положение о системе наставничества педагогических работников"),
        ROADMAP("Дорожная карта (план мероприятий) по реализации Положения о наставничестве");

        private final String title;

        Appendix(String title) {
            this.title = title;
        }

        public int number() {
            return ordinal() + 1;
        }

        /** The appendix's title, as its file is named. */
        public String title() {
            return title;
        }

        /** {@code regulation} or {@code roadmap}, as a URL names it; any other word is a 404. */
        public static Appendix named(String name) {
            return java.util.Arrays.stream(values())
                    .filter(a -> a.name().equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(NotFoundException::new);
        }
    }

    /** Appendix {@code appendix} of this approval order; another kind of order has none (a 404). */
    DocumentFile ofOrder(NastavnikPrincipal caller, UUID orderId, Appendix appendix, boolean pdf);

    /**
     * The organisation's current document: the appendix of the order that approved the version in force, else of
     * the latest draft approval order, else with blanks for the order that will approve it.
     */
    DocumentFile current(NastavnikPrincipal caller, OrganisationId organisation, Appendix appendix, boolean pdf);
}
