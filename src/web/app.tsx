// The app's routes: each page is its own chunk, loaded when first visited. The public intake form lives outside the session.
import { lazy } from 'react';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { SessionProvider } from './session/session-context.tsx';
import { AnonymousOnly, RequireSession } from './session/route-guards.tsx';
import { ToastProvider } from './components/toast-provider.tsx';
import { AppShell } from './components/app-shell.tsx';
import { PublicShell } from './components/public-shell.tsx';
import { PortalLayout } from './portal/portal-layout.tsx';

const SetupPage = lazy(() => import('./pages/setup-page.tsx').then((m) => ({ default: m.SetupPage })));
const LoginPage = lazy(() => import('./pages/login-page.tsx').then((m) => ({ default: m.LoginPage })));
const HomePage = lazy(() => import('./pages/home-page.tsx').then((m) => ({ default: m.HomePage })));
const ClientsPage = lazy(() => import('./pages/clients-page.tsx').then((m) => ({ default: m.ClientsPage })));
const NewClientPage = lazy(() => import('./pages/new-client-page.tsx').then((m) => ({ default: m.NewClientPage })));
const EditClientPage = lazy(() => import('./pages/edit-client-page.tsx').then((m) => ({ default: m.EditClientPage })));
const ClientPage = lazy(() => import('./pages/client-page.tsx').then((m) => ({ default: m.ClientPage })));
const InterviewPage = lazy(() => import('./pages/interview-page.tsx').then((m) => ({ default: m.InterviewPage })));
const FitPage = lazy(() => import('./pages/fit-page.tsx').then((m) => ({ default: m.FitPage })));
const WaitlistPage = lazy(() => import('./pages/waitlist-page.tsx').then((m) => ({ default: m.WaitlistPage })));
const ReadinessPage = lazy(() => import('./pages/readiness-page.tsx').then((m) => ({ default: m.ReadinessPage })));
const ProfilePage = lazy(() => import('./pages/profile-page.tsx').then((m) => ({ default: m.ProfilePage })));
const ProfileWizardPage = lazy(() => import('./pages/profile-wizard-page.tsx').then((m) => ({ default: m.ProfileWizardPage })));
const OutboxPage = lazy(() => import('./pages/outbox-page.tsx').then((m) => ({ default: m.OutboxPage })));
const OffboardingPage = lazy(() => import('./pages/offboarding-page.tsx').then((m) => ({ default: m.OffboardingPage })));
const RecoveryPage = lazy(() => import('./pages/recovery-page.tsx').then((m) => ({ default: m.RecoveryPage })));
const SettingsPage = lazy(() => import('./pages/settings-page.tsx').then((m) => ({ default: m.SettingsPage })));
const NotFoundPage = lazy(() => import('./pages/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })));
const IntakePage = lazy(() => import('./pages/intake-page.tsx').then((m) => ({ default: m.IntakePage })));
const PortalHomePage = lazy(() => import('./portal/portal-home-page.tsx').then((m) => ({ default: m.PortalHomePage })));
const WorkingTogetherPage = lazy(() => import('./portal/working-together-page.tsx').then((m) => ({ default: m.WorkingTogetherPage })));
const TestimonialPage = lazy(() => import('./portal/testimonial-page.tsx').then((m) => ({ default: m.TestimonialPage })));
const AgreementsPage = lazy(() => import('./pages/agreements-page.tsx').then((m) => ({ default: m.AgreementsPage })));
const AgreementPage = lazy(() => import('./pages/agreement-page.tsx').then((m) => ({ default: m.AgreementPage })));
const InvoicesPage = lazy(() => import('./pages/invoices-page.tsx').then((m) => ({ default: m.InvoicesPage })));
const NewInvoicePage = lazy(() => import('./pages/new-invoice-page.tsx').then((m) => ({ default: m.NewInvoicePage })));
const InvoicePage = lazy(() => import('./pages/invoice-page.tsx').then((m) => ({ default: m.InvoicePage })));
const PortalAgreementsPage = lazy(() => import('./portal/agreements-page.tsx').then((m) => ({ default: m.PortalAgreementsPage })));
const PortalAgreementDocumentPage = lazy(() => import('./portal/agreements-document-page.tsx').then((m) => ({ default: m.PortalAgreementDocumentPage })));
const PortalInvoicesPage = lazy(() => import('./portal/invoices-page.tsx').then((m) => ({ default: m.PortalInvoicesPage })));
const PortalInvoicePage = lazy(() => import('./portal/invoice-page.tsx').then((m) => ({ default: m.PortalInvoicePage })));
const PortalDeliverablesPage = lazy(() => import('./portal/deliverables-page.tsx').then((m) => ({ default: m.PortalDeliverablesPage })));

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
          {/* A client with a portal link: no account, no session check; the link's token is the only key. */}
          <Route path="p/:token" element={<PortalLayout />}>
            <Route index element={<PortalHomePage />} />
            <Route path="working-together" element={<WorkingTogetherPage />} />
            <Route path="testimonial" element={<TestimonialPage />} />
            <Route path="agreements" element={<PortalAgreementsPage />} />
            <Route path="agreements/:agreementId" element={<PortalAgreementDocumentPage />} />
            <Route path="invoices" element={<PortalInvoicesPage />} />
            <Route path="invoices/:invoiceId" element={<PortalInvoicePage />} />
            <Route path="deliverables" element={<PortalDeliverablesPage />} />
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
                <Route index element={<HomePage />} />
                <Route path="clients" element={<ClientsPage />} />
                <Route path="clients/new" element={<NewClientPage />} />
                <Route path="clients/:id" element={<ClientPage />} />
                <Route path="clients/:id/edit" element={<EditClientPage />} />
                <Route path="clients/:id/interview" element={<InterviewPage />} />
                <Route path="clients/:id/interviews/:interviewId" element={<FitPage />} />
                <Route path="waitlist" element={<WaitlistPage />} />
                <Route path="readiness" element={<ReadinessPage />} />
                <Route path="profile" element={<ProfilePage />} />
                <Route path="profile/setup/:step?" element={<ProfileWizardPage mode="setup" />} />
                <Route path="profile/edit/:step" element={<ProfileWizardPage mode="edit" />} />
                <Route path="outbox" element={<OutboxPage />} />
                <Route path="agreements" element={<AgreementsPage />} />
                <Route path="agreements/:id" element={<AgreementPage />} />
                <Route path="invoices" element={<InvoicesPage />} />
                <Route path="invoices/new" element={<NewInvoicePage />} />
                <Route path="invoices/:id" element={<InvoicePage />} />
                <Route path="clients/:id/offboarding" element={<OffboardingPage />} />
                <Route path="clients/:id/recovery" element={<RecoveryPage />} />
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
