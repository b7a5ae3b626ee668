// The app's routes: each page is its own chunk, loaded when first visited.
import { lazy } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router';
import { SessionProvider } from './session/session-context.tsx';
import { AnonymousOnly, RequireSession } from './session/route-guards.tsx';
import { ToastProvider } from './components/toast-provider.tsx';
import { AppShell } from './components/app-shell.tsx';

const SetupPage = lazy(() => import('./pages/setup-page.tsx').then((m) => ({ default: m.SetupPage })));
const LoginPage = lazy(() => import('./pages/login-page.tsx').then((m) => ({ default: m.LoginPage })));
const ClientsPage = lazy(() => import('./pages/clients-page.tsx').then((m) => ({ default: m.ClientsPage })));
const NewClientPage = lazy(() => import('./pages/new-client-page.tsx').then((m) => ({ default: m.NewClientPage })));
const EditClientPage = lazy(() => import('./pages/edit-client-page.tsx').then((m) => ({ default: m.EditClientPage })));
const ClientPage = lazy(() => import('./pages/client-page.tsx').then((m) => ({ default: m.ClientPage })));
const OutboxPage = lazy(() => import('./pages/outbox-page.tsx').then((m) => ({ default: m.OutboxPage })));
const SettingsPage = lazy(() => import('./pages/settings-page.tsx').then((m) => ({ default: m.SettingsPage })));
const NotFoundPage = lazy(() => import('./pages/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })));

export function App() {
  return (
    <ToastProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<AppShell />}>
              <Route
                path="setup"
                element={
                  <AnonymousOnly page="setup">
                    <SetupPage />
                  </AnonymousOnly>
                }
              />
              <Route
                path="login"
                element={
                  <AnonymousOnly page="login">
                    <LoginPage />
                  </AnonymousOnly>
                }
              />
              <Route
                element={
                  <RequireSession>
                    <Outlet />
                  </RequireSession>
                }
              >
                <Route index element={<Navigate to="/clients" replace />} />
                <Route path="clients" element={<ClientsPage />} />
                <Route path="clients/new" element={<NewClientPage />} />
                <Route path="clients/:id" element={<ClientPage />} />
                <Route path="clients/:id/edit" element={<EditClientPage />} />
                <Route path="outbox" element={<OutboxPage />} />
                <Route path="settings" element={<SettingsPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </ToastProvider>
  );
}
