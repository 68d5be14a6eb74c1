import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18n, { loadLanguage } from './i18n';
import { normalizeLanguage } from './i18n/language';
import './styles.css';
import { AppProviders, createQueryClient } from './AppProviders';
import { setLoaderQueryClient } from './lib/loaderQueryClient';
import { AppRouter } from './routes';

// Someone who chose English gets it on the first render (its strings are a separate chunk).
await loadLanguage(normalizeLanguage(i18n.language));

// One client for the app and its route loaders (which start a page's first query beside its chunk).
const queryClient = createQueryClient();
setLoaderQueryClient(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
);
