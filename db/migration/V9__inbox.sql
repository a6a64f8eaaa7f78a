-- The approver's inbox: a read model of the engine's open user tasks, written by a task listener in
-- the same transaction as the engine's own change, so the inbox never queries ACT_RU_* with OR and
-- variable joins. Item columns are copies for filtering and sorting. InboxReconciler compares it
-- with ACT_RU_TASK on start (and on an administrator's request) and repairs any difference.
-- Times are datetime, not timestamp: MySQL's timestamp ends in January 2038, and due dates of
-- later fiscal years must fit.

create table inbox_task (
    task_id             varchar(64)   not null primary key,
    process_instance_id varchar(64)   not null,
    process_key         varchar(128)  not null,
    task_key            varchar(128)  not null,
    task_name           varchar(255)  not null,
    form_key            varchar(255),
    stage               varchar(32)   not null,
    business_key        varchar(128),
    item_id             bigint,
    item_code           varchar(32),
    item_name           varchar(255),
    item_kind           varchar(32),
    subject             varchar(255),
    department_code     varchar(64),
    unit_code           varchar(64),
    division_code       varchar(32),
    fiscal_year         int,
    budget_type         varchar(32),
    amount              decimal(18, 2),
    warning_light       varchar(16),
    grade               varchar(16),
    priority            int           not null,
    due_at              datetime     null,
    assignee            varchar(64),
    claimed_at          datetime     null,
    owner_id            varchar(64),
    created_at          datetime     not null
);

create index ix_inbox_task_assignee on inbox_task (assignee, created_at);
create index ix_inbox_task_item on inbox_task (item_id);
create index ix_inbox_task_instance on inbox_task (process_instance_id);
create index ix_inbox_task_code on inbox_task (item_code);

create table inbox_task_group (
    group_id varchar(64) not null,
    task_id  varchar(64) not null,
    primary key (group_id, task_id),
    constraint fk_inbox_task_group foreign key (task_id) references inbox_task (task_id) on delete cascade
);

create index ix_inbox_task_group_task on inbox_task_group (task_id);

-- Who completed which task, when, with which decision: written by the task pipeline in the
-- transaction that completes the task (one row per task: a second completion hits the unique key).
-- The "done by me" tab, separation of duties and the item's timeline read it.
create table task_completion (
    id                  bigint auto_increment primary key,
    task_id             varchar(64)   not null,
    process_instance_id varchar(64)   not null,
    process_key         varchar(128)  not null,
    task_key            varchar(128)  not null,
    task_name           varchar(255)  not null,
    stage               varchar(32)   not null,
    item_id             bigint,
    item_code           varchar(32),
    item_name           varchar(255),
    subject             varchar(255),
    actor               varchar(64)   not null,
    actor_name          varchar(255),
    on_behalf_of        varchar(64),
    decision            varchar(64),
    opinion             varchar(4000),
    created_at          datetime     not null,
    completed_at        datetime     not null,
    constraint uk_task_completion_task unique (task_id)
);

create index ix_task_completion_actor on task_completion (actor, completed_at);
create index ix_task_completion_instance on task_completion (process_instance_id, task_key);
create index ix_task_completion_item on task_completion (item_code, completed_at);

-- A user's saved inbox views: a name and the query string the inbox URL carries.
create table inbox_filter (
    id         bigint auto_increment primary key,
    user_id    varchar(64)   not null,
    name       varchar(100)  not null,
    query      varchar(2000) not null,
    position   int           not null,
    created_at datetime     not null,
    version    bigint        not null,
    constraint uk_inbox_filter_name unique (user_id, name)
);

-- The latest grade an item received (target review, self-evaluation, key evaluation), shown in the
-- inbox and on the item next to its warning light.
alter table budget_item add column grade varchar(16);
