package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import ru.nastavnik.shared.web.Dates;

/**
 * A pair's payment term as its supplementary agreement states it (Labour Code art. 351.8: the amount and conditions
 * of the payment): the figures and the words, per pair or per mentee, and the cap.
 */
final class PaymentTermWording {

    private PaymentTermWording() {}

    /** «3 000 (три тысячи) рублей 00 копеек в месяц за наставничество в паре (группе)». */
    static String describe(PaymentKind kind, java.math.BigDecimal amount, java.math.BigDecimal cap) {
        String text = switch (kind) {
            case FIXED -> NumberWords.roubles(amount) + " в месяц за наставничество в паре (группе)";
            case RATE_SHARE ->
                NumberWords.decimal(amount)
                        + " ставки заработной платы (должностного оклада) работника в месяц за наставничество в паре (группе)";
            case PER_MENTEE ->
                NumberWords.decimal(amount)
                        + " ставки заработной платы (должностного оклада) работника в месяц за каждого наставляемого (коэффициент к ставке)";
        };
        if (cap != null) {
            text += ", но не более "
                    + (kind.inRoubles() ? NumberWords.roubles(cap) : NumberWords.decimal(cap) + " ставки")
                    + " в месяц в совокупности по всем парам (группам) с этим условием оплаты";
        }
        return text;
    }

    /**
     * The terms from the one in force on {@code from} on: one term reads as it is; a change already set adds «с … —»
     * before each, so the agreement states every amount the mentor will get and from when. {@code mentoringFrom}: the
     * pair's start; a payment that starts later (a rule is never set back in time) says from when, or the agreement
     * would promise pay for days the order does not pay.
     */
    static String agreed(List<PaymentCalculator.Term> terms, LocalDate from, LocalDate mentoringFrom) {
        List<PaymentCalculator.Term> ordered = terms.stream()
                .sorted(java.util.Comparator.comparing(PaymentCalculator.Term::from))
                .toList();
        int first = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (!ordered.get(i).from().isAfter(from)) {
                first = i;
            }
        }
        List<PaymentCalculator.Term> shown = ordered.subList(first, ordered.size());
        if (shown.size() == 1) {
            LocalDate paidFrom = shown.get(0).from();
            String since =
                    mentoringFrom != null && paidFrom.isAfter(mentoringFrom) ? Dates.DATE.format(paidFrom) : null;
            return (since == null ? "" : "с " + since + " ") + "в размере "
                    + describe(shown.get(0).rule());
        }
        return shown.stream()
                .map(t -> "с " + Dates.DATE.format(t.from()) + " — в размере " + describe(t.rule()))
                .collect(Collectors.joining("; "));
    }

    static String describe(PaymentRule rule) {
        return describe(rule.kind(), rule.amount(), rule.cap());
    }
}
