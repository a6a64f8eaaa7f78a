-- Accounts an administrator disabled (issue 12). Camunda's identity tables have no such flag: a
-- disabled user keeps their id, groups and history but cannot log in, and their sessions end.
create table account_state (
    user_id      varchar(64)  not null primary key,
    disabled     boolean      not null,
    changed_at   datetime     not null,
    changed_by   varchar(64)  not null
);
