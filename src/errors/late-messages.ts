import type { DataErrorCode, LateErrorMessages } from './codes.js';

type Say = (params: object, cause: string) => string;

/** The sentences of the late codes, by language (`en`, `fr`), as their feature's code adds them. */
const late: Record<string, Partial<Record<DataErrorCode, Say>>> = {};

/** Adds the sentences of a feature's codes in one language (errors/map-messages.ts does, as the map's code loads). */
export function addLateMessages(language: string, messages: LateErrorMessages): void {
  late[language] = { ...late[language], ...(messages as unknown as Record<DataErrorCode, Say>) };
}

/** A late code's sentence in a language, once its feature's code has loaded. */
export function lateMessage(language: string, code: DataErrorCode): Say | undefined {
  return late[language]?.[code];
}
