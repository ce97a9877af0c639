package ru.nastavnik.practices.internal;

import java.util.List;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.shared.OrganisationId;

/**
 * A practice's page: the practice with its authors' names and its school; its history, each step with the
 * organisation's name; what the caller may do — {@code readIn}: the library she reads it in; {@code manages}: she
 * keeps the school's practices (decides at the school, describes, records the consent); {@code proposeTo}: where she
 * may send it now (null: nowhere); {@code decidesUp}: she decides on it as the level it is proposed to.
 */
public record PracticeCard(
        PracticeView practice,
        List<String> authorNames,
        String schoolName,
        List<Line> history,
        OrganisationId readIn,
        boolean manages,
        String proposeTo,
        boolean decidesUp,
        String pendingAt) {

    public record Line(PracticeStepView step, String organisationName) {}
}
