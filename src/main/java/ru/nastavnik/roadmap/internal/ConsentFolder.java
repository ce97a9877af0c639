package ru.nastavnik.roadmap.internal;

import static ru.nastavnik.roadmap.internal.PackageFiles.copy;
import static ru.nastavnik.roadmap.internal.PackageFiles.entry;
import static ru.nastavnik.roadmap.internal.PackageFiles.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentReads;
import ru.nastavnik.consent.ConsentScans;
import ru.nastavnik.consent.ConsentStatus;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The inspection package's folder of consents: the register of those given in the period and their scans. A
 * withdrawn person's consent and scan are left out: processing of her data has stopped.
 */
@Component
class ConsentFolder {

    private static final java.util.Locale RUSSIAN = java.util.Locale.forLanguageTag("ru");

    private final ConsentReads consents;
    private final ConsentScans consentScans;
    private final StaffManagement staff;
    private final MessageSource messages;
    private final PackageTexts texts;

    ConsentFolder(
            ConsentReads consents,
            ConsentScans consentScans,
            StaffManagement staff,
            MessageSource messages,
            PackageTexts texts) {
        this.texts = texts;
        this.consents = consents;
        this.consentScans = consentScans;
        this.staff = staff;
        this.messages = messages;
    }

    void add(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            LocalDate from,
            LocalDate to,
            List<PackageEntry> entries,
            Set<String> paths) {
        List<ConsentView> given = consents.search(caller, organisation, null, null).stream()
                .filter(c -> c.status() != ConsentStatus.WITHDRAWN
                        && c.withdrawnOn() == null
                        && within(c.givenOn(), from, to))
                .toList();
        List<ConsentView> onFile = given.stream().filter(ConsentView::hasScan).toList();
        Map<PersonId, StaffView> people = given.isEmpty()
                ? Map.of()
                : staff.currentAmong(
                        caller,
                        organisation,
                        given.stream().map(ConsentView::personId).toList());
        if (!given.isEmpty()) {
            List<ConsentRegister.Row> register = given.stream()
                    .map(c -> new ConsentRegister.Row(
                            people.containsKey(c.personId())
                                    ? people.get(c.personId()).data().fullName()
                                    : c.personId().toString(),
                            messages.getMessage(
                                    c.purpose().messageKey(), null, c.purpose().name(), RUSSIAN),
                            c.givenOn(),
                            c.validUntil(),
                            c.hasScan()))
                    .toList();
            entries.add(entry(
                    paths,
                    texts.text("roadmap.package.consents"),
                    texts.text("roadmap.package.consentRegister"),
                    null,
                    to,
                    texts.text("roadmap.package.consentRegister.file"),
                    out -> ConsentRegister.write(register, from, to, out, texts)));
        }
        for (ConsentView consent : onFile) {
            String purpose = messages.getMessage(
                    consent.purpose().messageKey(), null, consent.purpose().name(), RUSSIAN);
            String who = people.containsKey(consent.personId())
                    ? people.get(consent.personId()).data().fullName()
                    : consent.personId().toString();
            entries.add(entry(
                    paths,
                    texts.text("roadmap.package.consents"),
                    texts.text("roadmap.package.consent", purpose, who),
                    null,
                    consent.givenOn(),
                    texts.text(
                            "roadmap.package.consent.file",
                            who,
                            purpose,
                            consentScans.scanExtension(caller, organisation, consent.id())),
                    out -> copy(
                            consentScans
                                    .scan(caller, organisation, consent.id())
                                    .content(),
                            out)));
        }
    }
}
