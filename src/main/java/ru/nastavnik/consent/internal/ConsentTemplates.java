package ru.nastavnik.consent.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.documents.DefaultTemplate;

/**
 * The built-in consent forms, one separate document per purpose (152-ФЗ art. 9 as amended from 01.09.2025).
 * Identity document and address are left as blanks to fill in by hand: the system does not keep passports.
 */
@Configuration(proxyBeanMethods = false)
class ConsentTemplates {

    @Bean
    DefaultTemplate personalDataConsentTemplate() {
        return template(ConsentPurpose.PERSONAL_DATA);
    }

    @Bean
    DefaultTemplate mentoringDutiesConsentTemplate() {
        return template(ConsentPurpose.MENTORING_DUTIES);
    }

    @Bean
    DefaultTemplate sharedBankConsentTemplate() {
        return template(ConsentPurpose.SHARED_BANK);
    }

    @Bean
    DefaultTemplate publicationConsentTemplate() {
        return template(ConsentPurpose.PUBLICATION);
    }

    private static DefaultTemplate template(ConsentPurpose purpose) {
        return DefaultTemplate.of(purpose.templateKind(), ConsentModel::sample);
    }
}
