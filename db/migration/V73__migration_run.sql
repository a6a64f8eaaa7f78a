-- Migrations of running process instances to a newer version of their process, started by an
-- administrator as a Camunda batch (admin/migration). A run remembers what was asked; each item's
-- outcome (migrated, failed, still pending, ended meanwhile) is read from the engine when asked.
create table migration_run (
    batch_id             varchar(64)  not null primary key,
    process_key          varchar(255) not null,
    source_definition_id varchar(64)  not null,
    source_version       int          not null,
    target_definition_id varchar(64)  not null,
    target_version       int          not null,
    started_by           varchar(64)  not null,
    started_at           datetime     not null,
    queued               int          not null,
    skipped              int          not null
);
create index ix_migration_run_started on migration_run (started_at);

-- One row per process instance of a run: queued into the batch, or skipped with the reason (its
-- current step has no counterpart in the new version, or it was no longer on the source version).
create table migration_run_item (
    id                  bigint auto_increment primary key,
    batch_id            varchar(64)  not null,
    process_instance_id varchar(64)  not null,
    item_code           varchar(64),
    queued              boolean      not null,
    -- Why it was skipped: a message code (admin/migration messages) and its parameter (the steps).
    reason_code         varchar(100),
    reason_param        varchar(500),
    constraint uk_migration_run_item unique (batch_id, process_instance_id)
);
