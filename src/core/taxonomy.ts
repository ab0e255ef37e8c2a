/**
 * The closed vocabularies of DESIGN §3: actions and their classes, services, entity kinds, date precision.
 * Everything that names an action or a service validates against these lists.
 */

export const ACTIONS = ['ban', 'suspend', 'remove', 'terminate', 'block', 'restrict', 'reinstate'] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_CLASSES = ['cut', 'restrict', 'restore'] as const;
export type ActionClass = (typeof ACTION_CLASSES)[number];

/** Which class each action belongs to: cut-offs, restrictions, restorations. */
export const ACTION_CLASS: Record<Action, ActionClass> = {
  ban: 'cut',
  suspend: 'cut',
  remove: 'cut',
  terminate: 'cut',
  block: 'cut',
  restrict: 'restrict',
  reinstate: 'restore',
};

export const SERVICES = [
  'account',
  'channel',
  'content',
  'app_store',
  'hosting',
  'cdn_security',
  'domain',
  'payments',
  'email',
  'monetization',
  'country_access',
  'other',
] as const;
export type Service = (typeof SERVICES)[number];

export const ENTITY_KINDS = [
  'platform',
  'app_store',
  'host',
  'cdn_security',
  'registrar',
  'payments',
  'government',
  'regulator',
  'court',
  'person',
  'app',
  'site',
  'organization',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Kinds that can act as a state: they decide `block` and `country_access`. */
export const STATE_KINDS: readonly EntityKind[] = ['government', 'regulator', 'court'];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const DATE_BASES = ['stated', 'relative', 'published'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const EVENT_STATUSES = ['automatic', 'reviewed', 'rejected'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The verb used in generated English summaries and ids ("apple-removes-parler"). */
export const ACTION_VERB_ID: Record<Action, string> = {
  ban: 'bans',
  suspend: 'suspends',
  remove: 'removes',
  terminate: 'terminates',
  block: 'blocks',
  restrict: 'restricts',
  reinstate: 'reinstates',
};
