import { formatDay, parseDay } from './dates';
import { formatPartialDate, parsePartialDate } from './partial-dates';

/**
 * A date typed as people write it (`14 October 2024`, `2024-10-14`, `14/10/2024`), shown back in
 * words once the field is left: never the browser's own mm/dd/yyyy picker. `partial` takes a date
 * as precise as the source too: `October 2024`, `Q4 2024`, `2024`, `approximately March 2025`,
 * `before 2024`.
 */
export function DateInput({ value, onChange, partial = false, ...rest }: { value: string; onChange: (text: string) => void; partial?: boolean; autoFocus?: boolean }) {
  return (
    <input
      type="text"
      inputMode="text"
      autoComplete="off"
      placeholder={partial ? '14 October 2024, October 2024 or 2024' : '14 October 2024'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => {
        if (partial) {
          const stated = parsePartialDate(value);
          if (stated) onChange(formatPartialDate(stated));
          return;
        }
        const iso = parseDay(value);
        if (iso) onChange(formatDay(iso));
      }}
      {...rest}
    />
  );
}
