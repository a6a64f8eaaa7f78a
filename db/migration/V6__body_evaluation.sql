-- Evaluations of a whole body (domain.md §3.4): a department's overall performance (部门整体绩效评价,
-- six dimensions) and a county's fiscal operation (下级政府财政运行综合绩效评价). Each result is linked to
-- money: the department's next budget, or the county's transfer payments (domain.md §3.5).

create table body_evaluation (
    id                  bigint auto_increment primary key,
    kind                varchar(16)    not null,
    fiscal_year         int            not null,
    subject_code        varchar(64)    not null,
    subject_group       varchar(80)    not null,
    status              varchar(16)    not null,
    self_report_due     date           not null,
    self_report_overdue boolean default false not null,
    self_summary        varchar(4000),
    reported_by         varchar(64),
    reported_at         timestamp null,
    total_score         decimal(6, 2),
    grade               varchar(16),
    scored_by           varchar(64),
    scored_at           timestamp null,
    base_amount         decimal(18, 2) not null,
    linkage_action      varchar(16),
    linkage_rate        decimal(5, 4),
    proposed_amount     decimal(18, 2),
    confirmed_amount    decimal(18, 2),
    confirmed_by        varchar(64),
    confirmed_at        timestamp null,
    started_by          varchar(64)    not null,
    started_at          timestamp      not null,
    process_instance_id varchar(64),
    version             bigint         not null,
    constraint uk_body_evaluation unique (kind, fiscal_year, subject_code)
);

create table body_evaluation_row (
    id            bigint auto_increment primary key,
    evaluation_id bigint         not null,
    sort_order    int            not null,
    dimension     varchar(32)    not null,
    weight        decimal(5, 2)  not null,
    self_score    decimal(6, 2),
    self_note     varchar(1000),
    score         decimal(6, 2),
    constraint fk_body_evaluation_row foreign key (evaluation_id) references body_evaluation (id)
);

create table body_evaluation_decision (
    id            bigint auto_increment primary key,
    evaluation_id bigint        not null,
    step          varchar(16)   not null,
    decision      varchar(16)   not null,
    opinion       varchar(2000) not null,
    task_id       varchar(64)   not null,
    decided_by    varchar(64)   not null,
    decided_at    timestamp     not null,
    constraint uk_body_evaluation_decision_task unique (task_id),
    constraint fk_body_evaluation_decision foreign key (evaluation_id) references body_evaluation (id)
);
