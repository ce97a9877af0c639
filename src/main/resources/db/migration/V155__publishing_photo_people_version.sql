-- The version of a photo's list of people, the ETag of the API's list and the If-Match of its replacement: two
-- scripts (or a script and the curator's page) tagging one photo cannot silently overwrite each other.
alter table publication_photo add column people_version bigint not null default 0;
