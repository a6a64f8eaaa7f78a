import type { Schemas } from '@/lib/api-client';
import type { ItemDetail } from '@/lib/item';

/** What every item task form gets from the task page (the registry of forms is src/app/task-forms.tsx). */
export interface TaskFormProps {
  task: Schemas['TaskView'];
  item: ItemDetail;
  onCompleted: () => void;
}

/** A task about a whole body (a department, a county) rather than an item. */
export interface SubjectTaskFormProps {
  task: Schemas['TaskView'];
  onCompleted: () => void;
}
