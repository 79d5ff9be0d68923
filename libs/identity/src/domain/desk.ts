import { IdentityError } from './identity.errors';

/**
 * A desk is a team of staff, named as people say it: "Benelux", "Central Asia", "EU & NATO".
 * It exists while someone is on it; the name is its identity, so it is kept to words.
 */
const DESK_NAME = /^[A-Za-z][A-Za-z0-9&' -]{0,58}[A-Za-z0-9]$/;

export function validDesk(name: string): string {
  const desk = name.trim().replace(/\s+/g, ' ');
  if (!DESK_NAME.test(desk)) {
    throw new IdentityError(
      'USER.INVALID_DESK',
      `"${name}" is not a desk name (2 to 60 letters, digits, spaces, & ' -)`,
    );
  }
  return desk;
}
