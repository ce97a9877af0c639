-- The public pages' version stamp: one counter per organisation, bumped in the transaction of every change that
-- alters what its public pages show (publishing.PageVersions). Every node compares its cached page with it on each
-- request, so a page cached by one node is never served after another node's change (a withdrawn consent included).
create table publishing_version (
    organisation_id uuid primary key,
    version bigint not null
);
