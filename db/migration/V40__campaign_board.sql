-- The campaign board: its counts group a fiscal year's items by stage and status (covered by the
-- index, no row is read), its first page reads the year in code order.
create index ix_budget_item_board_counts on budget_item (fiscal_year, stage, status, division_code);
create index ix_budget_item_board_code on budget_item (fiscal_year, code);
