-- Audit reviews (审计复核, domain.md §2 and §3.5): the audit office opens a review on any item,
-- records its findings and refers cases (线索) to discipline inspection (纪检监察); every step is a row.

create table audit_review (
    id                  bigint auto_increment primary key,
    item_code           varchar(32)   not null,
    scope               varchar(2000) not null,
    status              varchar(16)   not null,
    conclusion          varchar(4000),
    opened_by           varchar(64)   not null,
    opened_at           timestamp     not null,
    closed_by           varchar(64),
    closed_at           timestamp null,
    process_instance_id varchar(64),
    version             bigint        not null
);

create index ix_audit_review_item on audit_review (item_code);

create table audit_finding (
    id             bigint auto_increment primary key,
    review_id      bigint         not null,
    client_key     varchar(64)    not null,
    category       varchar(16)    not null,
    serious        boolean        not null,
    description    varchar(4000)  not null,
    amount         decimal(18, 2),
    recorded_by    varchar(64)    not null,
    recorded_at    timestamp      not null,
    referred_to    varchar(200),
    referral_no    varchar(64),
    referral_reason varchar(2000),
    referred_by    varchar(64),
    referred_at    timestamp null,
    version        bigint         not null,
    constraint uk_audit_finding_key unique (review_id, client_key),
    constraint fk_audit_finding foreign key (review_id) references audit_review (id)
);
