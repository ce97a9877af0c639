package ru.nastavnik.mentorship.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.DefaultTemplate;

/**
 * The documents that make a pair legal (Labour Code art. 351.8): the order assigning pairs and groups with the
 * ГОСТ Р 7.0.97 requisites (heading, «ПРИКАЗЫВАЮ», the control clause, the signature and the familiarisation
 * sheet), and the supplementary agreement to the mentor's employment contract. Schools replace either with
 * their own DOCX.
 */
@Configuration(proxyBeanMethods = false)
class MentorshipTemplates {

    static final String ORDER = "mentorship-order-assignment";
    static final String AGREEMENT = "mentorship-agreement";
    static final String PROGRAMME = "mentorship-programme";
    static final String PROGRAMME_ORDER = "mentorship-order-programmes";
    static final String REGULATION_ORDER = "mentorship-order-regulation";
    static final String TERMINATION_ORDER = "mentorship-order-termination";
    static final String PAYMENT_ORDER = "mentorship-order-payment";
    static final String COMPLETION_ORDER = "mentorship-order-completion";
    static final String GRATITUDE = "mentorship-gratitude";

    @Bean
    DefaultTemplate assignmentOrderTemplate() {
        return template(ORDER);
    }

    @Bean
    DefaultTemplate agreementTemplate() {
        return template(AGREEMENT);
    }

    @Bean
    DefaultTemplate programmeApprovalOrderTemplate() {
        return template(PROGRAMME_ORDER);
    }

    /** Early end: by the mentor's refusal, or by the employer with at least three working days' notice. */
    @Bean
    DefaultTemplate terminationOrderTemplate() {
        return template(TERMINATION_ORDER);
    }

    /**
     * The monthly order on mentoring payments (Labour Code art. 351.8: an incentive payment within the pay system,
     * Роструд 06.05.2025 № ПГ/08383-6-1) from the statement: who, for how many days, how much — or what share of
     * the rate, which the accountant applies to it.
     */
    @Bean
    DefaultTemplate paymentOrderTemplate() {
        return template(PAYMENT_ORDER);
    }

    /** Stage 6: the programmes completed, the mentors thanked, their payment ended (Labour Code art. 351.8). */
    @Bean
    DefaultTemplate completionOrderTemplate() {
        return template(COMPLETION_ORDER);
    }

    /** The «благодарность» a completion order announces: one page per mentor, the name in the dative. */
    @Bean
    DefaultTemplate gratitudeTemplate() {
        return template(GRATITUDE);
    }

    /** Stage 1: the Regulation, the roadmap and the curator (the basis as schools' orders of 2025 cite it). */
    @Bean
    DefaultTemplate regulationOrderTemplate() {
        return template(REGULATION_ORDER);
    }

    /** The programme in the form schools file: the approval block, the goal and tasks, the plan table, signatures. */
    @Bean
    DefaultTemplate programmeTemplate() {
        return template(PROGRAMME);
    }

    private static DefaultTemplate template(String kind) {
        return DefaultTemplate.of(kind, () -> DocumentSamples.model(kind));
    }
}
