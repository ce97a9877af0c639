package ru.nastavnik.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * Writes the registry to XLSX with the import's own headers, so that a school can edit the file in Excel and
 * import it back. Streams rows (SXSSF) so that a district-sized list does not sit in memory.
 */
@Service
public class StaffExport {

    private final PersonRepository people;
    private final StaffAccess access;
    private final ApplicationEventPublisher events;
    private final Organisations organisations;
    private final SheetTexts texts;

    StaffExport(
            PersonRepository people,
            StaffAccess access,
            ApplicationEventPublisher events,
            Organisations organisations,
            SheetTexts texts) {
        this.people = people;
        this.access = access;
        this.events = events;
        this.organisations = organisations;
        this.texts = texts;
    }

    /** «Педагоги — СШ № 1.xlsx»: what the file is and whose. */
    public String fileName(OrganisationId organisation) {
        String school = organisations
                .find(organisation)
                .map(OrganisationSummary::shortName)
                .orElse("");
        return texts.fileName("export.staff.file", school);
    }

    @Transactional(readOnly = true)
    public void write(NastavnikPrincipal caller, OrganisationId organisation, OutputStream out) {
        access.check(caller, organisation);
        boolean restrictedToo = access.maySeeRestricted(caller, organisation);
        List<Person> staff = people.findAllInOrganisation(organisation.value()).stream()
                .filter(p -> !p.view().archived() && (restrictedToo || !p.restricted()))
                .toList();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(texts.text("export.staff.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            List<StaffField> fields = StaffField.exported();
            for (int i = 0; i < fields.size(); i++) {
                head.createCell(i).setCellValue(fields.get(i).header());
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
            }
            int r = 1;
            for (Person person : staff) {
                Row row = sheet.createRow(r++);
                StaffData d = person.data();
                for (int i = 0; i < fields.size(); i++) {
                    row.createCell(i).setCellValue(value(fields.get(i), d));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(AuditEvent.ofMany(
                organisation,
                AuditAction.EXPORT,
                StaffRegistry.SUBJECT,
                staff.stream().map(p -> p.id().value()).toList(),
                "выгрузка реестра педагогов (XLSX): " + staff.size()));
    }

    /** Everything as text, as the user reads it: a date as «01.09.2010», a category by its Russian name. */
    static String value(StaffField field, StaffData d) {
        return switch (field) {
            case LAST_NAME -> d.lastName();
            case FIRST_NAME -> d.firstName();
            case MIDDLE_NAME -> nullToEmpty(d.middleName());
            case FULL_NAME -> d.fullName();
            case GENDER -> d.gender() == null ? "" : d.gender() == Gender.MALE ? "М" : "Ж";
            case BIRTH_DATE -> date(d.birthDate());
            case PERSONNEL_NUMBER -> nullToEmpty(d.personnelNumber());
            case POSITIONS -> String.join(", ", d.positions());
            case SUBJECTS -> String.join(", ", d.subjects());
            case TOTAL_EXPERIENCE ->
                d.totalExperienceYears() == null ? "" : d.totalExperienceYears().toString();
            case TEACHING_EXPERIENCE ->
                d.teachingExperienceYears() == null
                        ? ""
                        : d.teachingExperienceYears().toString();
            case QUALIFICATION_CATEGORY -> categoryName(d.qualificationCategory());
            case EDUCATION -> nullToEmpty(d.education());
            case HIRED_ON -> date(d.hiredOn());
            case EMAIL -> nullToEmpty(d.email());
            case PHONE -> nullToEmpty(d.phone());
            case EMPLOYMENT_CONTRACT_NUMBER -> nullToEmpty(d.employmentContractNumber());
            case EMPLOYMENT_CONTRACT_DATE -> date(d.employmentContractDate());
            case LEFT_ON -> date(d.leftOn());
            case LEAVING_REASON ->
                d.leavingReason() == null ? "" : d.leavingReason().wording();
            case LEAVING_COMMENT -> nullToEmpty(d.leavingComment());
        };
    }

    static String categoryName(QualificationCategory category) {
        return switch (category == null ? QualificationCategory.NONE : category) {
            case NONE -> "без категории";
            case CONFORMITY -> "соответствие занимаемой должности";
            case FIRST -> "первая";
            case HIGHEST -> "высшая";
            case METHODIST -> "педагог-методист";
            case MENTOR -> "педагог-наставник";
        };
    }

    private static String date(LocalDate date) {
        return date == null ? "" : Dates.DATE.format(date);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
