/* The file-making half of the export menu, loaded on the first export rather than with the page. */
export { toCSV } from './to-csv.js';
export { download, fileNameFor } from './download.js';
export { framedPng, framedSvg } from './framed-image.js';
