package ru.nastavnik.monitoring.campaign;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The region's own form: the methodologist uploads her XLSX and maps its columns or cells to the campaign's
 * indicators; the roll-up is then produced in that layout. A file that is not XLSX, a start row missing, a line naming
 * an unknown indicator, a cell the merged areas make unaddressable: refused, each named, and nothing saved.
 */
@Service
@Transactional
public class ReportTemplates {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Campaigns campaigns;
    private final ReportTemplateRepository templates;
    private final TemplateRollup rollup;
    private final Clock clock;

    ReportTemplates(Campaigns campaigns, ReportTemplateRepository templates, TemplateRollup rollup, Clock clock) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.rollup = rollup;
        this.clock = clock;
    }

    public void upload(
            NastavnikPrincipal me,
            CampaignId id,
            String fileName,
            byte[] content,
            TemplateLayout layout,
            Integer startRow,
            String mappingText) {
        Campaign c = campaigns.load(me, id);
        if (layout == null) {
            throw InvalidInputException.of("layout", "campaigns.form.layoutRequired");
        }
        if (layout == TemplateLayout.ROWS && (startRow == null || startRow < 1 || startRow > 1_000_000)) {
            throw InvalidInputException.of("startRow", "campaigns.form.startRow");
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES || !zip(content)) {
            throw InvalidInputException.of("file", "campaigns.form.notXlsx");
        }
        TemplateMapping mapping = TemplateMapping.parse(mappingText, layout, c.indicators(), c.own());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                throw InvalidInputException.of("file", "campaigns.form.notXlsx");
            }
            mapping.requireAddressable(book.getSheetAt(0), layout, startRow);
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw InvalidInputException.of("file", "campaigns.form.notXlsx");
        }
        String name = fileName == null || fileName.isBlank() ? "form.xlsx" : fileName.strip();
        templates.save(new ReportTemplate(
                c,
                name.length() > 300 ? name.substring(0, 300) : name,
                content,
                layout,
                startRow,
                mapping,
                clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<TemplateView> find(NastavnikPrincipal me, CampaignId id) {
        campaigns.load(me, id);
        return templates.findById(id.value()).map(ReportTemplate::view);
    }

    /** The roll-up in the region's layout; false when the campaign has no form of its own. */
    @Transactional(readOnly = true)
    public boolean write(NastavnikPrincipal me, CampaignId id, OutputStream out) {
        // a follower's roll-up: the region's form with her own schools' reports
        Campaign c = campaigns.read(me, id).campaign();
        Optional<ReportTemplate> template = templates.findById(id.value());
        if (template.isEmpty()) {
            return false;
        }
        List<SubmissionView> reports = campaigns.reports(me, id);
        rollup.write(template.get(), template.get().mapping(c), reports, out);
        return true;
    }

    /** An XLSX is a ZIP: anything else (an old .xls, a CSV, a picture) is refused before POI reads it. */
    private static boolean zip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
