import { useCreateEvaluationRun, useEvaluationRun, useEvaluationRuns, useHealth } from '@maniac/react-hooks';
import { useState } from 'react';

function RunDetail({ runId }: { runId: string }) {
  const { data: run, error, isPending } = useEvaluationRun(runId, { pollUntilDone: { intervalMs: 1000 } });
  if (isPending) return <p>Loading {runId}…</p>;
  if (error) return <p role="alert">Error {error.name}</p>;
  return (
    <section data-testid="run-detail">
      <h2>{run.id}</h2>
      <p>
        Status: <strong data-testid="run-status">{run.status}</strong>
      </p>
      <p>Spend: {run.spend ?? '–'}</p>
      <p>Evaluators: {run.evaluators?.join(', ')}</p>
    </section>
  );
}

export function App() {
  const health = useHealth();
  const runs = useEvaluationRuns({ limit: 20 });
  const create = useCreateEvaluationRun();
  const [selected, setSelected] = useState<string | null>(null);

  return (
    <main style={{ fontFamily: 'sans-serif', padding: 24 }}>
      <h1>Evaluation runs</h1>
      <p data-testid="health">API {health.data?.ok ? 'up' : '…'}</p>
      {runs.error && <p role="alert">Could not list runs: {runs.error.message}</p>}
      <ul>
        {runs.data?.data.map((run) => (
          <li key={run.id} data-testid="run">
            <button type="button" onClick={() => setSelected(run.id)}>
              {run.id} · {run.status} · {run.container}
            </button>
          </li>
        ))}
      </ul>
      <p data-testid="total">{runs.data ? `${runs.data.total} runs` : 'Loading runs…'}</p>
      <button
        type="button"
        disabled={create.isPending}
        onClick={() =>
          create.mutate(
            {
              container: 'support-bot',
              evaluators: ['faithfulness'],
              ground_truth: { type: 'dataset', dataset: 'support-golden-set' },
            },
            { onSuccess: (run) => setSelected(run.id) },
          )
        }
      >
        Create run
      </button>
      {create.data && (
        <p data-testid="created">
          Created {create.data.id} ({create.data.status})
        </p>
      )}
      {selected && <RunDetail runId={selected} />}
    </main>
  );
}
