package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ru.nastavnik.bank.MenteeCategory;

/**
 * The programme templates shipped with the product, by mentee category (the 2021 methodological recommendations):
 * a goal, the activities every programme of the category has, and a suggested activity for each need of the
 * shared vocabulary. A programme is instantiated from them and then edited by the pair and the curator.
 */
final class ProgrammeTemplates {

    record Suggestion(String title, String form, String expectedResult) {
    }

    private static final Map<MenteeCategory, String> GOALS = Map.of(
            MenteeCategory.YOUNG_SPECIALIST, "Успешная адаптация молодого специалиста к профессии и к коллективу, "
                    + "развитие профессиональных компетенций, необходимых для самостоятельной работы.",
            MenteeCategory.NEW_EMPLOYEE, "Вхождение нового сотрудника в коллектив и в принятые в школе требования и "
                    + "традиции, освоение локальных актов и документации.",
            MenteeCategory.NEW_POSITION, "Освоение новой должности или нового предмета: требований, документации и "
                    + "методики работы.",
            MenteeCategory.PROFESSIONAL_DEFICITS, "Преодоление выявленных профессиональных затруднений и закрепление "
                    + "результата в практике.",
            MenteeCategory.ON_REQUEST, "Профессиональное развитие педагога по его запросу.",
            MenteeCategory.OTHER, "Профессиональное развитие педагога.");

    private static final Map<String, Suggestion> BY_NEED = Map.ofEntries(
            Map.entry("subject-methods", new Suggestion("Взаимопосещение уроков и разбор методических приёмов по предмету",
                    "взаимопосещение, консультация", "Использует в уроках разобранные приёмы, есть анализ уроков")),
            Map.entry("fgos", new Suggestion("Изучение требований ФГОС и ФОП, разбор их отражения в уроке",
                    "консультация, самообразование", "Планирует уроки с учётом требований ФГОС")),
            Map.entry("work-programme", new Suggestion("Совместная разработка рабочей программы и тематического планирования",
                    "совместная работа", "Рабочая программа составлена и утверждена")),
            Map.entry("assessment", new Suggestion("Разработка критериев и инструментов оценивания",
                    "практикум", "Применяет критериальное оценивание, есть комплект заданий")),
            Map.entry("differentiation", new Suggestion("Подбор приёмов дифференцированного обучения, работа с обучающимися с ОВЗ",
                    "консультация, взаимопосещение", "Готовит задания разного уровня, учитывает особые потребности")),
            Map.entry("inclusion", new Suggestion("Изучение адаптированных программ и приёмов инклюзивного обучения",
                    "консультация с дефектологом, взаимопосещение", "Использует приёмы инклюзивного обучения на уроках")),
            Map.entry("discipline", new Suggestion("Разбор ситуаций на уроке, приёмы управления классом и мотивации",
                    "взаимопосещение, разбор случаев", "Меньше нарушений дисциплины, выстроены правила работы в классе")),
            Map.entry("class-teacher", new Suggestion("Планирование воспитательной работы класса, проведение классного часа",
                    "совместная подготовка", "Составлен план воспитательной работы, проведён классный час")),
            Map.entry("parents", new Suggestion("Подготовка и проведение родительского собрания, индивидуальные беседы с родителями",
                    "совместная подготовка, присутствие наставника", "Проведено собрание, выстроено общение с родителями")),
            Map.entry("documents", new Suggestion("Ведение документации и электронного журнала",
                    "консультация", "Документация ведётся без замечаний")),
            Map.entry("digital-tools", new Suggestion("Освоение цифровых инструментов и ресурсов для урока",
                    "практикум", "Использует цифровые ресурсы на уроках")),
            Map.entry("functional-literacy", new Suggestion("Задания на формирование функциональной грамотности",
                    "совместная разработка", "Составлен банк заданий, задания применяются на уроках")),
            Map.entry("projects", new Suggestion("Организация проектной и исследовательской деятельности обучающихся",
                    "совместное руководство проектом", "Обучающиеся выполнили и защитили проекты")),
            Map.entry("exams", new Suggestion("Методика подготовки к ГИА, разбор типичных ошибок",
                    "консультация, взаимопосещение", "Составлен план подготовки к ГИА, проведены пробные работы")),
            Map.entry("time-burnout", new Suggestion("Планирование рабочего времени, профилактика профессионального выгорания",
                    "беседа, тренинг", "Выстроен режим работы, снижена перегрузка")));

    private ProgrammeTemplates() {
    }

    static String goal(MenteeCategory category) {
        return GOALS.getOrDefault(category, GOALS.get(MenteeCategory.OTHER));
    }

    /**
     * The plan: a diagnostic start, one activity per need (spread evenly over the period), the pair's regular
     * meetings, and the final self-evaluation. Needs outside the shipped list get a general activity with its title.
     */
    static List<PlanItem> plan(List<String> needs, Map<String, String> titles, LocalDate from, LocalDate to) {
        List<PlanItem> plan = new ArrayList<>();
        plan.add(new PlanItem(null, "Знакомство, диагностика профессиональных затруднений, уточнение целей программы",
                "беседа, анкетирование", min(from.plusWeeks(2), to), ActivityRole.BOTH,
                "Определены затруднения и ожидаемые результаты", "анкета, план"));
        long days = ChronoUnit.DAYS.between(from, to);
        for (int i = 0; i < needs.size(); i++) {
            String code = needs.get(i);
            Suggestion s = BY_NEED.get(code);
            LocalDate due = from.plusDays(days * (i + 1) / (needs.size() + 1));
            String need = titles.getOrDefault(code, code);
            plan.add(s == null
                    ? new PlanItem(need, "Работа над запросом: " + need, "консультация, совместная работа", due,
                            ActivityRole.BOTH, "Запрос закрыт", "отчёт наставляемого")
                    : new PlanItem(need, s.title(), s.form(), due, ActivityRole.BOTH, s.expectedResult(), "материалы, отчёт"));
        }
        plan.add(new PlanItem(null, "Открытый урок (занятие) наставляемого с последующим анализом", "открытый урок",
                to.minusWeeks(3).isBefore(from) ? to : to.minusWeeks(3), ActivityRole.MENTEE,
                "Урок проведён и проанализирован", "анализ урока"));
        plan.add(new PlanItem(null, "Итоговая самооценка наставляемого и оценка наставника, анкетирование удовлетворённости",
                "анкетирование, собеседование", to, ActivityRole.BOTH, "Программа оценена, результаты обсуждены",
                "анкеты, отчёт"));
        return plan;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
