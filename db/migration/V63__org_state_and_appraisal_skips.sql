-- Organisations an administrator disabled (issue 12) stay for the record but take no new part:
-- a disabled county finance bureau counts as missing. A county without an (enabled) finance
-- bureau is named on the appraisal round it was left out of, never dropped silently.
alter table org_unit add column disabled boolean default false not null;
alter table appraisal add column skipped_counties varchar(500);
