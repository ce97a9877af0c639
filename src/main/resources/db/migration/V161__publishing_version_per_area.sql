-- One counter per area for the public pages' version stamp (issue 18, performance): a region's stamp used to walk its
-- ~1,000 organisations and sum their counters on every request. Now a bump of an organisation's counter bumps every
-- ancestor's too, in the same transaction (publishing.PageVersions calls this function just before the commit), so an
-- area's pages are served under its own row alone. The counters are taken in id order in one statement, so two
-- transactions bumping overlapping trees lock the rows in the same order.
create or replace function publishing_version_bump_tree(starts uuid[]) returns void language sql as $$
    with recursive up(id, depth) as (
        select s, 0 from unnest(starts) as s where s is not null
        union all
        select o.parent_id, u.depth + 1 from organisation o join up u on o.id = u.id
        where o.parent_id is not null and u.depth < 6
    )
    insert into publishing_version (organisation_id, version)
    select distinct id, 1 from up order by id
    on conflict (organisation_id) do update set version = publishing_version.version + 1
$$;

-- What an area's pages show of its organisations themselves — which schools it has (the school filter) and their
-- names and requisites — changes with the organisation rows, which no audited change reports: an organisation
-- created, changed, moved or removed bumps its own tree (the new ancestors) and its old parent's (the old ones).
create or replace function publishing_version_organisation_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform publishing_version_bump_tree(array[new.id]);
    elsif tg_op = 'UPDATE' then
        perform publishing_version_bump_tree(array[new.id, old.parent_id]);
    else
        perform publishing_version_bump_tree(array[old.parent_id]);
    end if;
    return null;
end
$$;

create trigger publishing_version_organisation
    after insert or update or delete on organisation
    for each row execute function publishing_version_organisation_changed();
