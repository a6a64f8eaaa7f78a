-- The warning light is decided on the exact execution value (domain.md §3.3); the report keeps that
-- value (floored at 10 decimals, which decides every threshold with up to 10 decimals exactly) and
-- the API rounds it for display. A report without a budget has the light NO_BUDGET and no value.
-- Written as add/copy/drop/rename, which H2, MySQL 8 and MariaDB 10.5+ all accept.
alter table monitoring_report add column execution_value_exact decimal(16, 10);
update monitoring_report set execution_value_exact = execution_value;
alter table monitoring_report drop column execution_value;
alter table monitoring_report rename column execution_value_exact to execution_value;

alter table monitoring_report add column light_wide varchar(16);
update monitoring_report set light_wide = light;
alter table monitoring_report drop column light;
alter table monitoring_report rename column light_wide to light;

alter table budget_item add column warning_light_wide varchar(16);
update budget_item set warning_light_wide = warning_light;
alter table budget_item drop column warning_light;
alter table budget_item rename column warning_light_wide to warning_light;
