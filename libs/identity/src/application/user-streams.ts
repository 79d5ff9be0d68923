/** One stream per member of staff, named after them: `user-alice`. Names are never reused. */
export const USER_STREAM_PREFIX = 'user-';
export const userStream = (userId: string) => `${USER_STREAM_PREFIX}${userId}`;
