// The annotation and gold types of every hand-annotated set: one definition in tests/eval/build/types.ts.
export type * from '../../build/types.ts';
