import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18n, { loadLanguage } from './i18n';
import { normalizeLanguage } from './i18n/language';
import './styles.css';
import { AppProviders } from './AppProviders';
import { AppRouter } from './routes';

// Someone who chose English gets it on the first render (its strings are a separate chunk).
await loadLanguage(normalizeLanguage(i18n.language));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
);
