import type { Action, Service } from '../taxonomy.ts';

/**
 * The one generated English sentence of an event ("Apple removed Parler from the App Store."). Names come from the
 * entity catalogue or the reports; they are plain text and are escaped where shown, like every other field.
 */
export interface SummaryInput {
  actor: string;
  actor_name: string;
  action: Action;
  target_name: string;
  service: Service;
  countries: readonly string[];
}

const STORE_NAME: Record<string, string> = {
  apple: 'the App Store',
  google: 'Google Play',
  amazon: 'the Amazon Appstore',
  microsoft: 'the Microsoft Store',
};

const PAST: Record<Action, string> = {
  ban: 'banned',
  suspend: 'suspended',
  remove: 'removed',
  terminate: 'terminated',
  block: 'blocked',
  restrict: 'restricted',
  reinstate: 'reinstated',
};

/** Builds the summary sentence. Pure and deterministic. */
export function summarizeEvent(input: SummaryInput): string {
  const actor = input.actor_name;
  const target = input.target_name;
  const verb = PAST[input.action];
  const store = STORE_NAME[input.actor] ?? 'its app store';
  const where = input.countries.length > 0 ? ` in ${input.countries.join(', ')}` : '';
  const restoring = input.action === 'reinstate';
  let sentence: string;
  switch (input.service) {
    case 'account':
      sentence = `${actor} ${verb} ${possessive(target)} account${where}`;
      break;
    case 'channel':
      sentence = `${actor} ${verb} ${possessive(target)} channel${where}`;
      break;
    case 'content':
      sentence = `${actor} ${verb} ${possessive(target)} content${where}`;
      break;
    case 'app_store':
      sentence = restoring
        ? `${actor} restored ${target} to ${store}${where}`
        : `${actor} ${verb} ${target} from ${store}${where}`;
      break;
    case 'hosting':
      sentence = restoring ? `${actor} resumed hosting ${target}` : `${actor} stopped hosting ${target}`;
      break;
    case 'cdn_security':
      sentence = restoring
        ? `${actor} restored CDN and security services to ${target}`
        : `${actor} stopped providing CDN and security services to ${target}`;
      break;
    case 'domain':
      sentence = restoring
        ? `${actor} restored ${possessive(target)} domain registration`
        : `${actor} ${input.action === 'terminate' ? 'stopped registering' : `${verb}`} ${possessive(target)} domain`;
      break;
    case 'payments':
      sentence = restoring
        ? `${actor} resumed processing payments for ${target}`
        : `${actor} stopped processing payments for ${target}`;
      break;
    case 'email':
      sentence = restoring
        ? `${actor} restored email service to ${target}`
        : `${actor} stopped providing email to ${target}`;
      break;
    case 'monetization':
      sentence = restoring
        ? `${actor} restored monetization for ${target}`
        : `${actor} demonetized ${target}`;
      break;
    case 'country_access':
      sentence = restoring
        ? `${actor} lifted the block on ${target}${where}`
        : `${actor} blocked access to ${target}${where}`;
      break;
    default:
      sentence = `${actor} ${verb} ${target}${where}`;
  }
  return `${sentence}.`;
}

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
