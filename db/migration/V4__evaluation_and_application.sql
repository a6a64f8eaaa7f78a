-- Lifecycle chain III (first part): self-evaluation with scoring, coverage, result application with
-- feedback, rectification ledger and budget linkage.

-- When self-evaluation opens and falls due for a fiscal year (configurable).
create table evaluation_window (
    fiscal_year int         not null primary key,
    opens_on    date        not null,
    due_on      date        not null,
    updated_by  varchar(64),
    updated_at  timestamp null
);

create table self_evaluation (
    id               bigint auto_increment primary key,
    item_id          bigint         not null,
    sheet_id         bigint         not null,
    status           varchar(16)    not null,
    budget_amount    decimal(18, 2) not null,
    spent_amount     decimal(18, 2),
    execution_weight decimal(5, 2)  not null,
    execution_score  decimal(6, 2),
    total_score      decimal(6, 2),
    grade            varchar(16),
    overdue          boolean default false not null,
    summary          varchar(2000),
    filled_by        varchar(64),
    submitted_at     timestamp null,
    rechecked_by     varchar(64),
    recheck_reason   varchar(2000),
    fixed_at         timestamp null,
    version          bigint         not null,
    constraint uk_self_evaluation_item unique (item_id),
    constraint fk_self_evaluation_item foreign key (item_id) references budget_item (id),
    constraint fk_self_evaluation_sheet foreign key (sheet_id) references target_sheet (id)
);

create table self_evaluation_row (
    id              bigint auto_increment primary key,
    evaluation_id   bigint         not null,
    sort_order      int            not null,
    level1          varchar(32)    not null,
    name            varchar(200)   not null,
    comparator      varchar(16)    not null,
    target_value    decimal(18, 4),
    target_text     varchar(200),
    unit            varchar(32),
    weight          decimal(5, 2)  not null,
    actual_value    decimal(18, 4),
    actual_text     varchar(200),
    achievement     varchar(16),
    score           decimal(6, 2),
    explanation     varchar(1000),
    constraint fk_self_evaluation_row foreign key (evaluation_id) references self_evaluation (id)
);

create table evaluation_decision (
    id            bigint auto_increment primary key,
    evaluation_id bigint        not null,
    step          varchar(24)   not null,
    decision      varchar(24)   not null,
    opinion       varchar(2000) not null,
    task_id       varchar(64)   not null,
    decided_by    varchar(64)   not null,
    decided_at    timestamp     not null,
    constraint uk_evaluation_decision_task unique (task_id),
    constraint fk_evaluation_decision foreign key (evaluation_id) references self_evaluation (id)
);

-- Result application: feedback, rectification plan and ledger, and the link to next year's budget.
create table result_application (
    id                   bigint auto_increment primary key,
    item_id              bigint         not null,
    evaluation_id        bigint         not null,
    grade                varchar(16)    not null,
    total_score          decimal(6, 2)  not null,
    feedback_due         date           not null,
    feedback             varchar(2000),
    feedback_sent_at     timestamp null,
    feedback_overdue     boolean default false not null,
    plan_due             date,
    plan_submitted_at    timestamp null,
    plan_overdue         boolean default false not null,
    next_year            int            not null,
    linkage_action       varchar(16)    not null,
    linkage_rate         decimal(5, 4)  not null,
    current_amount       decimal(18, 2) not null,
    proposed_amount      decimal(18, 2) not null,
    confirmed_amount     decimal(18, 2),
    linkage_confirmed_by varchar(64),
    linkage_confirmed_at timestamp null,
    closed_at            timestamp null,
    version              bigint         not null,
    constraint uk_result_application_item unique (item_id),
    constraint fk_result_application_item foreign key (item_id) references budget_item (id),
    constraint fk_result_application_evaluation foreign key (evaluation_id) references self_evaluation (id)
);

-- 整改台账: each rectification item tracked to closure.
create table rectification_item (
    id             bigint auto_increment primary key,
    application_id bigint        not null,
    sort_order     int           not null,
    issue          varchar(1000) not null,
    measure        varchar(1000) not null,
    deadline       date          not null,
    status         varchar(16)   not null,
    evidence       varchar(1000),
    closed_at      timestamp null,
    constraint fk_rectification_item foreign key (application_id) references result_application (id)
);
