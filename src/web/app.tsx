// The app's routes: each page is its own chunk, loaded when first visited. The public intake form lives outside the session.
import { lazy } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router';
import { SessionProvider } from './session/session-context.tsx';
import { AnonymousOnly, RequireSession } from './session/route-guards.tsx';
import { ToastProvider } from './components/toast-provider.tsx';
import { AppShell } from './components/app-shell.tsx';
import { PublicShell } from './components/public-shell.tsx';

const SetupPage = lazy(() => import('./pages/setup-page.tsx').then((m) => ({ default: m.SetupPage })));
const LoginPage = lazy(() => import('./pages/login-page.tsx').then((m) => ({ default: m.LoginPage })));
const ClientsPage = lazy(() => import('./pages/clients-page.tsx').then((m) => ({ default: m.ClientsPage })));
const NewClientPage = lazy(() => import('./pages/new-client-page.tsx').then((m) => ({ default: m.NewClientPage })));
const EditClientPage = lazy(() => import('./pages/edit-client-page.tsx').then((m) => ({ default: m.EditClientPage })));
const ClientPage = lazy(() => import('./pages/client-page.tsx').then((m) => ({ default: m.ClientPage })));
const InterviewPage = lazy(() => import('./pages/interview-page.tsx').then((m) => ({ default: m.InterviewPage })));
const FitPage = lazy(() => import('./pages/fit-page.tsx').then((m) => ({ default: m.FitPage })));
const WaitlistPage = lazy(() => import('./pages/waitlist-page.tsx').then((m) => ({ default: m.WaitlistPage })));
const ProfilePage = lazy(() => import('./pages/profile-page.tsx').then((m) => ({ default: m.ProfilePage })));
const ProfileWizardPage = lazy(() => import('./pages/profile-wizard-page.tsx').then((m) => ({ default: m.ProfileWizardPage })));
const OutboxPage = lazy(() => import('./pages/outbox-page.tsx').then((m) => ({ default: m.OutboxPage })));
const SettingsPage = lazy(() => import('./pages/settings-page.tsx').then((m) => ({ default: m.SettingsPage })));
const NotFoundPage = lazy(() => import('./pages/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })));
const IntakePage = lazy(() => import('./pages/intake-page.tsx').then((m) => ({ default: m.IntakePage })));

/** Everything behind the session check; the check (GET /session) only runs on these routes. */
function WithSession() {
  return (
    <SessionProvider>
      <Outlet />
    </SessionProvider>
  );
}

export function App() {
  return (
    <ToastProvider>
      <BrowserRouter>
        <Routes>
          {/* A prospect with no account: no session check, so no request that could answer 401. */}
          <Route path="intake/:token" element={<PublicShell />}>
            <Route index element={<IntakePage />} />
          </Route>
          <Route element={<WithSession />}>
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
                <Route path="clients/:id/interview" element={<InterviewPage />} />
                <Route path="clients/:id/interviews/:interviewId" element={<FitPage />} />
                <Route path="waitlist" element={<WaitlistPage />} />
                <Route path="profile" element={<ProfilePage />} />
                <Route path="profile/setup/:step?" element={<ProfileWizardPage mode="setup" />} />
                <Route path="profile/edit/:step" element={<ProfileWizardPage mode="edit" />} />
                <Route path="outbox" element={<OutboxPage />} />
                <Route path="settings" element={<SettingsPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </ToastProvider>
  );
}
