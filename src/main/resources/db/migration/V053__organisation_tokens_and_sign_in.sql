-- Every API token expires (those issued without a date get the default 365 days), and failed sign-ins are throttled in memory instead of locking accounts.
update api_token set expires_at = created_at + interval '365 days' where expires_at is null;
alter table api_token alter column expires_at set not null;
alter table app_user drop column failed_logins, drop column locked_until;
