-- Municipal and regional runs (stage 4 across schools): a run may belong to an area; each mentee left without a
-- mentor is kept with her school, so that the area sees its schools' figures and each school only its own.
alter table matching_unmatched add column organisation_id uuid references organisation (id);
update matching_unmatched u set organisation_id = r.organisation_id from matching_run r where r.id = u.run_id;
alter table matching_unmatched alter column organisation_id set not null;
create index matching_proposal_organisation_idx on matching_proposal (organisation_id, status);
