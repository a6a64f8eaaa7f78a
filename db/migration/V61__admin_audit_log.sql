-- The administration audit log (issue 12): every administrator action, accepted or refused — who,
-- when (engine clock, stored as UTC), from where, what and to what. Kept at least 183 days
-- (app.admin-log.retention, default 400 days), purged daily. H2 and MySQL alike.
create table admin_audit_log (
    id              bigint auto_increment primary key,
    occurred_at     datetime      not null,
    actor           varchar(64)   not null,
    remote_address  varchar(64),
    action          varchar(64)   not null,
    target          varchar(200),
    summary         varchar(500)  not null,
    details         text
);
create index ix_admin_audit_log_time on admin_audit_log (occurred_at);
create index ix_admin_audit_log_actor on admin_audit_log (actor, occurred_at);
create index ix_admin_audit_log_action on admin_audit_log (action, occurred_at);
create index ix_admin_audit_log_target on admin_audit_log (target, occurred_at);
