import type { DataErrorMessages } from '../errors/codes.js';
import { formatNumber } from './format.js';
import type { ChartLocale } from './types.js';

// Narrow no-break space as the thousands separator: French typography, and screen
// readers do not read "1 234" as two numbers.
const THOUSANDS = '\u202f';

/** « en juillet 2025 », « le 2 mai 2025 », « la semaine du 5 mai 2025 », « au T2 2025 »: a period as the summary names it. */
const inPeriod = (period: string) =>
  /^Semaine/.test(period)
    ? `la s${period.slice(1)}`
    : /^\d{1,2} /.test(period)
      ? `le ${period}`
      : /^T\d/.test(period)
        ? `au ${period}`
        : `en ${period}`;

const PER_INTERVAL = { day: 'par jour', week: 'par semaine', month: 'par mois', quarter: 'par trimestre', year: 'par an' };
const n = (value: number) => formatNumber(value, fr);
const quoted = (text: string) => `«\u00a0${text}\u00a0»`;
const columnList = ({ columns, more }: { columns: string; more: number }) =>
  columns === '' ? '(aucune)' : more > 0 ? `${columns} et ${n(more)} autres` : columns;
const SET_DATE_FIELD =
  'Indiquez dans date-field la colonne qui contient les dates (et, si besoin, country-field, actor-field, type-field, fatalities-field, value-field), ou réglez format sur "acled" ou "ucdp".';
const NO_ROW_LIST =
  'Le JSON ne contient pas de liste de lignes : il fallait un tableau, ou un objet avec un tableau "data" (ACLED) ou "Result" (UCDP)';

const errors: DataErrorMessages = {
  fileEmpty: () => 'Le fichier est vide.',
  htmlPage: () =>
    'Une page HTML a été reçue au lieu de données CSV ou JSON. Vérifiez que l’adresse mène bien à un fichier de données.',
  jsonUnreadable: ({ detail }) => `Le fichier semble être du JSON, mais il n’a pas pu être lu : ${detail}.`,
  jsonRowsNotObjects: () => 'Les lignes du JSON doivent être des objets, comme {"event_date": "2025-07-15", …}.',
  jsonNoRows: () => `${NO_ROW_LIST}.`,
  jsonNoRowsKeys: ({ keys }) => `${NO_ROW_LIST}, ${keys ? `mais ses clés sont : ${keys}` : 'mais il n’a aucune clé'}.`,
  requestFailed: ({ name }) => `Impossible de charger ${name} : la requête a échoué (erreur réseau).`,
  requestBlocked: ({ name }) =>
    `Impossible de charger ${name} : la requête a échoué. Le serveur est peut-être injoignable, ou il n’autorise pas cette page à lire le fichier (en-têtes CORS absents).`,
  httpStatus: ({ name, status, statusText }) =>
    `Impossible de charger ${name} : le serveur a répondu par une erreur ${status}${statusText ? ` (${statusText})` : ''}.`,
  loadInterrupted: ({ name }) => `Le chargement de ${name} a été interrompu avant la réception complète du fichier.`,
  loadTimeout: ({ name, seconds }) =>
    `Le chargement de ${name} a pris plus de ${n(seconds)} ${seconds < 2 ? 'seconde' : 'secondes'}.`,
  inFile: ({ name }, cause) => `${name} : ${cause}`,
  notRowArray: () => 'Les données doivent être une liste d’objets, un par ligne.',
  tooManyPeriods: ({ limit, from, to }) =>
    `La chronologie compterait plus de ${n(limit)} périodes (du ${from} au ${to}). Indiquez from et to, ou choisissez un intervalle plus large.`,
  countedByMonth: ({ interval }) =>
    `Les données sont comptées par mois : elles ne peuvent pas être affichées ${PER_INTERVAL[interval]}. Utilisez interval="month" ou un intervalle plus large.`,
  countedByYear: ({ interval }) =>
    `Les données sont comptées par année : elles ne peuvent pas être affichées ${PER_INTERVAL[interval]}. Utilisez interval="year".`,
  columnNotFound: (p) =>
    `La colonne ${quoted(p.column)} indiquée dans ${p.attribute} ne figure pas dans les données. Colonnes trouvées : ${columnList(p)}.`,
  noDateColumn: (p) =>
    `Aucune colonne de dates n’a été trouvée dans les données. Colonnes trouvées : ${columnList(p)}. ${SET_DATE_FIELD}`,
  noAcledDate: (p) =>
    `Les données n’ont pas de colonne event_date, indispensable pour des données ACLED. Colonnes trouvées : ${columnList(p)}. ${SET_DATE_FIELD}`,
  noUcdpDate: (p) =>
    `Les données n’ont pas de colonne date_start, indispensable pour des données UCDP. Colonnes trouvées : ${columnList(p)}. ${SET_DATE_FIELD}`,
  noCoordinates: () =>
    'Une carte de points a besoin de colonnes de latitude et de longitude (latitude, longitude, lat ou lon), et les données n’en ont pas. Utilisez mark="countries" pour colorer les pays selon leur nombre.',
  notOneOf: ({ attribute, value, allowed }) => `${attribute}="${value}" ne fait pas partie des valeurs possibles : ${allowed}.`,
  notADate: ({ attribute, value }) =>
    `${attribute}="${value}" n’est pas une date ; écrivez-la sous la forme 2025-07-15, 2025-07 ou 2025.`,
  attributeNotJson: ({ attribute, detail }) => `L’attribut ${attribute} n’est pas du JSON valide (${detail}).`,
  specPatchNotObject: () => 'spec-patch doit être un objet JSON de clés de spécification Vega-Lite.',
  specPatchLoads: ({ path }) => `spec-patch ne peut charger ni données ni liens : retirez ${quoted(path)}.`,
  annotationDate: ({ value }) =>
    `La date d’annotation ${quoted(value)} n’est pas une date ; écrivez-la sous la forme 2020-08-18.`,
  annotationsNotList: () => 'annotations doit être une liste de {date, label}.',
  annotationNeedsDate: ({ label }) => `L’annotation ${quoted(label)} doit avoir une date, ou bien from et to.`,
  unknownChart: ({ kind, kinds }) => `Graphique inconnu ${quoted(kind)} : utilisez ${kinds}.`,
  noData: () => 'Aucune donnée : indiquez src ou data, ou placez un tableau dans l’élément.',
  noRows: ({ columns }) => `Les données ont des noms de colonnes mais aucune ligne${columns ? ` (colonnes : ${columns})` : ''}.`,
  tooManyRows: ({ rows, limit }) =>
    `Les données comptent ${n(rows)} lignes, plus que max-rows (${n(limit)}). ` +
    `Indiquez max-rows="${rows}" pour les afficher malgré tout, ou agrégez-les d’abord et utilisez value-field.`,
  tooManyRowsFlag: ({ rows, limit }) =>
    `Les données comptent ${n(rows)} lignes, plus que max-rows (${n(limit)}). Indiquez --max-rows ${rows} pour les lire malgré tout.`,
  noSource: () => 'Aucune donnée : indiquez un fichier (src), son texte ou des lignes.',
  manySources: () => 'Indiquez un seul de src, text et rows.',
  fileNotFound: ({ name, path }) => `Impossible de lire ${name} : il n’y a pas de fichier à l’emplacement ${path}.`,
  isFolder: ({ name, path }) => `Impossible de lire ${name} : ${path} est un dossier, pas un fichier.`,
  permissionDenied: ({ name }) => `Impossible de lire ${name} : accès refusé.`,
  readFailed: ({ name, detail }) => `Impossible de lire ${name} : ${detail}`,
  requestError: ({ name, detail }) => `Impossible de charger ${name} : la requête a échoué (${detail}).`,
  writeFailed: ({ path, detail }) => `Impossible d’écrire ${path} : ${detail}`,
};

export const fr: ChartLocale = {
  code: 'fr',
  number: { decimal: ',', thousands: THOUSANDS, grouping: [3], currency: ['', '\u00a0€'], percent: '\u202f%' },
  time: {
    dateTime: '%A %e %B %Y à %X',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    shortDays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    shortMonths: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  },
  strings: {
    loading: 'Chargement des données…',
    loadingProgress: (percent) => `Chargement des données… ${percent}\u202f%`,
    empty: 'Aucun événement ne correspond à ces filtres.',
    errorTitle: 'Ce graphique n’a pas pu être affiché',
    other: 'Autres',
    events: 'Événements',
    fatalities: 'Morts',
    acledEvents: 'Événements ACLED',
    ucdpEvents: 'Événements meurtriers UCDP',
    acledFatalities: 'Morts (ACLED)',
    ucdpFatalities: 'Morts (estimation centrale UCDP)',
    share: 'Part',
    period: 'Période',
    country: 'Pays',
    actor: 'Acteur',
    eventType: 'Type d’événement',
    skippedNote: (count, reasons) =>
      `${count.toLocaleString('fr').replace(/\s/g, THOUSANDS)} ${count === 1 ? 'ligne ignorée' : 'lignes ignorées'} : ${reasons}`,
    sourceUcdp: 'Données : UCDP GED (CC BY 4.0)',
    sourceAcled: 'Données : Armed Conflict Location & Event Data (ACLED), acleddata.com',
    accessedOn: (date) => `, consultées le ${date}`,
    sourcePrefix: 'Source',
    notePrefix: 'Note',
    periodFormat: { day: '%-d %B %Y', week: 'Semaine du %-d %b %Y', month: '%B %Y', quarter: '%Y', year: '%Y' },
    quarterLabel: 'T',
    keyboardHint: 'Utilisez les flèches pour lire chaque valeur ; Entrée la sélectionne.',
    showData: 'Afficher les données',
    hideData: 'Masquer les données',
    perInterval: PER_INTERVAL,
    summaryTimeline: (s) =>
      `${s.measure} ${s.per}, de ${s.start} à ${s.end} : pic de ${s.peak} ${inPeriod(s.peakPeriod)}${s.trend ? `, ${s.trend}` : ''}.` +
      (s.leader ? ` En tête : ${s.leader}.` : ''),
    trendUp: (percent, year) => `en hausse de ${percent} par rapport à ${year}`,
    trendDown: (percent, year) => `en baisse de ${percent} par rapport à ${year}`,
    trendLevel: (year) => `stable par rapport à ${year}`,
    summaryRanking: (s) => `${s.measure} ${s.by} : ${s.items}${s.more ? `, et ${s.more} autres` : ''}.`,
    exportMenu: 'Télécharger ou partager',
    downloadPng: 'Télécharger l’image (PNG)',
    downloadSvg: 'Télécharger l’image (SVG)',
    downloadCsv: 'Télécharger les données (CSV)',
    copyEmbed: 'Copier le code d’intégration',
    embedCopied: 'Code d’intégration copié.',
    exportFailed: 'L’export a échoué :',
    marked: (list) => `Repères sur le graphique : ${list}.`,
    toDate: 'à ce jour',
    skipReasons: {
      'date missing': 'date manquante',
      'location known only to the country': 'lieu connu seulement au niveau du pays',
      'date only approximate': 'date seulement approximative',
      'coordinates missing or invalid': 'coordonnées absentes ou invalides',
      'date not recognised': 'date non reconnue',
      'country missing': 'pays manquant',
      'value missing': 'valeur manquante',
      'value not a number': 'valeur non numérique',
      'fatalities missing': 'nombre de morts manquant',
      'fatalities not a number': 'nombre de morts non numérique',
    },
    byCountry: 'par pays',
    byActor: 'par acteur',
    eventTypes: {
      Battles: 'Affrontements',
      'Explosions/Remote violence': 'Explosions/violence à distance',
      'Violence against civilians': 'Violence contre les civils',
      Protests: 'Manifestations',
      Riots: 'Émeutes',
      'Strategic developments': 'Développements stratégiques',
      'State-based conflict': 'Conflit impliquant un État',
      'Non-state conflict': 'Conflit non étatique',
      'One-sided violence': 'Violence unilatérale',
    },
    errors,
    unexpectedError: (message) => `Erreur technique : ${message}`,
  },
};
