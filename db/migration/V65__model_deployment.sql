-- Who deployed which models: one row per engine deployment made by the application — on start
-- (source startup, by system), by an administrator's upload (upload) or from Camunda Modeler
-- (modeler). Camunda's ACT_RE_DEPLOYMENT knows the time but not the person. Times are datetime,
-- not timestamp (MySQL's timestamp ends in 2038).

create table model_deployment (
    deployment_id varchar(64)   not null primary key,
    deployed_by   varchar(64)   not null,
    source        varchar(16)   not null,
    files         varchar(4000) not null,
    deployed_at   datetime      not null
);
