-- Every API token expires: those issued without a date get the default maximum of 365 days from their creation.
update api_token set expires_at = created_at + interval '365 days' where expires_at is null;
alter table api_token alter column expires_at set not null;
