-- A category template reset to the shipped one keeps its row (goal null) so that its version goes on counting: an edit made on the template read before a reset and a new edit is refused, not saved over the new one.
alter table programme_template alter column goal drop not null;
