package ru.nastavnik.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.nastavnik.bank.MenteeCategory;

/**
 * The programme templates shipped with the product, by mentee category (the 2021 methodological recommendations):
 * a goal, the activities every programme of the category has, and a suggested activity for each need of the
 * shared vocabulary. They apply until an organisation edits its own ({@link ProgrammeTemplateManagement}); a
 * programme is instantiated from the effective template and then edited by the pair and the curator.
 */
final class ProgrammeTemplates {

    private static final List<StandardActivity> STANDARD = List.of(
            new StandardActivity(
                    "Знакомство, диагностика профессиональных затруднений, уточнение целей программы",
                    "беседа, анкетирование",
                    ActivityTiming.START,
                    null,
                    ActivityRole.BOTH,
                    "Определены затруднения и ожидаемые результаты",
                    "анкета, план"),
            new StandardActivity(
                    "Открытый урок (занятие) наставляемого с последующим анализом",
                    "открытый урок",
                    ActivityTiming.BEFORE_END,
                    null,
                    ActivityRole.MENTEE,
                    "Урок проведён и проанализирован",
                    "анализ урока"),
            new StandardActivity(
                    "Итоговая самооценка наставляемого и оценка наставника, анкетирование удовлетворённости",
                    "анкетирование, собеседование",
                    ActivityTiming.END,
                    null,
                    ActivityRole.BOTH,
                    "Программа оценена, результаты обсуждены",
                    "анкеты, отчёт"));

    private static final Map<MenteeCategory, String> GOALS = Map.of(
            MenteeCategory.YOUNG_SPECIALIST,
                    "Успешная адаптация молодого специалиста к профессии и к коллективу, "
                            + "развитие профессиональных компетенций, необходимых для самостоятельной работы.",
            MenteeCategory.NEW_EMPLOYEE,
                    "Вхождение нового сотрудника в коллектив и в принятые в школе требования и "
                            + "традиции, освоение локальных актов и документации.",
            MenteeCategory.NEW_POSITION,
                    "Освоение новой должности или нового предмета: требований, документации и " + "методики работы.",
            MenteeCategory.PROFESSIONAL_DEFICITS,
                    "Преодоление выявленных профессиональных затруднений и закрепление " + "результата в практике.",
            MenteeCategory.ON_REQUEST, "Профессиональное развитие педагога по его запросу.",
            MenteeCategory.OTHER, "Профессиональное развитие педагога.");

    private static final Map<String, SuggestedActivity> BY_NEED = Map.ofEntries(
            Map.entry(
                    "subject-methods",
                    new SuggestedActivity(
                            "Взаимопосещение уроков и разбор методических приёмов по предмету",
                            "взаимопосещение, консультация",
                            "Использует в уроках разобранные приёмы, есть анализ уроков",
                            "анализ урока")),
            Map.entry(
                    "fgos",
                    new SuggestedActivity(
                            "Изучение требований ФГОС и ФОП, разбор их отражения в уроке",
                            "консультация, самообразование",
                            "Планирует уроки с учётом требований ФГОС",
                            "конспект урока")),
            Map.entry(
                    "work-programme",
                    new SuggestedActivity(
                            "Совместная разработка рабочей программы и тематического планирования",
                            "совместная работа",
                            "Рабочая программа составлена и утверждена",
                            "рабочая программа")),
            Map.entry(
                    "assessment",
                    new SuggestedActivity(
                            "Разработка критериев и инструментов оценивания",
                            "практикум",
                            "Применяет критериальное оценивание, есть комплект заданий",
                            "комплект заданий")),
            Map.entry(
                    "differentiation",
                    new SuggestedActivity(
                            "Подбор приёмов дифференцированного обучения, работа с обучающимися с ОВЗ",
                            "консультация, взаимопосещение",
                            "Готовит задания разного уровня, учитывает особые потребности",
                            "технологическая карта урока")),
            Map.entry(
                    "inclusion",
                    new SuggestedActivity(
                            "Изучение адаптированных программ и приёмов инклюзивного обучения",
                            "консультация с дефектологом, взаимопосещение",
                            "Использует приёмы инклюзивного обучения на уроках",
                            "конспект урока")),
            Map.entry(
                    "discipline",
                    new SuggestedActivity(
                            "Разбор ситуаций на уроке, приёмы управления классом и мотивации",
                            "взаимопосещение, разбор случаев",
                            "Меньше нарушений дисциплины, выстроены правила работы в классе",
                            "анализ урока")),
            Map.entry(
                    "class-teacher",
                    new SuggestedActivity(
                            "Планирование воспитательной работы класса, проведение классного часа",
                            "совместная подготовка",
                            "Составлен план воспитательной работы, проведён классный час",
                            "план воспитательной работы")),
            Map.entry(
                    "parents",
                    new SuggestedActivity(
                            "Подготовка и проведение родительского собрания, индивидуальные беседы с родителями",
                            "совместная подготовка, присутствие наставника",
                            "Проведено собрание, выстроено общение с родителями",
                            "протокол родительского собрания")),
            Map.entry(
                    "documents",
                    new SuggestedActivity(
                            "Ведение документации и электронного журнала",
                            "консультация",
                            "Документация ведётся без замечаний",
                            "отчёт")),
            Map.entry(
                    "digital-tools",
                    new SuggestedActivity(
                            "Освоение цифровых инструментов и ресурсов для урока",
                            "практикум",
                            "Использует цифровые ресурсы на уроках",
                            "технологическая карта урока")),
            Map.entry(
                    "functional-literacy",
                    new SuggestedActivity(
                            "Задания на формирование функциональной грамотности",
                            "совместная разработка",
                            "Составлен банк заданий, задания применяются на уроках",
                            "банк заданий")),
            Map.entry(
                    "projects",
                    new SuggestedActivity(
                            "Организация проектной и исследовательской деятельности обучающихся",
                            "совместное руководство проектом",
                            "Обучающиеся выполнили и защитили проекты",
                            "портфолио проектов")),
            Map.entry(
                    "exams",
                    new SuggestedActivity(
                            "Методика подготовки к ГИА, разбор типичных ошибок",
                            "консультация, взаимопосещение",
                            "Составлен план подготовки к ГИА, проведены пробные работы",
                            "план подготовки к ГИА")),
            Map.entry(
                    "time-burnout",
                    new SuggestedActivity(
                            "Планирование рабочего времени, профилактика профессионального выгорания",
                            "беседа, тренинг",
                            "Выстроен режим работы, снижена перегрузка",
                            "отчёт наставляемого")));

    private ProgrammeTemplates() {}

    static String goal(MenteeCategory category) {
        return GOALS.getOrDefault(category, GOALS.get(MenteeCategory.OTHER));
    }

    /** The shipped standard activities: the same for every category. */
    static List<StandardActivity> standard() {
        return STANDARD;
    }

    /** The shipped suggestion for a need of the shared vocabulary, or null for a need of the school's own. */
    static SuggestedActivity suggestion(String need) {
        return BY_NEED.get(need);
    }

    /** The plan from the shipped defaults. */
    static List<PlanItem> plan(List<String> needs, Map<String, String> titles, LocalDate from, LocalDate to) {
        return plan(STANDARD, BY_NEED::get, needs, titles, from, to);
    }

    /**
     * The plan: the template's standard activities at their times, one activity per need, the needs and the
     * SPREAD activities evenly over the period, all in date order. A need with no suggestion gets a general
     * activity with its title.
     */
    static List<PlanItem> plan(
            List<StandardActivity> standard,
            Function<String, SuggestedActivity> suggestions,
            List<String> needs,
            Map<String, String> titles,
            LocalDate from,
            LocalDate to) {
        List<PlanItem> plan = new ArrayList<>();
        List<PlanItem> spread = new ArrayList<>();
        for (String code : needs) {
            SuggestedActivity s = suggestions.apply(code);
            String need = titles.getOrDefault(code, code);
            spread.add(
                    s == null
                            ? new PlanItem(
                                    need,
                                    "Работа над запросом: " + need,
                                    "консультация, совместная работа",
                                    from,
                                    ActivityRole.BOTH,
                                    "Запрос закрыт",
                                    "отчёт наставляемого")
                            : new PlanItem(
                                    need,
                                    s.title(),
                                    s.form(),
                                    from,
                                    ActivityRole.BOTH,
                                    s.expectedResult(),
                                    s.reportForm()));
        }
        List<PlanItem> last = new ArrayList<>();
        for (StandardActivity a : standard) {
            if (a.timing() == ActivityTiming.SPREAD) {
                spread.add(item(a, from));
            } else {
                (a.timing() == ActivityTiming.END ? last : plan)
                        .add(item(a, a.timing().dueOn(from, to, a.offsetDays())));
            }
        }
        long days = ChronoUnit.DAYS.between(from, to);
        for (int i = 0; i < spread.size(); i++) {
            PlanItem p = spread.get(i);
            plan.add(new PlanItem(
                    p.need(),
                    p.title(),
                    p.form(),
                    from.plusDays(days * (i + 1) / (spread.size() + 1)),
                    p.responsible(),
                    p.expectedResult(),
                    p.reportForm()));
        }
        // the sort is stable: what is "at the end" stays after anything else dated on the last day
        plan.addAll(last);
        plan.sort(Comparator.comparing(PlanItem::dueOn));
        return plan;
    }

    private static PlanItem item(StandardActivity a, LocalDate due) {
        return new PlanItem(null, a.title(), a.form(), due, a.responsible(), a.expectedResult(), a.evidence());
    }
}
