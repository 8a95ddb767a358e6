// The CommonJS view of the types (index.d.cts), under node16 resolution.
import maniacNode = require('@maniac/node');

const maniac = new maniacNode.Maniac({ apiKey: 'mk_typed' });
export const pending: Promise<maniacNode.EvaluationRun> = maniac.evaluation.runs.retrieve('erun_1');
