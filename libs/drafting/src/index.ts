export * from './draft.types';
export { draftFromText, emptyDraft } from './draft-from-text';
export { DEFAULT_GAZETTEER, COMMON_ORGANISATIONS } from './gazetteer/organisations';
export { MAX_CHARS, refusal } from './guard';
