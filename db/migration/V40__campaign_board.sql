-- The campaign board reads a fiscal year and division in code order.
create index ix_budget_item_board on budget_item (fiscal_year, division_code, code);
