-- Tamper-evident decisions: every decision row, as written by the application (insert and each
-- later update), is one link of a chain per subject (an item's code, or a body evaluation's or an
-- appraisal's business key). A link holds the row's canonical content as it was then and
-- hash = H(previous link's hash || content), H being SM3 (default) or SHA-256.
create table decision_chain (
    id             bigint auto_increment primary key,
    subject        varchar(64)  not null,
    seq            int          not null,
    decision_table varchar(64)  not null,
    decision_id    bigint       not null,
    content        text         not null,
    algorithm      varchar(16)  not null,
    prev_hash      varchar(128) not null,
    hash           varchar(128) not null,
    recorded_at    datetime     not null,
    constraint uk_decision_chain_seq unique (subject, seq)
);
create index ix_decision_chain_row on decision_chain (decision_table, decision_id);
