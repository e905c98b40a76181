import type { ChartLocale } from './types.js';

// Narrow no-break space as the thousands separator: French typography, and screen
// readers do not read "1 234" as two numbers.
const THOUSANDS = '\u202f';

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
      'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
      'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
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
    sourceAcled: 'Données : ACLED',
    sourcePrefix: 'Source',
    notePrefix: 'Note',
    periodFormat: { day: '%-d %B %Y', week: 'Semaine du %-d %b %Y', month: '%B %Y', quarter: '%Y', year: '%Y' },
    quarterLabel: 'T',
    keyboardHint: 'Utilisez les flèches pour lire chaque valeur ; Entrée la sélectionne.',
  },
};
