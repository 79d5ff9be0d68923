import type { Row } from '@chancery/projections';

/** Newest first, then by `id`, as SQLite orders text (byte order; ids and dates are ASCII). */
export const newestFirst =
  (id: string) =>
  (x: Row, y: Row): number => {
    const [dx, dy] = [String(x.date ?? ''), String(y.date ?? '')];
    if (dx !== dy) return dx < dy ? 1 : -1;
    const [ix, iy] = [String(x[id]), String(y[id])];
    return ix < iy ? -1 : ix > iy ? 1 : 0;
  };
