-- Idempotency-Key on creates: the first answer to (user, key), stored in the transaction of the create
-- itself, so a retried or doubled request is answered from here and creates nothing.
create table idempotency_record (
    user_id       varchar(64)   not null,
    idem_key      varchar(128)  not null,
    request_hash  varchar(64)   not null,
    http_method   varchar(8)    not null,
    request_path  varchar(500)  not null,
    status        int           not null,
    content_type  varchar(128),
    location      varchar(500),
    body          mediumtext,
    created_at    timestamp     not null,
    primary key (user_id, idem_key)
);
create index ix_idempotency_created on idempotency_record (created_at);
