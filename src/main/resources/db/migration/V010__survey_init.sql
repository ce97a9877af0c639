-- Questionnaires (roadmap stages 2, 3 and 6): their structure, who was asked, and the answers.
create table survey_questionnaire (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    title           varchar(300)  not null,
    description     varchar(4000),
    purpose         varchar(30)   not null,
    anonymous       boolean       not null default false,
    status          varchar(20)   not null default 'DRAFT',
    deadline        date,
    content         text          not null,
    created_at      timestamptz   not null,
    opened_at       timestamptz,
    closed_at       timestamptz,
    version         bigint        not null default 0
);
create index survey_questionnaire_organisation_idx on survey_questionnaire (organisation_id);

-- One person asked to answer one questionnaire. The token is the personal link: it lets its holder answer this
-- questionnaire as this person and nothing else, so it is kept in clear to be re-sent in reminders.
create table survey_invitation (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    questionnaire_id uuid          not null references survey_questionnaire (id),
    person_id        uuid          not null references person (id),
    token            varchar(64)   not null unique,
    email            varchar(200),
    status           varchar(20)   not null default 'INVITED',
    draft            text,
    invited_at       timestamptz   not null,
    reminded_at      timestamptz,
    reminders        int           not null default 0,
    submitted_at     timestamptz,
    version          bigint        not null default 0
);
create unique index survey_invitation_person_uq on survey_invitation (questionnaire_id, person_id);
create index survey_invitation_person_idx on survey_invitation (person_id);

-- A submitted answer sheet. In an anonymous questionnaire it holds no person and only the date, so that it
-- cannot be joined back to the invitation by time.
create table survey_response (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    questionnaire_id uuid          not null references survey_questionnaire (id),
    person_id        uuid references person (id),
    submitted_on     date          not null,
    answers          text          not null
);
create index survey_response_questionnaire_idx on survey_response (questionnaire_id);
create index survey_response_person_idx on survey_response (person_id) where person_id is not null;
