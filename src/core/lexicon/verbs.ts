/**
 * A small verb lexicon for the Object + Action analysis of event names. It is
 * data, not an NLP library, because the bundle loads on every click: base
 * forms of the verbs that name user actions, the irregular past forms, and the
 * few words that end in -ed or -ing without being a verb form.
 */

/** Irregular verbs: base form -> past participle (what an event name uses: "Email Sent", "Video Seen"). */
const IRREGULAR: Record<string, string> = {
  be: 'been', become: 'become', begin: 'begun', bend: 'bent', bet: 'bet', bind: 'bound', bleed: 'bled',
  breed: 'bred', bring: 'brought', broadcast: 'broadcast', build: 'built', burst: 'burst', buy: 'bought',
  cast: 'cast', catch: 'caught', choose: 'chosen', come: 'come', cost: 'cost', creep: 'crept', cut: 'cut',
  deal: 'dealt', dig: 'dug', do: 'done', draw: 'drawn', drive: 'driven', eat: 'eaten', fall: 'fallen',
  feed: 'fed', feel: 'felt', fight: 'fought', find: 'found', flee: 'fled', fly: 'flown', forbid: 'forbidden',
  forecast: 'forecast', forget: 'forgotten', forgive: 'forgiven', freeze: 'frozen', get: 'got', give: 'given',
  go: 'gone', grow: 'grown', hang: 'hung', have: 'had', hear: 'heard', hide: 'hidden', hit: 'hit',
  hold: 'held', hurt: 'hurt', keep: 'kept', know: 'known', lay: 'laid', lead: 'led', leave: 'left',
  lend: 'lent', let: 'let', light: 'lit', lose: 'lost', make: 'made', mean: 'meant', meet: 'met',
  mislead: 'misled', misread: 'misread', mistake: 'mistaken', oversee: 'overseen', overtake: 'overtaken',
  pay: 'paid', prepay: 'prepaid', put: 'put', quit: 'quit', read: 'read', rebuild: 'rebuilt', redo: 'redone',
  reread: 'reread', rerun: 'rerun', resell: 'resold', reset: 'reset', retake: 'retaken', rewind: 'rewound',
  rewrite: 'rewritten', ride: 'ridden', ring: 'rung', rise: 'risen', run: 'run', say: 'said', see: 'seen',
  seek: 'sought', sell: 'sold', send: 'sent', set: 'set', sew: 'sewn', shake: 'shaken', shine: 'shone',
  shoot: 'shot', show: 'shown', shut: 'shut', sing: 'sung', sink: 'sunk', sit: 'sat', sleep: 'slept',
  slide: 'slid', speak: 'spoken', spend: 'spent', spin: 'spun', split: 'split', spread: 'spread',
  stand: 'stood', steal: 'stolen', stick: 'stuck', strike: 'struck', swear: 'sworn', sweep: 'swept',
  swim: 'swum', swing: 'swung', take: 'taken', teach: 'taught', tear: 'torn', tell: 'told', think: 'thought',
  throw: 'thrown', undergo: 'undergone', understand: 'understood', undertake: 'undertaken', undo: 'undone',
  unwind: 'unwound', uphold: 'upheld', upset: 'upset', wake: 'woken', wear: 'worn', weep: 'wept', win: 'won',
  wind: 'wound', withdraw: 'withdrawn', withhold: 'withheld', write: 'written',
};

/** Simple past forms that differ from the participle ("Wrote", "Began"); they name an action too. */
const SIMPLE_PAST = [
  'ate', 'became', 'began', 'bought', 'brought', 'came', 'chose', 'did', 'drew', 'drove', 'fell', 'flew',
  'forbade', 'forgave', 'forgot', 'froze', 'gave', 'got', 'gotten', 'grew', 'hid', 'knew', 'lit', 'mistook',
  'overtook', 'proven', 'ran', 'rang', 'rode', 'rose', 'sang', 'sank', 'saw', 'shook', 'showed', 'spoke',
  'sprang', 'sprung', 'stole', 'strode', 'strove', 'swam', 'swore', 'threw', 'took', 'tore', 'underwent',
  'went', 'withdrew', 'woke', 'wore', 'wrote', 'burnt', 'dreamt', 'leapt', 'learnt', 'spelt', 'spilt',
  'unbound', 'unfrozen', 'outgrown', 'rewound', 'overseen', 'oversaw', 'sped',
];

/**
 * Base forms of verbs that name a user action. A name that starts with one of
 * these and has no past-tense or -ing word after it reads Action + Object.
 */
const BASE_VERBS = [
  'accept', 'access', 'activate', 'add', 'agree', 'allow', 'answer', 'apply', 'approve', 'archive', 'attach',
  'authenticate', 'authorize', 'block', 'bookmark', 'browse', 'buy', 'calculate', 'cancel', 'capture',
  'change', 'charge', 'choose', 'claim', 'clear', 'click', 'close', 'collapse', 'compare', 'complete',
  'configure', 'confirm', 'connect', 'continue', 'convert', 'copy', 'create', 'customize', 'deactivate',
  'decline', 'delete', 'deny', 'deselect', 'detach', 'disable', 'disconnect', 'dismiss', 'donate', 'downgrade',
  'download', 'drag', 'drop', 'edit', 'enable', 'end', 'enter', 'exit', 'expand', 'export', 'fail', 'favorite',
  'fill', 'finish', 'follow', 'generate', 'hide', 'hover', 'import', 'install', 'invite', 'join', 'launch',
  'leave', 'like', 'load', 'log', 'lose', 'make', 'move', 'mute', 'navigate', 'open', 'pause', 'pay', 'play',
  'press', 'preview', 'print', 'publish', 'purchase', 'redeem', 'refresh', 'register', 'reject', 'reload',
  'remove', 'rename', 'renew', 'reopen', 'reply', 'request', 'reserve', 'reset', 'restart', 'restore',
  'resume', 'retry', 'save', 'scroll', 'search', 'select', 'sell', 'send', 'set', 'share', 'show', 'sign',
  'skip', 'snooze', 'sort', 'start', 'stop', 'submit', 'subscribe', 'swipe', 'switch', 'sync', 'take', 'tap',
  'toggle', 'turn', 'unblock', 'unfollow', 'unlike', 'unlink', 'unmute', 'unpublish', 'unsubscribe',
  'update', 'upgrade', 'upload', 'use', 'verify', 'view', 'visit', 'watch', 'win', 'write', 'zoom',
  // Irregular verbs that name actions are base forms too.
  'begin', 'bring', 'build', 'do', 'find', 'get', 'give', 'go', 'keep', 'put', 'read', 'run', 'see', 'shut',
  'throw', 'undo', 'redo', 'rewrite', 'withdraw',
];

/** Verbs whose final consonant doubles before -ed ("Stopped", "Submitted"). */
const DOUBLING = [
  'ban', 'blog', 'chat', 'clip', 'commit', 'drag', 'drop', 'flag', 'grab', 'hug', 'jog', 'log', 'map', 'nod',
  'pin', 'plan', 'prefer', 'refer', 'rip', 'scan', 'ship', 'shop', 'skip', 'snap', 'step', 'stop', 'submit',
  'swap', 'tag', 'tap', 'tip', 'trim', 'unpin', 'unzip', 'wrap', 'unwrap', 'zip', 'admit', 'permit', 'occur',
  'transfer', 'control', 'patrol', 'omit', 'emit', 'format',
];

/** Words ending in -ed that are not past tenses. */
const ED_NOT_PAST = [
  'bed', 'biped', 'embed', 'hundred', 'infrared', 'jagged', 'kindred', 'naked', 'red', 'rugged', 'ragged',
  'sacred', 'shed', 'shred', 'sled', 'wicked', 'coed', 'med', 'ted', 'ned', 'fred',
];

/** Words ending in -eed that are past tenses; every other -eed word (feed, need, speed) is not. */
const EED_PAST = ['agreed', 'disagreed', 'freed', 'guaranteed', 'decreed', 'refereed', 'emceed'];

/** Words ending in -ing that are nouns in event names ("Pricing Page", "Landing Page"). */
const ING_NOT_VERB = [
  'anything', 'awning', 'billing', 'bring', 'building', 'ceiling', 'cling', 'clothing', 'during', 'earring',
  'evening', 'everything', 'fling', 'heading', 'herring', 'icing', 'king', 'landing', 'lightning', 'listing',
  'marketing', 'meeting', 'morning', 'nothing', 'offering', 'onboarding', 'pricing', 'pudding', 'ring',
  'setting', 'shipping', 'sibling', 'sing', 'sling', 'something', 'spring', 'sting', 'string', 'swing',
  'thing', 'viking', 'wedding', 'wing', 'wring', 'ping', 'ding', 'bling', 'thanksgiving', 'lodging',
  'housing', 'banking', 'branding', 'funding', 'hosting', 'parking', 'plumbing', 'roofing', 'seating',
  'wording', 'boxing', 'camping', 'catering', 'consulting', 'dining', 'engineering', 'gaming', 'nursing',
  'packaging', 'publishing', 'recruiting', 'shopping', 'staffing', 'tooling', 'tracking', 'training',
  'trucking', 'banding', 'bearing', 'feeling', 'beginning', 'painting', 'drawing', 'routing', 'rating',
  'ranking', 'spelling', 'warning', 'handwriting', 'sporting', 'timing', 'wiring', 'lettering',
];

/** Particles that belong to the verb before them ("Signed Up", "Logged In", "Checked Out"). */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'in', 'out', 'off', 'on', 'down', 'back', 'over', 'through', 'away']);

/** Prepositions that start the phrase after an action ("Added to Cart", "Removed from Wishlist"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'from', 'into', 'onto', 'in', 'on', 'at', 'for', 'with', 'via', 'by', 'within', 'inside', 'after',
  'before', 'during', 'under', 'through', 'per', 'vs', 'across', 'as', 'about',
]);

const irregularForms = new Set<string>([...Object.values(IRREGULAR), ...SIMPLE_PAST]);
const baseVerbs = new Set<string>([...BASE_VERBS]);
const doubling = new Set<string>(DOUBLING);
const edNotPast = new Set<string>(ED_NOT_PAST);
const eedPast = new Set<string>(EED_PAST);
const ingNotVerb = new Set<string>(ING_NOT_VERB);

function lower(word: string): string {
  return word.toLowerCase();
}

/** "Read", "Add", "Click": a base-form verb that names a user action. */
export function isBaseVerb(word: string): boolean {
  return baseVerbs.has(lower(word));
}

/** "Completed", "Sent", "Read", "Shared": a past tense or past participle. */
export function isPastTense(word: string): boolean {
  return pastTense(lower(word));
}

function pastTense(w: string): boolean {
  if (irregularForms.has(w)) return true;
  if (w.length < 4 || !w.endsWith('ed') || edNotPast.has(w)) return false;
  if (w.endsWith('eed')) return eedPast.has(w);
  // The letter before -ed must be a letter: "3ed" or "x-ed" is no verb.
  return /[a-z]/.test(w.charAt(w.length - 3));
}

/** "Playing", "Loading": a progressive form (the nouns that end in -ing are excluded). */
export function isProgressive(word: string): boolean {
  return progressive(lower(word));
}

function progressive(w: string): boolean {
  if (w.length < 5 || !w.endsWith('ing') || ingNotVerb.has(w)) return false;
  return /^[a-z]+$/.test(w);
}

/** A word that says what happened: a past tense or a progressive form. */
export function isAction(word: string): boolean {
  const w = lower(word);
  return pastTense(w) || progressive(w);
}

/** The past participle of a base-form verb: "read" -> "read", "add" -> "added", "stop" -> "stopped". */
export function pastParticiple(base: string): string {
  const w = lower(base);
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (doubling.has(w)) return w + w.charAt(w.length - 1) + 'ed';
  if (w.endsWith('e')) return w + 'd';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ied';
  if (w.endsWith('c')) return w + 'ed';
  return w + 'ed';
}
