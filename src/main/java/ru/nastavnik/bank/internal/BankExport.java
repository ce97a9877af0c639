package ru.nastavnik.bank.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.TopicView;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/** Either bank as an XLSX sheet, with needs and competences spelt out. */
@Service
public class BankExport {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final BankRegistry banks;
    private final Vocabulary vocabulary;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Organisations organisations;
    private final SheetTexts texts;

    BankExport(
            BankRegistry banks,
            Vocabulary vocabulary,
            ApplicationEventPublisher events,
            MessageSource messages,
            Organisations organisations,
            SheetTexts texts) {
        this.banks = banks;
        this.vocabulary = vocabulary;
        this.events = events;
        this.messages = messages;
        this.organisations = organisations;
        this.texts = texts;
    }

    /** «Банк наставляемых — СШ № 1.xlsx»: which bank and whose. */
    public String fileName(OrganisationId organisation, BankKind kind) {
        String school = organisations
                .find(organisation)
                .map(OrganisationSummary::shortName)
                .orElse("");
        return texts.fileName("export.bank.file." + kind, school);
    }

    @Transactional(readOnly = true)
    public byte[] write(NastavnikPrincipal caller, OrganisationId organisation, BankKind kind) {
        Map<String, String> titles = vocabulary.of(organisation).stream()
                .collect(Collectors.toMap(TopicView::code, TopicView::title, (a, b) -> a));
        Function<List<String>, String> spell =
                codes -> codes.stream().map(c -> titles.getOrDefault(c, c)).collect(Collectors.joining("; "));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(texts.text("export.bank.sheet." + kind));
            int r = 0;
            if (kind == BankKind.MENTEE) {
                row(sheet, r++, texts.columns("export.bank.mentee.columns"));
                for (MenteeView m : banks.mentees(caller, organisation, BankFilter.all())) {
                    row(
                            sheet,
                            r++,
                            m.fullName(),
                            label(m.category().messageKey()),
                            spell.apply(m.needs()),
                            nz(m.needsNote()),
                            Dates.DATE.format(m.enteredOn()));
                }
            } else {
                row(sheet, r++, texts.columns("export.bank.mentor.columns"));
                for (MentorView m : banks.mentors(caller, organisation, BankFilter.all())) {
                    row(
                            sheet,
                            r++,
                            m.profile().fullName(),
                            String.join(", ", m.profile().subjects()),
                            spell.apply(m.competences()),
                            Integer.toString(m.capacity()),
                            String.join(", ", m.preferredForms()),
                            label(m.trainingStatus().messageKey()),
                            texts.yesNo(m.sharedBank()),
                            Dates.DATE.format(m.enteredOn()));
                }
            }
            workbook.write(out);
            events.publishEvent(
                    new AuditEvent(organisation, AuditAction.EXPORT, "Bank", null, "выгрузка банка: " + kind));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** What a school reads in the sheet: «Молодой специалист», «Обучен» — never the code behind it. */
    private String label(String key) {
        return messages.getMessage(key, null, key, RUSSIAN);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
