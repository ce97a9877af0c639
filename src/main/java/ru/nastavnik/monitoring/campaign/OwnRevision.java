package ru.nastavnik.monitoring.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.shared.InvalidInputException;

/**
 * The rules for changing a campaign's own figures once schools have begun answering them. A figure keeps its number
 * (its code {@code OWN_n} in the region's form mapping and in every school's values) whatever is changed:
 * <ul>
 * <li>its title and hint at any time, even after the campaign closed — schools see the new wording, the values typed
 * and submitted stay theirs;</li>
 * <li>its kind (a count or a share) only while no school has typed a value of it: a count typed as "5" would
 * otherwise turn into a share with no base, or a share into a count of its numerator;</li>
 * <li>its removal only while no school has typed a value of it: a report would lose what the school answered;</li>
 * <li>a new figure only while the campaign is open and no school has submitted: the reports already given could not
 * answer it.</li>
 * </ul>
 * Every refusal is collected, and nothing changes while any stands.
 */
record OwnRevision(List<OwnFigure> figures, List<String> changes) {

    /**
     * {@code written}: the figures as she wants them, each existing one with its number, a new one with 0 (a row
     * without title and hint: an existing figure removed, or an empty row); an existing figure left out is removed.
     * {@code answered}: by figure number, how many schools have typed a value of it (in a draft or a report).
     */
    static OwnRevision of(
            List<OwnFigure> current,
            List<OwnFigure> written,
            Map<Integer, Long> answered,
            boolean open,
            boolean anySubmitted,
            boolean hasIndicators) {
        Map<Integer, OwnFigure> before = new LinkedHashMap<>();
        current.forEach(f -> before.put(f.number(), f));
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        List<OwnFigure> after = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        Set<Integer> kept = new HashSet<>();
        int next = current.stream().mapToInt(OwnFigure::number).max().orElse(0) + 1;
        for (int i = 0; i < written.size(); i++) {
            OwnFigure f = written.get(i).stripped();
            OwnFigure old = before.get(f.number());
            if (f.number() != 0 && (old == null || !kept.add(f.number()))) {
                problems.add(InvalidInputException.Problem.field(
                        "own[" + i + "].number", "monitoringOwn.unknown", i + 1, f.number()));
                continue;
            }
            if (f.blank()) {
                kept.remove(f.number());
                continue;
            }
            f.check(i, problems);
            if (old == null) {
                if (!open || anySubmitted) {
                    problems.add(InvalidInputException.Problem.field(
                            "own[" + i + "].title",
                            open ? "monitoringOwn.addAfterSubmission" : "monitoringOwn.closed",
                            f.title()));
                }
                after.add(new OwnFigure(next, f.title(), f.unit(), f.hint()));
                changes.add("added " + OwnFigure.PREFIX + next++);
                continue;
            }
            if (f.unit() != old.unit()) {
                long schools = answered.getOrDefault(old.number(), 0L);
                if (schools > 0) {
                    problems.add(InvalidInputException.Problem.field(
                            "own[" + i + "].unit", "monitoringOwn.unitAnswered", old.title(), schools));
                } else if (!open) {
                    problems.add(InvalidInputException.Problem.field(
                            "own[" + i + "].unit", "monitoringOwn.closed", old.title()));
                }
                changes.add(old.code() + " unit " + old.unit() + " -> " + f.unit());
            }
            if (!f.title().equals(old.title()) || !java.util.Objects.equals(f.hint(), old.hint())) {
                changes.add(old.code() + " reworded");
            }
            after.add(new OwnFigure(old.number(), f.title(), f.unit(), f.hint()));
        }
        for (OwnFigure old : current) {
            if (kept.contains(old.number())) {
                continue;
            }
            long schools = answered.getOrDefault(old.number(), 0L);
            if (schools > 0) {
                problems.add(InvalidInputException.Problem.field(
                        "own", "monitoringOwn.removeAnswered", old.title(), schools));
            } else if (!open) {
                problems.add(InvalidInputException.Problem.field("own", "monitoringOwn.closed", old.title()));
            }
            changes.add("removed " + old.code());
        }
        if (!hasIndicators && after.isEmpty() && problems.isEmpty()) {
            problems.add(InvalidInputException.Problem.field("own", "campaigns.indicators.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        after.sort(java.util.Comparator.comparingInt(OwnFigure::number));
        return new OwnRevision(List.copyOf(after), List.copyOf(changes));
    }
}
