/** The languages a recipe's whole program is written in, as its tabs show them: no writer here, so a page can name them without carrying the writers. */
export const programLanguages = {
  curl: { label: 'cURL', prism: 'bash', fileName: 'recipe.sh' },
  node: { label: 'Node', prism: 'javascript', fileName: 'recipe.mjs' },
  python: { label: 'Python', prism: 'python', fileName: 'recipe.py' },
} as const satisfies Record<string, { label: string; prism: string; fileName: string }>;

export type ProgramLanguage = keyof typeof programLanguages;
export const programLanguageIds = Object.keys(programLanguages) as ProgramLanguage[];
