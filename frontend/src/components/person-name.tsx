import { useName } from '@/lib/names';

/** A user, group or organisation by display name, never by id (the id is the tooltip). */
export function PersonName({ id }: { id: string | null | undefined }) {
  const name = useName(id);
  if (!id) {
    return <>—</>;
  }
  return <span title={name !== id ? id : undefined}>{name}</span>;
}
