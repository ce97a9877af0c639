-- The banks of mentees and mentors (roadmap stages 2 and 3) and the shared vocabulary of needs/competences.
create table bank_topic (
    id              uuid primary key,
    organisation_id uuid references organisation (id),
    code            varchar(60)  not null,
    title           varchar(200) not null,
    active          boolean      not null default true
);
create unique index bank_topic_code_uq on bank_topic (coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid), code);

-- The default vocabulary every organisation starts with (a region or a school adds its own).
insert into bank_topic (id, organisation_id, code, title) values
    ('00000000-0000-0000-0001-000000000001', null, 'subject-methods', 'Методика преподавания предмета'),
    ('00000000-0000-0000-0001-000000000002', null, 'fgos', 'Требования ФГОС и ФОП'),
    ('00000000-0000-0000-0001-000000000003', null, 'work-programme', 'Рабочая программа и планирование уроков'),
    ('00000000-0000-0000-0001-000000000004', null, 'assessment', 'Оценивание образовательных результатов'),
    ('00000000-0000-0000-0001-000000000005', null, 'differentiation', 'Дифференцированный подход, обучающиеся с ОВЗ'),
    ('00000000-0000-0000-0001-000000000006', null, 'inclusion', 'Инклюзивное образование'),
    ('00000000-0000-0000-0001-000000000007', null, 'discipline', 'Дисциплина и мотивация на уроке'),
    ('00000000-0000-0000-0001-000000000008', null, 'class-teacher', 'Классное руководство'),
    ('00000000-0000-0000-0001-000000000009', null, 'parents', 'Работа с родителями'),
    ('00000000-0000-0000-0001-000000000010', null, 'documents', 'Документация и электронный журнал'),
    ('00000000-0000-0000-0001-000000000011', null, 'digital-tools', 'Цифровые инструменты и ИКТ'),
    ('00000000-0000-0000-0001-000000000012', null, 'functional-literacy', 'Функциональная грамотность'),
    ('00000000-0000-0000-0001-000000000013', null, 'projects', 'Проектная и исследовательская деятельность'),
    ('00000000-0000-0000-0001-000000000014', null, 'exams', 'Подготовка к ГИА (ОГЭ, ЕГЭ)'),
    ('00000000-0000-0000-0001-000000000015', null, 'time-burnout', 'Тайм-менеджмент и профилактика выгорания');

create table bank_mentee (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    person_id       uuid         not null references person (id),
    category        varchar(40)  not null,
    category_note   varchar(200),
    needs           text[]       not null default '{}',
    needs_note      varchar(2000),
    entered_on      date         not null,
    left_on         date,
    left_reason     varchar(300),
    version         bigint       not null default 0
);
create unique index bank_mentee_current_uq on bank_mentee (person_id) where left_on is null;
create index bank_mentee_organisation_idx on bank_mentee (organisation_id);

create table bank_mentor (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    person_id       uuid         not null references person (id),
    competences     text[]       not null default '{}',
    achievements    varchar(2000),
    capacity        int          not null check (capacity between 1 and 20),
    preferred_forms text[]       not null default '{}',
    availability    varchar(500),
    training_status varchar(20)  not null default 'NOT_TRAINED',
    shared_bank     boolean      not null default false,
    entered_on      date         not null,
    left_on         date,
    left_reason     varchar(300),
    version         bigint       not null default 0
);
create unique index bank_mentor_current_uq on bank_mentor (person_id) where left_on is null;
create index bank_mentor_organisation_idx on bank_mentor (organisation_id);
create index bank_mentor_shared_idx on bank_mentor (shared_bank) where left_on is null;

-- Per organisation: a mentor's default and largest number of mentees at once (regulations commonly say 2–3).
create table bank_settings (
    organisation_id  uuid primary key references organisation (id),
    default_capacity int not null default 2 check (default_capacity between 1 and 20),
    max_capacity     int not null default 3 check (max_capacity between 1 and 20)
);
