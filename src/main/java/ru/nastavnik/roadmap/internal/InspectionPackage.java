package ru.nastavnik.roadmap.internal;

import static ru.nastavnik.roadmap.internal.PackageFiles.entry;
import static ru.nastavnik.roadmap.internal.PackageFiles.safe;
import static ru.nastavnik.roadmap.internal.PackageFiles.within;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import ru.nastavnik.mentorship.MentorshipDocuments;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderScans;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.RegulationDocuments;
import ru.nastavnik.mentorship.RegulationDocuments.Appendix;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.roadmap.PackageContribution;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The inspection package (прокуратура, Рособрнадзор, the founder): one ZIP for a period with the Regulation and the
 * roadmap, every registered order with its signed scan, the register of the consents on file and their scans
 * ({@link ConsentFolder}), the supplementary agreements and the programmes ({@link PairFolders}), the events'
 * protocols and the practices ({@link RecordFolders}) — with an index first — then the folders other modules contribute
 * ({@link PackageContribution}: the monitoring reports, the list of publications). Each file is made when the archive
 * reaches it and streamed.
 */
@Service
public class InspectionPackage {

    private final OrderRegister orders;
    private final OrderScans orderScans;
    private final MentorshipDocuments mentorshipDocuments;
    private final RegulationDocuments regulation;
    private final ConsentFolder consentFolder;
    private final PairFolders pairFolders;
    private final RecordFolders recordFolders;
    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<PackageContribution> contributions;
    private final SchoolDates schoolDates;
    private final PackageTexts texts;

    InspectionPackage(
            OrderRegister orders,
            OrderScans orderScans,
            MentorshipDocuments mentorshipDocuments,
            RegulationDocuments regulation,
            ConsentFolder consentFolder,
            PairFolders pairFolders,
            RecordFolders recordFolders,
            ApplicationEventPublisher publisher,
            ObjectProvider<PackageContribution> contributions,
            SchoolDates schoolDates,
            PackageTexts texts) {
        this.texts = texts;
        this.contributions = contributions;
        this.schoolDates = schoolDates;
        this.orders = orders;
        this.orderScans = orderScans;
        this.mentorshipDocuments = mentorshipDocuments;
        this.regulation = regulation;
        this.consentFolder = consentFolder;
        this.pairFolders = pairFolders;
        this.recordFolders = recordFolders;
        this.publisher = publisher;
    }

    /** Checks the caller and the period and lists the files, before a byte is sent: a refusal changes nothing. */
    public List<PackageEntry> plan(
            NastavnikPrincipal caller, OrganisationId organisation, LocalDate from, LocalDate to) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
        PackageIndex.checkPeriod(from, to);
        List<PackageEntry> entries = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (Appendix appendix : Appendix.values()) {
            String name = texts.text("roadmap.package.appendix." + appendix.name());
            entries.add(entry(
                    paths,
                    texts.text("roadmap.package.regulation"),
                    name,
                    null,
                    null,
                    texts.text("roadmap.package.regulation.file", name),
                    out -> out.write(regulation
                            .current(caller, organisation, appendix, true)
                            .content())));
        }
        Map<java.util.UUID, LocalDate> orderDates = new java.util.HashMap<>();
        for (OrderView order : orders.list(caller, organisation)) {
            if (order.status() == OrderStatus.REGISTERED && order.orderDate() != null) {
                orderDates.put(order.id(), order.orderDate());
            }
            if (order.status() != OrderStatus.REGISTERED || !within(order.orderDate(), from, to)) {
                continue;
            }
            String base =
                    texts.text("roadmap.package.order.file", order.number(), Dates.DATE.format(order.orderDate()));
            entries.add(entry(
                    paths,
                    texts.text("roadmap.package.orders"),
                    order.title(),
                    order.number(),
                    order.orderDate(),
                    base + ".pdf",
                    out -> out.write(
                            mentorshipDocuments.orderPdf(caller, order.id()).content())));
            if (order.scanned()) {
                entries.add(entry(
                        paths,
                        texts.text("roadmap.package.orders"),
                        texts.text("roadmap.package.order.scan", order.title()),
                        order.number(),
                        order.orderDate(),
                        texts.text(
                                "roadmap.package.order.scanFile", base, orderScans.scanExtension(caller, order.id())),
                        out -> out.write(orderScans.scan(caller, order.id()).content())));
            }
        }
        consentFolder.add(caller, organisation, from, to, entries, paths);
        pairFolders.add(caller, organisation, from, to, orderDates, entries, paths);
        recordFolders.add(caller, organisation, from, to, entries, paths);
        contribute(caller, organisation, from, to, entries, paths);
        return entries;
    }

    /** The other modules' folders, numbered on from the roadmap's own; a module with nothing for the period has none. */
    private void contribute(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            LocalDate from,
            LocalDate to,
            List<PackageEntry> entries,
            Set<String> paths) {
        int folder = 8;
        for (PackageContribution contribution : contributions.stream()
                .sorted(java.util.Comparator.comparingInt(PackageContribution::order))
                .toList()) {
            List<PackageContribution.Part> parts = contribution.parts(caller, organisation, from, to);
            if (parts.isEmpty()) {
                continue;
            }
            String dir = String.format("%02d %s/", folder++, safe(contribution.section()));
            for (PackageContribution.Part part : parts) {
                entries.add(entry(
                        paths,
                        contribution.section(),
                        part.title(),
                        part.number(),
                        part.date(),
                        dir + safe(part.fileName()),
                        part.writer()));
            }
        }
    }

    /** Writes the index and then every file into the ZIP, one at a time. */
    public void write(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            LocalDate from,
            LocalDate to,
            List<PackageEntry> entries,
            OutputStream out)
            throws IOException {
        publisher.publishEvent(new AuditEvent(
                organisation,
                AuditAction.EXPORT,
                "InspectionPackage",
                null,
                "пакет документов для проверки с " + from + " по " + to + ": файлов " + entries.size()));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(texts.text("roadmap.package.index.file")));
            zip.write(PackageIndex.pdf(entries, from, to));
            zip.closeEntry();
            for (PackageEntry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.path()));
                entry.writer().writeTo(zip);
                zip.closeEntry();
                zip.flush();
            }
        }
    }

    /** The school's own date: the default period of its package ends there. */
    public LocalDate today(OrganisationId organisation) {
        return schoolDates.today(organisation);
    }
}
