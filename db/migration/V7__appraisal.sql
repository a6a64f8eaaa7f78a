-- Finance's appraisal (考核) of the departments' and county finance bureaus' performance management
-- work for a year (domain.md §3.5): one round per fiscal year, one entry per body; results are
-- circulated (通报), 优 is commended, 差 is summoned for an interview (约谈) and must rectify by a deadline.

create table appraisal (
    id                  bigint auto_increment primary key,
    fiscal_year         int           not null,
    status              varchar(16)   not null,
    circular            varchar(4000),
    started_by          varchar(64)   not null,
    started_at          timestamp     not null,
    circulated_by       varchar(64),
    circulated_at       timestamp null,
    closed_at           timestamp null,
    process_instance_id varchar(64),
    version             bigint        not null,
    constraint uk_appraisal_year unique (fiscal_year)
);

create table appraisal_entry (
    id                  bigint auto_increment primary key,
    appraisal_id        bigint        not null,
    sort_order          int           not null,
    kind                varchar(16)   not null,
    subject_code        varchar(64)   not null,
    subject_group       varchar(80)   not null,
    status              varchar(16)   not null,
    score               decimal(6, 2),
    grade               varchar(16),
    comment_text        varchar(2000),
    interview_date      date,
    interview_attendees varchar(1000),
    interview_problems  varchar(4000),
    rectify_due         date,
    rectify_overdue     boolean default false not null,
    rectification       varchar(4000),
    rectified_by        varchar(64),
    rectified_at        timestamp null,
    verified_by         varchar(64),
    verified_at         timestamp null,
    version             bigint        not null,
    constraint uk_appraisal_entry unique (appraisal_id, kind, subject_code),
    constraint fk_appraisal_entry foreign key (appraisal_id) references appraisal (id)
);

create table appraisal_decision (
    id           bigint auto_increment primary key,
    appraisal_id bigint        not null,
    entry_id     bigint,
    step         varchar(16)   not null,
    decision     varchar(16)   not null,
    opinion      varchar(4000) not null,
    task_id      varchar(64)   not null,
    decided_by   varchar(64)   not null,
    decided_at   timestamp     not null,
    constraint uk_appraisal_decision_task unique (task_id),
    constraint fk_appraisal_decision foreign key (appraisal_id) references appraisal (id)
);
