/** A recipe's whole program, in each of its languages. */
import type { Recipe } from '../define';
import { curlProgram } from './curl';
import type { ProgramLanguage } from './languages';
import { nodeProgram } from './node';
import type { ProgramOptions } from './plan';
import { pythonProgram } from './python';

export const programWriters: Record<ProgramLanguage, (recipe: Recipe, options: ProgramOptions) => string> = {
  curl: curlProgram,
  node: nodeProgram,
  python: pythonProgram,
};

export { programLanguageIds, programLanguages, type ProgramLanguage } from './languages';
export type { ProgramOptions } from './plan';
