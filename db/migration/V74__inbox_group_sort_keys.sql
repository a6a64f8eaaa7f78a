-- The inbox's "unclaimed in my groups" branch read each group row and then the task's whole row
-- (a primary-key lookup per task: 5,000 for a department user with 5,000 tasks) only to learn
-- whether it is unclaimed and where it sorts. A group row now carries those copies, so the
-- unfiltered page reads the user's group rows in primary-key order and nothing else, and the task
-- rows only for the page. InboxTaskWriter writes the copies with the task row, in the same
-- engine's transaction; InboxReconciler compares them with the task row and repairs them.

alter table inbox_task_group add column unclaimed  boolean        default true not null;
alter table inbox_task_group add column created_at datetime       null;
alter table inbox_task_group add column due_at     datetime       null;
alter table inbox_task_group add column amount     decimal(18, 2) null;
alter table inbox_task_group add column priority   int            default 50 not null;

update inbox_task_group set
    unclaimed  = (select case when t.assignee is null then true else false end from inbox_task t where t.task_id = inbox_task_group.task_id),
    created_at = (select t.created_at from inbox_task t where t.task_id = inbox_task_group.task_id),
    due_at     = (select t.due_at from inbox_task t where t.task_id = inbox_task_group.task_id),
    amount     = (select t.amount from inbox_task t where t.task_id = inbox_task_group.task_id),
    priority   = (select t.priority from inbox_task t where t.task_id = inbox_task_group.task_id);
