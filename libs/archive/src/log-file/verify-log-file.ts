import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ArchiveRefusedError } from '../errors';
import { LogSurveyor, type LogSurvey } from '../log-survey';
import { parseLine, type LogTrailer } from './log-lines';

const MAX_REASONS = 20;

/** The file's non-blank lines with their numbers, from 1. */
export async function* numberedLines(file: string): AsyncIterable<{ line: number; text: string }> {
  const reader = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line++;
    if (text.trim() !== '') yield { line, text };
  }
}

/**
 * Checks a log file from end to end without writing: a header first, envelopes whose every
 * stream's hash chain verifies, and a closing line whose counts match. Refuses naming the lines.
 */
export async function verifyLogFile(file: string): Promise<LogSurvey> {
  const refuse = (reasons: string[]) =>
    new ArchiveRefusedError(`import refused: ${file} does not verify`, reasons);
  const reasons: string[] = [];
  const surveyor = new LogSurveyor();
  let trailer: { line: number; value: LogTrailer } | null = null;
  let seenHeader = false;
  for await (const { line, text } of numberedLines(file)) {
    const parsed = parseLine(text);
    const at = `line ${line}`;
    if (trailer) reasons.push(`${at}: comes after the closing line (line ${trailer.line})`);
    else if (!seenHeader) {
      if (parsed.kind !== 'header')
        throw refuse([
          `${at}: not a chancery-log header (export the log with \`chancery log export\`)`,
        ]);
      seenHeader = true;
    } else if (parsed.kind === 'invalid') reasons.push(`${at}: ${parsed.reason}`);
    else if (parsed.kind === 'header') reasons.push(`${at}: a second header`);
    else if (parsed.kind === 'trailer') trailer = { line, value: parsed.trailer };
    else {
      const broken = surveyor.add(parsed.event);
      if (broken)
        reasons.push(
          `${at}: broken chain in stream ${broken.streamId} at revision ${broken.revision} (event ${broken.eventId}): ${broken.reason}: ${broken.detail}`,
        );
    }
    if (reasons.length >= MAX_REASONS) break;
  }
  if (!reasons.length) {
    if (!seenHeader) reasons.push('the file is empty');
    else if (!trailer) reasons.push('the file ends without its closing line: it was cut short');
    else {
      const { events, heads } = surveyor.survey;
      const streams = Object.keys(heads).length;
      if (trailer.value.events !== events || trailer.value.streams !== streams)
        reasons.push(
          `line ${trailer.line}: the closing line counts ${trailer.value.events} events in ${trailer.value.streams} streams, the file holds ${events} in ${streams}`,
        );
    }
  }
  if (reasons.length) throw refuse(reasons);
  return surveyor.survey;
}
