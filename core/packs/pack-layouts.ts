// Runs anywhere (core): the three language layouts a pack can be printed in (see
// language-layout.ts for what each does).
export const PACK_LAYOUTS = ['single', 'side-by-side', 'stacked'] as const;
export type PackLayout = (typeof PACK_LAYOUTS)[number];
