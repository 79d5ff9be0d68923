/**
 * One step of schema evolution: it reads an event type's stored version `from` and returns the
 * data of version `from + 1`. In a file of its own so each kind's upcasters can name it without
 * importing the registry that lists them (`upcasting.ts`).
 */
export type Upcaster = {
  type: string;
  /** The stored version it reads; it returns the data of version `from + 1`. */
  from: number;
  upcast(data: Record<string, unknown>): Record<string, unknown>;
};
