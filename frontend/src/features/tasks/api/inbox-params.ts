import type { Schemas } from '@/lib/api-client';

export type TaskStage = Schemas['TaskView']['stage'];
export type InboxTab = 'TODO' | 'CLAIMED' | 'DONE' | 'COPIED';
export type InboxSort = 'CREATED' | 'DUE' | 'AMOUNT' | 'PRIORITY';
export type Due = 'OVERDUE' | 'SOON' | 'NONE';

/** Everything that narrows the inbox. It lives in the URL, so a view can be bookmarked and saved. */
export interface InboxParams {
  tab: InboxTab;
  stage: TaskStage[];
  taskKey: string[];
  itemKind: string[];
  department: string[];
  division: string[];
  fiscalYear: number[];
  budgetType: string[];
  light: string[];
  grade: string[];
  due?: Due;
  dueWithinDays?: number;
  q?: string;
  sort: InboxSort;
  direction?: 'ASC' | 'DESC';
  page: number;
  size: number;
}

export const LIST_FILTERS = ['stage', 'taskKey', 'itemKind', 'department', 'division', 'fiscalYear', 'budgetType', 'light', 'grade'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const DEFAULT_SIZE = 20;

export function parseInboxParams(search: URLSearchParams): InboxParams {
  const tab = search.get('tab');
  const sort = search.get('sort');
  const due = search.get('due');
  const direction = search.get('direction');
  const number = (name: string) => {
    const value = Number(search.get(name));
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
  };
  return {
    tab: tab === 'CLAIMED' || tab === 'DONE' || tab === 'COPIED' ? tab : 'TODO',
    stage: search.getAll('stage') as TaskStage[],
    taskKey: search.getAll('taskKey'),
    itemKind: search.getAll('itemKind'),
    department: search.getAll('department'),
    division: search.getAll('division'),
    fiscalYear: search.getAll('fiscalYear').map(Number).filter((y) => Number.isInteger(y) && y >= 2000 && y <= 2100),
    budgetType: search.getAll('budgetType'),
    light: search.getAll('light'),
    grade: search.getAll('grade'),
    due: due === 'OVERDUE' || due === 'SOON' || due === 'NONE' ? due : undefined,
    dueWithinDays: number('dueWithinDays'),
    q: search.get('q')?.trim() || undefined,
    sort: sort === 'DUE' || sort === 'AMOUNT' || sort === 'PRIORITY' ? sort : 'CREATED',
    direction: direction === 'ASC' || direction === 'DESC' ? direction : undefined,
    page: Math.max(0, (number('page') ?? 1) - 1),
    size: Math.min(100, number('size') ?? DEFAULT_SIZE),
  };
}

/** The query string for these params (page 1-based, defaults left out). */
export function toSearch(params: InboxParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.tab !== 'TODO') search.set('tab', params.tab);
  for (const name of LIST_FILTERS) {
    for (const value of params[name] as (string | number)[]) search.append(name, String(value));
  }
  if (params.due) search.set('due', params.due);
  if (params.dueWithinDays) search.set('dueWithinDays', String(params.dueWithinDays));
  if (params.q) search.set('q', params.q);
  if (params.sort !== 'CREATED') search.set('sort', params.sort);
  if (params.direction) search.set('direction', params.direction);
  if (params.page > 0) search.set('page', String(params.page + 1));
  if (params.size !== DEFAULT_SIZE) search.set('size', String(params.size));
  return search;
}

export function hasFilters(params: InboxParams): boolean {
  return LIST_FILTERS.some((name) => params[name].length > 0) || !!params.due || !!params.q;
}
