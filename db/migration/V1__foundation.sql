-- Application tables of the foundation slice. Written for MySQL 8 / MariaDB and H2 alike:
-- no vendor-only types, no engine clauses, identifiers in lower case.

create table division (
    code        varchar(12)  not null primary key,
    name        varchar(100) not null,
    division_level varchar(16) not null,
    parent_code varchar(12),
    sort_order  int          default 0 not null,
    constraint fk_division_parent foreign key (parent_code) references division (code)
);

create table org_unit (
    code          varchar(32)  not null primary key,
    name          varchar(100) not null,
    kind          varchar(32)  not null,
    parent_code   varchar(32),
    division_code varchar(12)  not null,
    sort_order    int          default 0 not null,
    constraint fk_org_unit_parent foreign key (parent_code) references org_unit (code),
    constraint fk_org_unit_division foreign key (division_code) references division (code)
);

create table code_counter (
    counter_key varchar(32) not null primary key,
    next_value  bigint      not null
);

create table budget_item (
    id                   bigint auto_increment primary key,
    code                 varchar(32)    not null,
    name                 varchar(200)   not null,
    kind                 varchar(32)    not null,
    division_code        varchar(12)    not null,
    fiscal_year          int            not null,
    budget_type          varchar(32)    not null,
    department_code      varchar(32)    not null,
    unit_code            varchar(32),
    amount               decimal(18, 2) not null,
    continuity           varchar(16)    not null,
    capital_construction boolean        not null,
    description          varchar(2000),
    stage                varchar(32)    not null,
    status               varchar(32)    not null,
    assessment_outcome   varchar(32),
    status_reason        varchar(500),
    process_instance_id  varchar(64),
    created_by           varchar(64)    not null,
    created_at           timestamp      not null,
    updated_at           timestamp      not null,
    version              bigint         not null,
    constraint uk_budget_item_code unique (code),
    constraint fk_budget_item_division foreign key (division_code) references division (code),
    constraint fk_budget_item_department foreign key (department_code) references org_unit (code),
    constraint fk_budget_item_unit foreign key (unit_code) references org_unit (code)
);

create index ix_budget_item_department on budget_item (department_code, fiscal_year);
create index ix_budget_item_year_stage on budget_item (fiscal_year, stage);

-- The assessment template: dimensions per item kind and their maximum scores (configurable data).
create table assessment_dimension (
    item_kind  varchar(32)  not null,
    code       varchar(32)  not null,
    name       varchar(100) not null,
    name_en    varchar(100) not null,
    max_score  decimal(5, 2) not null,
    sort_order int          not null,
    primary key (item_kind, code)
);

create table assessment (
    id           bigint auto_increment primary key,
    item_id      bigint        not null,
    round_no     int           not null,
    assessor_org varchar(32),
    total_score  decimal(6, 2) not null,
    conclusion   varchar(32)   not null,
    summary      varchar(2000) not null,
    task_id      varchar(64)   not null,
    submitted_by varchar(64)   not null,
    submitted_at timestamp     not null,
    constraint uk_assessment_round unique (item_id, round_no),
    constraint uk_assessment_task unique (task_id),
    constraint fk_assessment_item foreign key (item_id) references budget_item (id)
);

create table assessment_score (
    assessment_id  bigint        not null,
    dimension_code varchar(32)   not null,
    score          decimal(5, 2) not null,
    remark         varchar(500),
    primary key (assessment_id, dimension_code),
    constraint fk_assessment_score foreign key (assessment_id) references assessment (id)
);

create table assessment_review (
    id            bigint auto_increment primary key,
    assessment_id bigint        not null,
    decision      varchar(32)   not null,
    opinion       varchar(2000) not null,
    task_id       varchar(64)   not null,
    reviewed_by   varchar(64)   not null,
    reviewed_at   timestamp     not null,
    constraint uk_assessment_review_task unique (task_id),
    constraint uk_assessment_review_assessment unique (assessment_id),
    constraint fk_assessment_review foreign key (assessment_id) references assessment (id)
);

-- The common template of domain.md §3.1: five dimensions, 0–20 each, total 100.
insert into assessment_dimension (item_kind, code, name, name_en, max_score, sort_order) values
('PROJECT', 'NECESSITY',   '立项必要性',     'Necessity of the project',     20, 1),
('PROJECT', 'ECONOMY',     '投入经济性',     'Economy of inputs',            20, 2),
('PROJECT', 'TARGETS',     '绩效目标合理性', 'Soundness of targets',         20, 3),
('PROJECT', 'FEASIBILITY', '实施方案可行性', 'Feasibility of the plan',      20, 4),
('PROJECT', 'FUNDING',     '筹资合规性',     'Compliance of funding',        20, 5),
('POLICY',  'NECESSITY',   '政策设立必要性', 'Necessity of the policy',      20, 1),
('POLICY',  'SUPPORT',     '政策保障充分性', 'Adequacy of safeguards',       20, 2),
('POLICY',  'TARGETS',     '政策目标合理性', 'Soundness of policy targets',  20, 3),
('POLICY',  'SUSTAINABILITY', '政策实施可持续性', 'Sustainability',          20, 4),
('POLICY',  'FUNDING',     '政策资金合规性', 'Compliance of policy funds',   20, 5);
