-- Approver inbox II: what people do with tasks besides completing them, and what they are told.

-- Every action on a task that is not its completion: claim, release, transfer, delegate, resolve,
-- return, withdraw, copy, urge. The item's timeline and the task page read it.
create table task_action (
    id                  bigint auto_increment primary key,
    task_id             varchar(64)   not null,
    process_instance_id varchar(64)   not null,
    task_key            varchar(128)  not null,
    task_name           varchar(255)  not null,
    item_code           varchar(32),
    subject             varchar(255),
    action              varchar(16)   not null,
    actor               varchar(64)   not null,
    actor_name          varchar(255),
    on_behalf_of        varchar(64),
    target_user         varchar(64),
    target_group        varchar(64),
    target_task_key     varchar(128),
    opinion             varchar(2000),
    created_at          datetime      not null
);

create index ix_task_action_task on task_action (task_id, created_at);
create index ix_task_action_item on task_action (item_code, created_at);
create index ix_task_action_instance on task_action (process_instance_id, action);

-- At most one urge per task per day (app.inbox.urges-per-day, counted on the day in app.time-zone).
create table task_urge (
    id         bigint auto_increment primary key,
    task_id    varchar(64)  not null,
    urged_on   date         not null,
    seq        int          not null,
    urged_by   varchar(64)  not null,
    note       varchar(500),
    created_at datetime     not null,
    constraint uk_task_urge unique (task_id, urged_on, seq)
);

-- Read-only copies (抄送): to a person or to a group.
create table task_copy (
    id                  bigint auto_increment primary key,
    task_id             varchar(64)   not null,
    process_instance_id varchar(64)   not null,
    task_name           varchar(255)  not null,
    item_code           varchar(32),
    subject             varchar(255),
    recipient_user      varchar(64),
    recipient_group     varchar(64),
    copied_by           varchar(64)   not null,
    note                varchar(500),
    created_at          datetime      not null,
    read_at             datetime      null
);

create index ix_task_copy_user on task_copy (recipient_user, created_at);
create index ix_task_copy_group on task_copy (recipient_group, created_at);
create index ix_task_copy_item on task_copy (item_code);

-- Leave: during [starts_on, ends_on] the principal's tasks reach the substitute.
create table task_substitution (
    id           bigint auto_increment primary key,
    principal    varchar(64)   not null,
    substitute   varchar(64)   not null,
    starts_on    date          not null,
    ends_on      date          not null,
    note         varchar(500),
    created_at   datetime      not null,
    cancelled_at datetime      null,
    version      bigint        not null
);

create index ix_task_substitution_substitute on task_substitution (substitute, ends_on);
create index ix_task_substitution_principal on task_substitution (principal, ends_on);

-- Comments and attachments on tasks (attachments in the database, with their SHA-256).
create table task_comment (
    id                  bigint auto_increment primary key,
    task_id             varchar(64)   not null,
    process_instance_id varchar(64)   not null,
    task_name           varchar(255)  not null,
    item_code           varchar(32),
    author              varchar(64)   not null,
    author_name         varchar(255),
    on_behalf_of        varchar(64),
    body                varchar(4000) not null,
    created_at          datetime      not null
);

create index ix_task_comment_task on task_comment (task_id, created_at);
create index ix_task_comment_item on task_comment (item_code, created_at);

create table task_attachment (
    id                  bigint auto_increment primary key,
    task_id             varchar(64)   not null,
    process_instance_id varchar(64)   not null,
    task_name           varchar(255)  not null,
    item_code           varchar(32),
    file_name           varchar(255)  not null,
    content_type        varchar(128)  not null,
    size_bytes          bigint        not null,
    sha256              varchar(64)   not null,
    content             longblob      not null,
    uploaded_by         varchar(64)   not null,
    uploaded_at         datetime      not null
);

create index ix_task_attachment_task on task_attachment (task_id);
create index ix_task_attachment_item on task_attachment (item_code);

-- What a user is told: new tasks, returns, transfers, delegations, copies, urges, the daily digest.
create table notification (
    id         bigint auto_increment primary key,
    user_id    varchar(64)   not null,
    kind       varchar(16)   not null,
    task_id    varchar(64),
    item_code  varchar(32),
    title      varchar(255)  not null,
    body       varchar(2000),
    created_at datetime      not null,
    read_at    datetime      null
);

create index ix_notification_user on notification (user_id, read_at, id);

-- A scheduled job claims its run for a day here, so with several nodes it runs once.
create table scheduled_run (
    job      varchar(64) not null,
    run_on   date        not null,
    node     varchar(128) not null,
    started  datetime    not null,
    primary key (job, run_on)
);

-- The inbox keeps a task's delegation state (PENDING while a helper works on it).
alter table inbox_task add column delegation varchar(16);
alter table inbox_task add column urge_count int default 0 not null;
alter table inbox_task add column last_urged_at datetime null;
