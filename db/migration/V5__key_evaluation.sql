-- Key evaluation (重点评价, domain.md §3.4): finance draws the items of a fiscal year (all major ones
-- plus a seeded random sample of the rest), plans each evaluation with the 决策/过程/产出/效益 weights,
-- engages a third party and experts, receives a report with attachments and approves the result.

-- One draw per fiscal year, with everything needed to reproduce it: the candidates in draw order,
-- the rule that made an item major, the sample rate and the seed.
create table key_evaluation_selection (
    id              bigint auto_increment primary key,
    fiscal_year     int            not null,
    seed            bigint         not null,
    major_amount    decimal(18, 2) not null,
    sample_rate     decimal(5, 4)  not null,
    candidate_codes text           not null,
    major_count     int            not null,
    sampled_count   int            not null,
    drawn_by        varchar(64)    not null,
    drawn_at        timestamp      not null,
    constraint uk_key_evaluation_selection_year unique (fiscal_year)
);

create table key_evaluation (
    id                  bigint auto_increment primary key,
    selection_id        bigint         not null,
    item_id             bigint         not null,
    reason              varchar(16)    not null,
    status              varchar(16)    not null,
    weight_decision     decimal(5, 2),
    weight_process      decimal(5, 2),
    weight_output       decimal(5, 2),
    weight_effect       decimal(5, 2),
    third_party_code    varchar(64),
    experts             varchar(500),
    plan_note           varchar(2000),
    report_due          date,
    planned_by          varchar(64),
    score_decision      decimal(6, 2),
    score_process       decimal(6, 2),
    score_output        decimal(6, 2),
    score_effect        decimal(6, 2),
    total_score         decimal(6, 2),
    grade               varchar(16),
    findings            varchar(4000),
    report              text,
    reported_by         varchar(64),
    reported_at         timestamp null,
    approved_by         varchar(64),
    approved_at         timestamp null,
    process_instance_id varchar(64),
    version             bigint         not null,
    constraint uk_key_evaluation_item unique (item_id),
    constraint fk_key_evaluation_selection foreign key (selection_id) references key_evaluation_selection (id),
    constraint fk_key_evaluation_item foreign key (item_id) references budget_item (id)
);

-- The evaluator's and each expert's scores per level-1 indicator; one row per scorer.
create table key_evaluation_score (
    id                bigint auto_increment primary key,
    key_evaluation_id bigint        not null,
    scorer_role       varchar(16)   not null,
    scorer_id         varchar(64)   not null,
    score_decision    decimal(6, 2) not null,
    score_process     decimal(6, 2) not null,
    score_output      decimal(6, 2) not null,
    score_effect      decimal(6, 2) not null,
    total_score       decimal(6, 2) not null,
    opinion           varchar(2000) not null,
    scored_at         timestamp     not null,
    constraint uk_key_evaluation_score unique (key_evaluation_id, scorer_id),
    constraint fk_key_evaluation_score foreign key (key_evaluation_id) references key_evaluation (id)
);

-- The plan, report, approval and return decisions, one per completed task.
create table key_evaluation_decision (
    id                bigint auto_increment primary key,
    key_evaluation_id bigint        not null,
    step              varchar(16)   not null,
    decision          varchar(16)   not null,
    opinion           varchar(2000) not null,
    task_id           varchar(64)   not null,
    decided_by        varchar(64)   not null,
    decided_at        timestamp     not null,
    constraint uk_key_evaluation_decision_task unique (task_id),
    constraint fk_key_evaluation_decision foreign key (key_evaluation_id) references key_evaluation (id)
);

-- The report's attachments (working papers, questionnaires, photos), stored with the record.
create table key_evaluation_attachment (
    id                bigint auto_increment primary key,
    key_evaluation_id bigint       not null,
    file_name         varchar(255) not null,
    content_type      varchar(128) not null,
    size_bytes        bigint       not null,
    sha256            char(64)     not null,
    content           longblob     not null,
    uploaded_by       varchar(64)  not null,
    uploaded_at       timestamp    not null,
    constraint fk_key_evaluation_attachment foreign key (key_evaluation_id) references key_evaluation (id)
);

-- Which result the ledger applies: the self-evaluation, or finance's key evaluation that replaced it.
alter table result_application add column result_source varchar(8) default 'SELF' not null;
