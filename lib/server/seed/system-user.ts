/** Owner of the shipped decks: an instructor row with no credentials, so nobody can sign in as it. */
export const SYSTEM_USER_ID = "system-briefdeck";
