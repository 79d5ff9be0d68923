import type { DocumentFacts, DocumentSigner } from '@chancery/diplomacy';
import type { DocumentPlaceDto, DocumentSignerDto } from '../record-document/record-document.dto';

/** What the source leaves out is stated as such (null), never left undefined. */
export const toSigner = (s: DocumentSignerDto): DocumentSigner => ({
  personId: s.personId ?? null,
  title: s.title ?? null,
  side: s.side ?? null,
});

export const toPlace = (p: DocumentPlaceDto | null): DocumentFacts['place'] =>
  p && { city: p.city ?? null, country: p.country ?? null };
