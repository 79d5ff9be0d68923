/** Words that head a title: a phrase holding one of them, before or after a name, is the name's title. */
export const TITLE_HEADS = new Set(
  `president vice-president minister secretary secretary-general premier chancellor king queen prince princess
  emir sultan ambassador commissioner representative director director-general chairman chairwoman chair
  chairperson spokesperson spokesman spokeswoman governor mayor speaker envoy head member senator counsellor
  councillor councilor counsellor counselor counterpart counterparts adviser advisor ceo executive leader deputy undersecretary under-secretary consul consul-general commander
  chief diplomat attaché officer founder manager managing partner ministers secretaries presidents leaders
  representatives heads members chairmen ambassadors`.split(/\s+/),
);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAMES = new Set(
  `the a an in on at during his her their its our we they he she it this that these those both all as after
  before following according also however meanwhile since while with from to by for of and but or earlier later
  today yesterday tomorrow meetings meeting visit visits talks press release statement joint annex memoranda
  memorandum understanding agreement agreements treaty forum summit ministerial conference strategy programme
  program programmes programs initiative partnership day days week year years century war victory great patriotic
  north south east west central asia europe african africa pacific indo-pacific middle region strategic enhanced
  cooperation council councils library public board department ministry agency bank fund party group company
  corporation centre center university institute foundation office service city plaza complex mosque palace house
  hall kremlin akorda istana prime foreign affairs state first high special national security coordinating
  international development trade economy economic finance defence defense interior justice energy culture education
  health agriculture industry commerce investment policy committee commission political bureau european general
  permanent government federal republic kingdom union assembly parliament democratic socialist people's peoples
  islamic arab united states nations organization organisation world global regional bilateral multilateral
  meets holds pays visits arrives arrived signs discusses receives hosts who which attends highlights met held
  discussed said noted stressed added welcomed reaffirmed emphasized emphasised underlined announced agreed
  congratulated thanked expressed invited there here what when where why how if then than so not no yes one two
  three four five six seven eight nine ten new old grand duchy majesty excellency highness royal heads nation
  chairmanship presidency secretariat mission embassy consulate delegation sides parties participants leaders
  ministers foreign-policy mr mrs ms dr prof sir dame dato datuk h.e. hon honourable honorable his-excellency
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec spokesperson readout
  communiqué declaration roadmap action plan framework vision road map dialogue platform format mechanism
  council's ceremonial official working state-visit short-term long-term online virtual video phone telephone
  call calls conference president's minister's secretary's cpc ccp eu un kazinform tass xinhua reuters
  anniversary constitution independence planning reform reforms relations statistics resources environment
  protection emergency emergencies communications information labour labor social welfare science higher youth sport
  sports tourism digital innovation innovations transport water natural ecology construction housing urban rural
  family veterans immigration customs revenue treasury budget audit civil intelligence police armed forces army navy
  air naval military staff peninsula sea ocean gulf river island islands lake mount valley province region oblast
  district county street square avenue airport station port railway highway bridge tower centre museum stadium`.split(
    /\s+/,
  ),
);

export const HONORIFICS = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'prof',
  'prof.',
  'sir',
  'dame',
  'dato',
  'datuk',
  'h.e.',
  'hon',
  'hon.',
  'excellency',
]);

export const NAME_PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'dos',
  'di',
]);

export const TITLE_CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  '&',
  '/',
  '’s',
  "'s",
  '-',
  'to',
]);
