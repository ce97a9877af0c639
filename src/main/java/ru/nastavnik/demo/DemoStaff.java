package ru.nastavnik.demo;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;

/** Fictional teachers: a mix of young specialists and experienced staff, as a real school has. */
final class DemoStaff {

    private static final String[][] WOMEN = {
        {"Иванова", "Мария", "Петровна"},
        {"Смирнова", "Ольга", "Ивановна"},
        {"Кузнецова", "Анна", "Сергеевна"},
        {"Попова", "Наталья", "Викторовна"},
        {"Васильева", "Екатерина", "Андреевна"},
        {"Петрова", "Светлана", "Николаевна"},
        {"Новикова", "Юлия", "Александровна"},
        {"Фёдорова", "Ирина", "Михайловна"},
        {"Морозова", "Дарья", "Олеговна"},
        {"Волкова", "Елена", "Дмитриевна"},
        {"Алексеева", "Татьяна", "Юрьевна"},
        {"Лебедева", "Галина", "Павловна"},
        {"Семёнова", "Ксения", "Игоревна"},
        {"Егорова", "Людмила", "Васильевна"},
        {"Павлова", "Виктория", "Романовна"},
        {"Козлова", "Алина", "Евгеньевна"},
        {"Степанова", "Надежда", "Григорьевна"},
        {"Николаева", "Полина", "Артёмовна"},
        {"Орлова", "Валентина", "Степановна"},
        {"Андреева", "Марина", "Борисовна"},
        {"Шевченко", "Оксана", "Тарасовна"},
        {"Ким", "Виктория", "Эдуардовна"},
        {"Римская-Корсакова", "Софья", "Львовна"},
        {"Макарова", "Вера", "Фёдоровна"}
    };
    private static final String[][] MEN = {
        {"Сидоров", "Алексей", "Иванович"}, {"Михайлов", "Илья", "Андреевич"}, {"Соколов", "Дмитрий", "Сергеевич"},
        {"Волков", "Николай", "Петрович"}, {"Зайцев", "Артём", "Олегович"}, {"Белов", "Кирилл", "Викторович"},
        {"Тарасов", "Роман", "Ильич"}, {"Медведев", "Павел", "Кузьмич"}, {"Алиев", "Рашид", "Гусейн оглы"},
        {"Цой", "Виктор", "Робертович"}, {"Жуков", "Георгий", "Максимович"}, {"Бондаренко", "Олег", "Тарасович"},
        {"Карпов", "Евгений", "Лукич"}, {"Гусев", "Антон", "Владимирович"}, {"Чаплин", "Сергей", "Юрьевич"},
        {"Данелия", "Георгий", "Николаевич"}
    };
    private static final String[] SUBJECTS = {
        "математика",
        "русский язык",
        "литература",
        "физика",
        "химия",
        "биология",
        "история",
        "обществознание",
        "английский язык",
        "информатика",
        "география",
        "физическая культура",
        "начальные классы",
        "музыка",
        "технология"
    };
    private static final QualificationCategory[] CATEGORIES = {
        QualificationCategory.NONE,
        QualificationCategory.CONFORMITY,
        QualificationCategory.FIRST,
        QualificationCategory.HIGHEST,
        QualificationCategory.FIRST,
        QualificationCategory.HIGHEST,
        QualificationCategory.METHODIST,
        QualificationCategory.MENTOR
    };

    private DemoStaff() {}

    static List<StaffData> generate(int count) {
        List<StaffData> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean woman = i % 3 != 2;
            String[] name = woman ? WOMEN[i % WOMEN.length] : MEN[i % MEN.length];
            int experience = i % 5 == 0 ? i % 3 : 3 + (i * 7) % 30;
            QualificationCategory category =
                    experience < 2 ? QualificationCategory.NONE : CATEGORIES[i % CATEGORIES.length];
            String subject = SUBJECTS[i % SUBJECTS.length];
            String position = subject.equals("начальные классы") ? "учитель начальных классов" : "учитель";
            people.add(DemoData.teacher(
                    name[0],
                    name[1],
                    name[2],
                    woman ? Gender.FEMALE : Gender.MALE,
                    23 + experience + i % 4,
                    position,
                    List.of(subject),
                    experience,
                    category));
        }
        return people;
    }
}
