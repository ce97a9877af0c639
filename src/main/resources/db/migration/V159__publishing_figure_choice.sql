-- The headline figures a school chooses to show on its public «Наставничество» section, in its order
-- (publishing.PublicFigureChoices). Replaced as a whole on every save; each save is audited.
create table publishing_figure_choice (
    organisation_id uuid not null references organisation (id),
    figure varchar(40) not null,
    position int not null,
    primary key (organisation_id, figure),
    unique (organisation_id, position)
);
