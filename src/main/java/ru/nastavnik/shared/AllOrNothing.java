package ru.nastavnik.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A change of many people at once (consents marked received, mentors trained, people added to a bank) made for all
 * of them or for none: each person the change cannot be made for is refused with her name and the reason, and
 * nothing is changed while any refusal stands.
 */
public final class AllOrNothing {

    static final String REFUSED = "bulk.refused";

    private final String field;
    /** Who is refused, by reason (its message key and arguments), in the order met: one line per reason. */
    private final Map<List<Object>, List<String>> refused = new LinkedHashMap<>();

    public AllOrNothing(String field) {
        this.field = field;
    }

    /** Refuses the change for {@code who}: «Иванова Мария Петровна: нет согласия …». */
    public void refuse(String who, String messageKey, Object... args) {
        List<Object> reason = new ArrayList<>();
        reason.add(messageKey);
        reason.addAll(Arrays.asList(args));
        refused.computeIfAbsent(reason, r -> new ArrayList<>()).add(who);
    }

    /** Runs one person's part; a refusal of the rules is kept (with her name) rather than thrown. */
    public <T> T attempt(String who, Supplier<T> part) {
        try {
            return part.get();
        } catch (InvalidInputException refusal) {
            refusal.problems().forEach(p -> refuse(who, p.messageKey(), p.args().toArray()));
            return null;
        }
    }

    /**
     * Throws every refusal at once, before anything has been changed; people refused for the same reason (a date in
     * the future, say) share one line.
     */
    public void requireNone() {
        if (refused.isEmpty()) {
            return;
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        refused.forEach((reason, who) -> {
            String key = (String) reason.get(0);
            Object[] args = reason.subList(1, reason.size()).toArray();
            problems.add(InvalidInputException.Problem.field(
                    field,
                    REFUSED,
                    String.join(", ", who),
                    new DefaultMessageSourceResolvable(new String[] {key}, args, key)));
        });
        throw new InvalidInputException(problems);
    }
}
