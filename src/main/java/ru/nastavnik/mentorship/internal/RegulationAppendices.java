package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankCapacities;
import ru.nastavnik.bank.MentoringFormSettings;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.RegulationDocuments;
import ru.nastavnik.mentorship.RoadmapSource;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The Regulation (appendix № 1) and the roadmap (appendix № 2) of the order approving them, from the organisation's
 * editable templates, DOCX or PDF: each on its own, or after the order in its document. The names in them are the
 * organisation's and its head's (its requisites), and in the roadmap the people its plan makes responsible (read,
 * and audited, by the {@link RoadmapSource}). The roadmap prints the school's own plan of the school year of the
 * order's date (today's while the order is a draft), else the system's seven stages.
 */
@Service
@Transactional(readOnly = true)
public class RegulationAppendices implements RegulationDocuments {

    private final OrderRepository orders;
    private final RegulationVersionRepository versions;
    private final DocumentParts parts;
    private final BankCapacities capacities;
    private final StoredFiles files;
    private final MentoringFormSettings forms;
    private final ObjectProvider<RoadmapSource> roadmaps;
    private final SchoolDates dates;
    private final MessageSource messages;
    private final PaymentClause payment;

    RegulationAppendices(
            OrderRepository orders,
            RegulationVersionRepository versions,
            DocumentParts parts,
            BankCapacities capacities,
            StoredFiles files,
            MentoringFormSettings forms,
            ObjectProvider<RoadmapSource> roadmaps,
            SchoolDates dates,
            MessageSource messages,
            PaymentClause payment) {
        this.messages = messages;
        this.payment = payment;
        this.roadmaps = roadmaps;
        this.dates = dates;
        this.files = files;
        this.forms = forms;
        this.orders = orders;
        this.versions = versions;
        this.parts = parts;
        this.capacities = capacities;
    }

    /** Appendix {@code appendix} of this approval order; another kind of order has none (a 404). */
    public DocumentFile ofOrder(NastavnikPrincipal caller, UUID orderId, Appendix appendix, boolean pdf) {
        MentorshipOrder order = orders.findById(orderId).orElseThrow(NotFoundException::new);
        PairManagement.check(caller, order.organisation());
        if (order.kind() != OrderKind.REGULATION) {
            throw new NotFoundException();
        }
        return file(appendix, render(caller, order, appendix), pdf);
    }

    /**
     * The organisation's current document: the appendix of the order that approved the version in force, else of
     * the latest draft approval order, else with blanks for the order that will approve it.
     */
    public DocumentFile current(
            NastavnikPrincipal caller, OrganisationId organisation, Appendix appendix, boolean pdf) {
        PairManagement.check(caller, organisation);
        Optional<MentorshipOrder> order = approvalOrder(organisation);
        byte[] docx = order.isPresent()
                ? render(caller, order.get(), appendix)
                : parts.render(
                        organisation,
                        template(appendix),
                        withPlan(
                                caller,
                                organisation,
                                null,
                                appendix,
                                RegulationModel.appendix(
                                        RegulationModel.of(
                                                parts.organisation(organisation),
                                                capacities.capacityLimits(caller, organisation),
                                                forms.of(organisation),
                                                null,
                                                versions.inOrganisation(organisation.value())
                                                                .size()
                                                        + 1),
                                        appendix.number())));
        return file(appendix, docx, pdf);
    }

    /** Both appendices of an approval order, to follow the order in its document. */
    List<byte[]> appendices(NastavnikPrincipal caller, MentorshipOrder order) {
        return List.of(render(caller, order, Appendix.REGULATION), render(caller, order, Appendix.ROADMAP));
    }

    /**
     * The appendices of an order just registered, generated once and kept: what was signed does not change when the
     * requisites, the bank's limits or the templates change later (a changed Regulation is a new version).
     */
    @Transactional
    RegulationVersion.ApprovedTexts keepApproved(NastavnikPrincipal caller, MentorshipOrder order) {
        return new RegulationVersion.ApprovedTexts(
                keep(order, Appendix.REGULATION, render(caller, order, Appendix.REGULATION)),
                keep(order, Appendix.ROADMAP, render(caller, order, Appendix.ROADMAP)));
    }

    private UUID keep(MentorshipOrder order, Appendix appendix, byte[] docx) {
        return files.storeGenerated(
                        order.organisation(),
                        "regulation-appendix",
                        docx,
                        DocumentFileNames.appendix(appendix.number(), appendix.title(), messages) + ".docx",
                        FileType.DOCX)
                .id()
                .value();
    }

    private byte[] render(NastavnikPrincipal caller, MentorshipOrder order, Appendix appendix) {
        Optional<RegulationVersion> found = order.regulationVersion() == null
                ? Optional.empty()
                : versions.findInOrganisation(order.organisation().value(), order.regulationVersion());
        Optional<RegulationVersion.ApprovedTexts> kept = found.flatMap(v -> v.approvedTexts(order.id()));
        if (kept.isPresent()) {
            UUID file = appendix == Appendix.REGULATION
                    ? kept.get().regulation()
                    : kept.get().roadmap();
            return files.read(order.organisation(), new StoredFileId(file));
        }
        Integer version = found.map(v -> v.view().number()).orElse(null);
        Map<String, Object> model = RegulationModel.of(
                parts.organisation(order.organisation()),
                capacities.capacityLimits(caller, order.organisation()),
                forms.of(order.organisation()),
                order.view(),
                version);
        return parts.render(
                order.organisation(),
                template(appendix),
                withPlan(
                        caller,
                        order.organisation(),
                        order.view().orderDate(),
                        appendix,
                        RegulationModel.appendix(model, appendix.number())));
    }

    /** The roadmap from the school's plan of the year of {@code date} (today when null), if it keeps one. */
    private Map<String, Object> withPlan(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            LocalDate date,
            Appendix appendix,
            Map<String, Object> model) {
        // 10.1 of the Regulation: the payment as the school's rules or its setting give it
        @SuppressWarnings("unchecked")
        Map<String, Object> requisites = (Map<String, Object>) model.get("organisation");
        model.put("orderPayment", payment.of(organisation, requisites));
        RoadmapSource source = roadmaps.getIfAvailable();
        if (appendix != Appendix.ROADMAP || source == null) {
            return model;
        }
        LocalDate day = date != null ? date : dates.today(organisation);
        return source.plan(caller, organisation, day)
                .map(rows -> RoadmapTable.withPlan(model, rows, messages))
                .orElse(model);
    }

    private Optional<MentorshipOrder> approvalOrder(OrganisationId organisation) {
        List<MentorshipOrder> all = orders.inOrganisation(organisation.value()).stream()
                .filter(o -> o.kind() == OrderKind.REGULATION)
                .toList();
        Optional<MentorshipOrder> inForce = all.stream()
                .filter(MentorshipOrder::registered)
                .max(Comparator.comparing((MentorshipOrder o) -> o.view().orderDate())
                        .thenComparing(o -> o.view().registeredAt()));
        // the list is the latest first: the draft being prepared
        return inForce.isPresent() ? inForce : all.stream().findFirst();
    }

    private DocumentFile file(Appendix appendix, byte[] docx, boolean pdf) {
        DocumentFile file = new DocumentFile(
                DocumentFileNames.appendix(appendix.number(), appendix.title(), messages) + ".docx", docx);
        return pdf ? file.toPdf() : file;
    }

    /** The organisation's editable template of the appendix. */
    private static String template(Appendix appendix) {
        return appendix == Appendix.REGULATION ? RegulationTemplates.REGULATION : RegulationTemplates.ROADMAP;
    }
}
