/** One invalid field of a request and why, as every 400 lists them. */
export interface FieldError {
  field: string;
  reason: string;
}
