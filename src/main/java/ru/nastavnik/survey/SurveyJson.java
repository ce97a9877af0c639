package ru.nastavnik.survey;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form in which the database keeps a questionnaire's content and answer sheets; public for the modules that
 * keep a questionnaire of their own (training's mastery checks).
 */
public final class SurveyJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {};

    private SurveyJson() {}

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static QuestionnaireContent content(String json) {
        return JSON.readValue(json, QuestionnaireContent.class);
    }

    public static Map<String, List<String>> answers(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, ANSWERS);
    }
}
