package ru.nastavnik.survey.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.QuestionnaireStatus;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.Results;
import ru.nastavnik.survey.SurveyTopics;

/**
 * Counts, means and distributions per question. In an anonymous questionnaire nothing is shown over fewer than
 * {@link #MIN_GROUP} answers — neither the whole nor one question — and free texts are listed in alphabetical
 * order, never in the order they came in, so that no answer can be traced to the person who gave it.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    public static final int MIN_GROUP = 3;

    private final ResponseRepository responses;
    private final SurveyAccess access;
    private final StaffManagement staff;
    private final List<SurveyTopics> topics;
    private final ApplicationEventPublisher events;

    SurveyResults(
            ResponseRepository responses,
            SurveyAccess access,
            StaffManagement staff,
            List<SurveyTopics> topics,
            ApplicationEventPublisher events) {
        this.responses = responses;
        this.access = access;
        this.staff = staff;
        this.topics = topics;
        this.events = events;
    }

    public Results results(NastavnikPrincipal caller, QuestionnaireId id) {
        Questionnaire questionnaire = access.managed(caller, id);
        List<SurveyResponse> sheets = responses.ofQuestionnaire(questionnaire.id());
        Map<PersonId, String> names = questionnaire.anonymous() ? Map.of() : names(caller, questionnaire);
        audit(questionnaire, "просмотр результатов анкетирования");
        if (questionnaire.anonymous() && questionnaire.status() != QuestionnaireStatus.CLOSED) {
            // live results of an anonymous questionnaire, compared before and after one person submits, would
            // show that person's answers: they are shown once the questionnaire is closed for good
            return new Results(questionnaire.view(), sheets.size(), true, List.of());
        }
        return aggregate(questionnaire.view(), sheets, names, topicTitles(questionnaire));
    }

    /** The rows behind the results, for the export; names only when the questionnaire is not anonymous. */
    List<SurveyResponse> sheets(NastavnikPrincipal caller, QuestionnaireId id) {
        Questionnaire questionnaire = access.managed(caller, id);
        events.publishEvent(new AuditEvent(
                questionnaire.organisation(),
                AuditAction.EXPORT,
                "Questionnaire",
                questionnaire.id(),
                "выгрузка ответов анкетирования"));
        List<SurveyResponse> sheets = new ArrayList<>(responses.ofQuestionnaire(questionnaire.id()));
        if (questionnaire.anonymous()) {
            sheets.sort(Comparator.comparing(SurveyResponse::id));
        }
        return sheets;
    }

    Map<PersonId, String> names(NastavnikPrincipal caller, Questionnaire questionnaire) {
        return staff.current(caller, questionnaire.organisation()).stream()
                .collect(Collectors.toMap(StaffView::id, s -> s.data().fullName()));
    }

    Map<String, String> topicTitles(Questionnaire questionnaire) {
        Map<String, String> titles = new LinkedHashMap<>();
        if (questionnaire.content().usesTopics()) {
            topics.forEach(t -> t.topics(questionnaire.organisation()).forEach(c -> titles.put(c.code(), c.title())));
        }
        return titles;
    }

    static Results aggregate(
            QuestionnaireView questionnaire,
            List<SurveyResponse> sheets,
            Map<PersonId, String> names,
            Map<String, String> topicTitles) {
        boolean anonymous = questionnaire.anonymous();
        if (anonymous && sheets.size() < MIN_GROUP) {
            return new Results(questionnaire, sheets.size(), true, List.of());
        }
        List<Map<String, List<String>>> answers =
                sheets.stream().map(SurveyResponse::answers).toList();
        List<Results.QuestionResult> results = new ArrayList<>();
        for (Question question : questionnaire.content().questions()) {
            List<Integer> who = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                if (!answers.get(i).getOrDefault(question.key(), List.of()).isEmpty()) {
                    who.add(i);
                }
            }
            if (anonymous && who.size() < MIN_GROUP) {
                results.add(new Results.QuestionResult(question, who.size(), true, List.of(), null, List.of()));
                continue;
            }
            results.add(question(question, who, answers, sheets, names, topicTitles, anonymous));
        }
        return new Results(questionnaire, sheets.size(), false, results);
    }

    private static Results.QuestionResult question(
            Question question,
            List<Integer> who,
            List<Map<String, List<String>>> answers,
            List<SurveyResponse> sheets,
            Map<PersonId, String> names,
            Map<String, String> topicTitles,
            boolean anonymous) {
        Map<String, String> labels = new LinkedHashMap<>();
        switch (question.type()) {
            case SINGLE, MULTIPLE -> question.options().forEach(o -> labels.put(o.key(), o.label()));
            case SCALE -> {
                for (int v = 1; v <= question.scaleMax(); v++) {
                    labels.put(String.valueOf(v), String.valueOf(v));
                }
            }
            case TOPICS -> labels.putAll(topicTitles);
            default -> {}
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        labels.keySet().forEach(k -> counts.put(k, 0L));
        List<Results.TextAnswer> texts = new ArrayList<>();
        double sum = 0;
        for (int i : who) {
            List<String> values = answers.get(i).get(question.key());
            if (labels.isEmpty()) {
                PersonId person = sheets.get(i).person();
                texts.add(new Results.TextAnswer(
                        anonymous || person == null ? null : names.getOrDefault(person, "—"),
                        String.join("; ", values)));
                continue;
            }
            for (String value : values) {
                counts.merge(value, 1L, Long::sum);
                labels.putIfAbsent(value, value);
            }
            if (question.type() == QuestionType.SCALE) {
                sum += Integer.parseInt(values.get(0));
            }
        }
        if (anonymous) {
            texts.sort(Comparator.comparing(Results.TextAnswer::text));
        }
        List<Results.Bar> bars = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (question.type() != QuestionType.TOPICS || count > 0) {
                bars.add(new Results.Bar(
                        key,
                        labels.get(key),
                        count,
                        who.isEmpty() ? 0 : Math.round(1000.0 * count / who.size()) / 10.0));
            }
        });
        if (question.type() == QuestionType.TOPICS) {
            bars.sort(Comparator.comparingLong(Results.Bar::count).reversed());
        }
        Double mean = question.type() == QuestionType.SCALE && !who.isEmpty()
                ? Math.round(100.0 * sum / who.size()) / 100.0
                : null;
        return new Results.QuestionResult(question, who.size(), false, bars, mean, texts);
    }

    private void audit(Questionnaire questionnaire, String what) {
        events.publishEvent(new AuditEvent(
                questionnaire.organisation(), AuditAction.READ, "Questionnaire", questionnaire.id(), what));
    }
}
