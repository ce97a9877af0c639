-- Whether a school's public roadmap marks an activity past its deadline «Просрочено» (publishing.PublicSites): off
-- by default — a school chooses to publish that — when off, such an activity reads as planned, without the mark.
alter table publishing_site add column show_overdue boolean not null default false;
