-- Lifecycle chain I: the assessment gate, the project library, the indicator library, target
-- sheets with their reviews, and the budget approval that goes with them.

alter table budget_item add column expiring boolean default false not null;
alter table budget_item add column library_entered_at timestamp null;
alter table budget_item add column approved_amount decimal(18, 2);
alter table budget_item add column budget_approved_at timestamp null;

-- The institution finance commissioned, when a review decided to ask a third party first.
alter table assessment_review add column third_party_code varchar(32);

-- Links that make a third-party institution not independent of a body (domain.md §2).
create table org_link (
    third_party_code varchar(32)  not null,
    org_code         varchar(32)  not null,
    relation         varchar(200) not null,
    primary key (third_party_code, org_code),
    constraint fk_org_link_third_party foreign key (third_party_code) references org_unit (code),
    constraint fk_org_link_org foreign key (org_code) references org_unit (code)
);

create table industry (
    code       varchar(32)  not null primary key,
    name       varchar(100) not null,
    name_en    varchar(100) not null,
    sort_order int default 0 not null
);

-- The standard indicator tree: level 1 (产出/效益/满意度) and level 2.
create table indicator_category (
    code        varchar(32)  not null primary key,
    parent_code varchar(32),
    level_no    int          not null,
    name        varchar(100) not null,
    name_en     varchar(100) not null,
    sort_order  int          not null,
    constraint fk_indicator_category_parent foreign key (parent_code) references indicator_category (code)
);

create table indicator (
    id            bigint auto_increment primary key,
    category_code varchar(32)   not null,
    name          varchar(200)  not null,
    industry_code varchar(32),
    comparator    varchar(16)   not null,
    unit          varchar(32),
    description   varchar(1000),
    status        varchar(16)   not null,
    proposed_by   varchar(64),
    proposed_org  varchar(32),
    created_at    timestamp     not null,
    updated_at    timestamp     not null,
    version       bigint        not null,
    constraint fk_indicator_category foreign key (category_code) references indicator_category (code),
    constraint fk_indicator_industry foreign key (industry_code) references industry (code)
);

create index ix_indicator_category on indicator (category_code, status);

-- Level-1 weights of the scoring template (configurable): execution rate, 产出, 效益, 满意度.
create table weight_template (
    code                varchar(32)   not null primary key,
    execution_weight    decimal(5, 2) not null,
    output_weight       decimal(5, 2) not null,
    benefit_weight      decimal(5, 2) not null,
    satisfaction_weight decimal(5, 2) not null,
    updated_by          varchar(64),
    updated_at          timestamp null
);

create table target_sheet (
    id                bigint auto_increment primary key,
    item_id           bigint        not null,
    version_no        int           not null,
    status            varchar(16)   not null,
    overall_goal      varchar(2000),
    annual_goal       varchar(2000),
    adjustment_reason varchar(32),
    adjustment_note   varchar(2000),
    grade             varchar(16),
    created_by        varchar(64)   not null,
    created_at        timestamp     not null,
    submitted_at      timestamp null,
    decided_at        timestamp null,
    version           bigint        not null,
    constraint uk_target_sheet_version unique (item_id, version_no),
    constraint fk_target_sheet_item foreign key (item_id) references budget_item (id)
);

create table target_indicator (
    id           bigint auto_increment primary key,
    sheet_id     bigint         not null,
    sort_order   int            not null,
    level1       varchar(32)    not null,
    level2       varchar(32)    not null,
    name         varchar(200)   not null,
    indicator_id bigint,
    comparator   varchar(16)    not null,
    target_value decimal(18, 4),
    target_text  varchar(200),
    unit         varchar(32),
    weight       decimal(5, 2)  not null,
    constraint fk_target_indicator_sheet foreign key (sheet_id) references target_sheet (id),
    constraint fk_target_indicator_level1 foreign key (level1) references indicator_category (code),
    constraint fk_target_indicator_level2 foreign key (level2) references indicator_category (code)
);

create index ix_target_indicator_sheet on target_indicator (sheet_id, sort_order);

create table target_review (
    id              bigint auto_increment primary key,
    sheet_id        bigint         not null,
    step            varchar(16)    not null,
    decision        varchar(16)    not null,
    grade           varchar(16),
    completeness    varchar(16),
    relevance       varchar(16),
    appropriateness varchar(16),
    feasibility     varchar(16),
    approved_amount decimal(18, 2),
    opinion         varchar(2000)  not null,
    task_id         varchar(64)    not null,
    reviewed_by     varchar(64)    not null,
    reviewed_at     timestamp      not null,
    constraint uk_target_review_task unique (task_id),
    constraint fk_target_review_sheet foreign key (sheet_id) references target_sheet (id)
);

insert into weight_template (code, execution_weight, output_weight, benefit_weight, satisfaction_weight)
values ('DEFAULT', 10, 50, 30, 10);

insert into indicator_category (code, parent_code, level_no, name, name_en, sort_order) values
('OUTPUT',       null,          1, '产出指标',     'Output',              1),
('BENEFIT',      null,          1, '效益指标',     'Benefit',             2),
('SATISFACTION', null,          1, '满意度指标',   'Satisfaction',        3),
('QUANTITY',     'OUTPUT',      2, '数量指标',     'Quantity',            11),
('QUALITY',      'OUTPUT',      2, '质量指标',     'Quality',             12),
('TIMELINESS',   'OUTPUT',      2, '时效指标',     'Timeliness',          13),
('COST',         'OUTPUT',      2, '成本指标',     'Cost',                14),
('ECONOMIC',     'BENEFIT',     2, '经济效益指标', 'Economic benefit',    21),
('SOCIAL',       'BENEFIT',     2, '社会效益指标', 'Social benefit',      22),
('ECOLOGICAL',   'BENEFIT',     2, '生态效益指标', 'Ecological benefit',  23),
('SUSTAINABLE',  'BENEFIT',     2, '可持续影响指标', 'Sustainable impact', 24),
('SERVICE_SATISFACTION', 'SATISFACTION', 2, '服务对象满意度指标', 'Beneficiary satisfaction', 31);

insert into industry (code, name, name_en, sort_order) values
('EDUCATION',       '教育',       'Education',        1),
('HEALTH',          '卫生健康',   'Health',           2),
('AGRICULTURE',     '农牧业',     'Agriculture',      3),
('TRANSPORT',       '交通运输',   'Transport',        4),
('SOCIAL_SECURITY', '社会保障',   'Social security',  5),
('ENVIRONMENT',     '生态环境',   'Environment',      6);

insert into indicator (category_code, name, industry_code, comparator, unit, description, status, created_at, updated_at, version) values
('QUANTITY',    '项目完成数量',             null, 'GE', '个',   '按计划完成的子项目或建设内容数量', 'ACTIVE', current_timestamp, current_timestamp, 0),
('QUANTITY',    '受益人数',                 null, 'GE', '人',   '直接受益的服务对象人数', 'ACTIVE', current_timestamp, current_timestamp, 0),
('QUANTITY',    '培训人次',                 null, 'GE', '人次', '组织培训的人次', 'ACTIVE', current_timestamp, current_timestamp, 0),
('QUALITY',     '项目验收合格率',           null, 'EQ', '%',    '验收合格的子项目占比', 'ACTIVE', current_timestamp, current_timestamp, 0),
('QUALITY',     '资金使用合规率',           null, 'EQ', '%',    '合规使用资金占比', 'ACTIVE', current_timestamp, current_timestamp, 0),
('TIMELINESS',  '项目按期完成率',           null, 'GE', '%',    '按期完成的子项目占比', 'ACTIVE', current_timestamp, current_timestamp, 0),
('TIMELINESS',  '资金拨付及时率',           null, 'GE', '%',    '按时拨付资金占比', 'ACTIVE', current_timestamp, current_timestamp, 0),
('COST',        '项目总成本',               null, 'LE', '万元', '项目实际总成本控制在预算内', 'ACTIVE', current_timestamp, current_timestamp, 0),
('ECONOMIC',    '带动相关产业发展',         null, 'QUALITATIVE', null, '对相关产业的带动作用', 'ACTIVE', current_timestamp, current_timestamp, 0),
('SOCIAL',      '公共服务水平提升',         null, 'QUALITATIVE', null, '对公共服务水平的提升作用', 'ACTIVE', current_timestamp, current_timestamp, 0),
('ECOLOGICAL',  '生态环境改善',             null, 'QUALITATIVE', null, '对生态环境的改善作用', 'ACTIVE', current_timestamp, current_timestamp, 0),
('SUSTAINABLE', '长效管理机制健全性',       null, 'QUALITATIVE', null, '运行维护与长效管理机制', 'ACTIVE', current_timestamp, current_timestamp, 0),
('SERVICE_SATISFACTION', '服务对象满意度',  null, 'GE', '%',    '抽样调查的服务对象满意度', 'ACTIVE', current_timestamp, current_timestamp, 0),
('QUANTITY',    '营养餐供应天数',           'EDUCATION',   'GE', '天',   '学年内供应营养餐的天数', 'ACTIVE', current_timestamp, current_timestamp, 0),
('QUALITY',     '校舍安全达标率',           'EDUCATION',   'EQ', '%',    '校舍安全检查达标比例', 'ACTIVE', current_timestamp, current_timestamp, 0),
('QUANTITY',    '基层医疗机构设备配置数量', 'HEALTH',      'GE', '台（套）', '配置到位的设备数量', 'ACTIVE', current_timestamp, current_timestamp, 0),
('SOCIAL',      '基层诊疗人次增长率',       'HEALTH',      'GE', '%',    '较上年基层诊疗人次的增长', 'ACTIVE', current_timestamp, current_timestamp, 0),
('QUANTITY',    '草原生态补奖面积',         'AGRICULTURE', 'GE', '万亩', '落实草原生态保护补助奖励的面积', 'ACTIVE', current_timestamp, current_timestamp, 0),
('QUANTITY',    '公路养护里程',             'TRANSPORT',   'GE', '公里', '完成养护的公路里程', 'ACTIVE', current_timestamp, current_timestamp, 0),
('QUALITY',     '养老金按时足额发放率',     'SOCIAL_SECURITY', 'EQ', '%', '按时足额发放的比例', 'ACTIVE', current_timestamp, current_timestamp, 0);
