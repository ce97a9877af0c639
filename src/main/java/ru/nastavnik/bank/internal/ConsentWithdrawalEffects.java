package ru.nastavnik.bank.internal;

import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.organisation.SchoolDates;

/**
 * A withdrawn (or expired) consent takes the person out at once, in the same transaction as the withdrawal:
 * no personal-data consent — out of both banks; no consent to the mentoring duties — out of the mentor bank (Labour
 * Code art. 351.8: without it nobody may be assigned a mentor, so she is proposed to nobody); no shared-bank
 * consent — out of the shared bank.
 */
@Component
class ConsentWithdrawalEffects {

    static final String REASON = "отзыв согласия на обработку персональных данных";
    static final String DUTIES_REASON = "отзыв согласия на выполнение обязанностей наставника (ст. 351.8 ТК РФ)";

    private final MenteeRepository mentees;
    private final MentorRepository mentors;
    private final SchoolDates dates;

    ConsentWithdrawalEffects(MenteeRepository mentees, MentorRepository mentors, SchoolDates dates) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.dates = dates;
    }

    // Synchronous, in the withdrawal's transaction: the person leaves the banks at once (152-FZ art. 9), so that no
    // matching or shared-bank search sees her after the withdrawal has committed.
    @EventListener
    @Transactional
    void on(ConsentWithdrawn event) {
        // the bank entries of the school that held the consent leave on that school's date
        LocalDate today = dates.today(event.organisation());
        if (event.purpose() == ConsentPurpose.PERSONAL_DATA) {
            mentees.current(event.person().value()).ifPresent(e -> e.leave(today, REASON));
            mentors.current(event.person().value()).ifPresent(e -> e.leave(today, REASON));
        } else if (event.purpose() == ConsentPurpose.MENTORING_DUTIES) {
            mentors.current(event.person().value()).ifPresent(e -> e.leave(today, DUTIES_REASON));
        } else if (event.purpose() == ConsentPurpose.SHARED_BANK) {
            mentors.current(event.person().value()).ifPresent(MentorEntry::leaveSharedBank);
        }
    }
}
