-- Lifecycle chain II: the monitoring calendar, dual monitoring reports, deviation handling and the
-- fund ledger.

alter table budget_item add column key_monitoring boolean default false not null;
alter table budget_item add column warning_light varchar(8);
-- Transfer payments: the date by which the funds must be passed down to the lower level.
alter table budget_item add column pass_down_due date null;
alter table budget_item add column passed_down_at timestamp null;

-- Monitoring periods per division and fiscal year (data to the cut-off date, report due by the due date).
create table monitoring_period (
    id            bigint auto_increment primary key,
    division_code varchar(12)  not null,
    fiscal_year   int          not null,
    name          varchar(100) not null,
    cutoff_date   date         not null,
    due_date      date         not null,
    updated_by    varchar(64),
    updated_at    timestamp null,
    constraint uk_monitoring_period unique (division_code, fiscal_year, cutoff_date),
    constraint fk_monitoring_period_division foreign key (division_code) references division (code)
);

create table monitoring_report (
    id                 bigint auto_increment primary key,
    item_id            bigint         not null,
    period_id          bigint         not null,
    status             varchar(16)    not null,
    budget_amount      decimal(18, 2) not null,
    spent_amount       decimal(18, 2),
    execution_value    decimal(7, 1),
    light              varchar(8),
    declared_cause     varchar(24),
    summary            varchar(2000),
    overdue            boolean default false not null,
    deviation_class    varchar(24),
    proposed_recovery  decimal(18, 2),
    filled_by          varchar(64),
    submitted_at       timestamp null,
    version            bigint         not null,
    constraint uk_monitoring_report unique (item_id, period_id),
    constraint fk_monitoring_report_item foreign key (item_id) references budget_item (id),
    constraint fk_monitoring_report_period foreign key (period_id) references monitoring_period (id)
);

create table monitoring_indicator (
    id                  bigint auto_increment primary key,
    report_id           bigint        not null,
    sort_order          int           not null,
    level1              varchar(32)   not null,
    name                varchar(200)  not null,
    annual_target       varchar(200)  not null,
    actual_to_date      varchar(200),
    expected_completion varchar(16),
    deviation_reason    varchar(1000),
    corrective_measure  varchar(1000),
    constraint fk_monitoring_indicator_report foreign key (report_id) references monitoring_report (id)
);

-- Every decision taken on a monitoring report or its deviation, with the opinion.
create table monitoring_decision (
    id          bigint auto_increment primary key,
    report_id   bigint         not null,
    step        varchar(24)    not null,
    decision    varchar(24)    not null,
    amount      decimal(18, 2),
    opinion     varchar(2000)  not null,
    task_id     varchar(64)    not null,
    decided_by  varchar(64)    not null,
    decided_at  timestamp      not null,
    constraint uk_monitoring_decision_task unique (task_id),
    constraint fk_monitoring_decision_report foreign key (report_id) references monitoring_report (id)
);

-- The fund ledger: one row per fund action, written in the transaction of the step that causes it.
-- idempotency_key identifies that step, so a retried or duplicated job can never write it twice.
create table fund_action (
    id                  bigint auto_increment primary key,
    item_id             bigint         not null,
    action              varchar(16)    not null,
    amount              decimal(18, 2) not null,
    reason              varchar(1000)  not null,
    actor               varchar(64)    not null,
    process_instance_id varchar(64),
    step                varchar(100)   not null,
    idempotency_key     varchar(200)   not null,
    created_at          timestamp      not null,
    constraint uk_fund_action_key unique (idempotency_key),
    constraint fk_fund_action_item foreign key (item_id) references budget_item (id)
);

create index ix_fund_action_item on fund_action (item_id, created_at);
