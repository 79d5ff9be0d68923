import { formatDay, parseDay } from './dates';

/**
 * A day typed as people write it (`14 October 2024`, `2024-10-14`, `14/10/2024`), shown back as
 * `14 October 2024` once the field is left: never the browser's own mm/dd/yyyy picker.
 */
export function DateInput({ value, onChange, ...rest }: { value: string; onChange: (text: string) => void; autoFocus?: boolean }) {
  return (
    <input
      type="text"
      inputMode="text"
      autoComplete="off"
      placeholder="14 October 2024"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => {
        const iso = parseDay(value);
        if (iso) onChange(formatDay(iso));
      }}
      {...rest}
    />
  );
}
