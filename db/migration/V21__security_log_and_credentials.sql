-- 等保 2.0 三级 (GB/T 22239-2019 8.1.4): the security event log, login throttling and the password
-- state the application keeps next to Camunda's identity tables.

-- Who did what, when, from where, with what result. Written in its own transaction; the application
-- has no endpoint that changes or deletes a row; rows older than app.security-log.retention (at
-- least 180 days) are purged by a scheduled job.
create table security_event (
    id              bigint auto_increment primary key,
    occurred_at     timestamp     not null,
    event_type      varchar(32)   not null,
    outcome         varchar(16)   not null,
    principal       varchar(128),
    client_address  varchar(64),
    channel         varchar(16)   not null,
    detail          varchar(500)
);
create index ix_security_event_time on security_event (occurred_at);
create index ix_security_event_principal on security_event (principal, occurred_at);

-- Failed logins per account and per client address; a key with too many failures is locked until
-- locked_until (engine clock), then counts from zero again.
create table login_throttle (
    key_type          varchar(16)   not null,
    key_value         varchar(128)  not null,
    failures          int           not null,
    first_failure_at  timestamp     not null,
    locked_until      timestamp     null,
    primary key (key_type, key_value)
);

-- When the password was last changed through the application; must_change forces a change at the
-- next login; policy_exempt marks the demo users (never in production).
create table user_credential (
    user_id              varchar(64)  not null primary key,
    password_changed_at  timestamp    null,
    must_change          boolean      not null,
    policy_exempt        boolean      not null
);

-- BCrypt hashes of the passwords a user had, newest last, so the last N are not used again.
create table password_history (
    id             bigint auto_increment primary key,
    user_id        varchar(64)   not null,
    password_hash  varchar(100)  not null,
    created_at     timestamp     not null
);
create index ix_password_history_user on password_history (user_id, id);
