import { Maniac } from '@maniac/core';
import { ManiacProvider } from '@maniac/react-hooks';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// No key in the browser: every request goes to the @maniac/edge proxy on this page's origin.
const maniac = new Maniac({ apiKey: null, baseURL: '/api/maniac' });
const queryClient = new QueryClient();

createRoot(document.getElementById('root') as HTMLElement).render(
  <QueryClientProvider client={queryClient}>
    <ManiacProvider client={maniac}>
      <App />
    </ManiacProvider>
  </QueryClientProvider>,
);
