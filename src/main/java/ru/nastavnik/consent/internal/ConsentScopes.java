package ru.nastavnik.consent.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.consent.DistributionScope;
import ru.nastavnik.consent.DistributionScopeNarrowed;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Narrowing a consent to distribution at the person's demand (152-ФЗ art. 10.1 part 12): what she no longer allows
 * ends at once, by the same path as a withdrawal ({@link DistributionScopeNarrowed}).
 */
@Service
@Transactional
public class ConsentScopes {

    private final ConsentRepository consents;
    private final ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;

    ConsentScopes(
            ConsentRepository consents,
            ApplicationEventPublisher events,
            org.springframework.context.MessageSource messages) {
        this.consents = consents;
        this.events = events;
        this.messages = messages;
    }

    public ConsentView narrow(
            NastavnikPrincipal caller, OrganisationId organisation, ConsentId id, DistributionScope scope) {
        ConsentRegistry.check(caller, organisation);
        Consent consent =
                consents.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        DistributionScope before = consent.scope();
        DistributionScopeNarrowed narrowed = consent.narrow(scope);
        consents.saveAndFlush(consent);
        events.publishEvent(narrowed);
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.CONSENT,
                ConsentRegistry.SUBJECT,
                consent.person().value(),
                messages.getMessage(
                        "consentScope.audit.narrowed",
                        new Object[] {names(before), names(consent.scope())},
                        java.util.Locale.forLanguageTag("ru"))));
        return consent.view();
    }

    /** «новости, мероприятия; раздел, Telegram» as the journal shows it. */
    private String names(DistributionScope scope) {
        java.util.Locale ru = java.util.Locale.forLanguageTag("ru");
        return String.join(
                        ", ",
                        scope.kindList().stream()
                                .map(k -> messages.getMessage(k.messageKey(), null, ru))
                                .toList())
                + "; "
                + String.join(
                        ", ",
                        scope.channelList().stream()
                                .map(c -> messages.getMessage(c.messageKey(), null, ru))
                                .toList());
    }
}
