package ru.nastavnik.monitoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;

/**
 * A mentee's self-assessment as shown: each item's start and end score, its growth, whether it was a deficit (started
 * below the threshold) and whether that deficit closed (ended at or above it).
 */
public record SelfAssessmentView(
        UUID id,
        PersonId mentee,
        String menteeName,
        LocalDate startedOn,
        LocalDate endedOn,
        List<ItemView> items,
        int threshold) {

    public record ItemView(String title, int startScore, Integer endScore) {}

    public boolean ended() {
        return endedOn != null;
    }

    public boolean deficit(ItemView item) {
        return item.startScore() < threshold;
    }

    public boolean closed(ItemView item) {
        return deficit(item) && item.endScore() != null && item.endScore() >= threshold;
    }

    /** The end score less the start score; none before the end. */
    public Integer growth(ItemView item) {
        return item.endScore() == null ? null : item.endScore() - item.startScore();
    }

    public long deficits() {
        return items.stream().filter(this::deficit).count();
    }

    public long deficitsClosed() {
        return items.stream().filter(this::closed).count();
    }

    /** The mean growth over all her items, to one decimal; none before the end. */
    public BigDecimal meanGrowth() {
        if (!ended() || items.isEmpty()) {
            return null;
        }
        int sum = items.stream().mapToInt(i -> i.endScore() - i.startScore()).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(items.size()), 1, RoundingMode.HALF_UP);
    }
}
